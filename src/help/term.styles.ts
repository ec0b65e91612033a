import { tokens } from '../core/theme.js';

// A term is the page's own word: no shadow root, the element itself is the button (role="button"), so
// thousands of terms lay out like plain inline elements. Its look comes from this sheet, adopted once
// into the scope the page's text lives in (core/scope-styles.ts); the theme's tokens are set on the
// term itself, so --borger-* custom properties on the page still reach it. The word keeps the page's
// font, size and colour, and only gets a dotted underline.
export const termWordCss = () => `${tokens.cssText.replaceAll(':host', 'borger-term')}
borger-term[role='button'] {
  cursor: pointer;
  border-radius: 2px;
  /* Longhands: WebKit drops a text-decoration shorthand that names more than the line. */
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-thickness: 2px;
  text-underline-offset: 0.2em;
  /* A 44 px tall target without moving the line: vertical padding on an inline box reaches above and
     below the word but never changes the line's height. The highlight stays on the word (background-clip). */
  padding-block: max(0px, calc(22px - 0.6em));
  background-clip: content-box;
}
borger-term[role='button']:hover,
borger-term[role='button'][aria-expanded='true'] {
  background-color: var(--_borger-color-highlight);
  text-decoration-style: solid;
}
borger-term[role='button']:focus-visible {
  outline: 3px solid var(--_borger-focus-color);
  outline-offset: 2px;
  box-shadow: 0 0 0 6px var(--_borger-focus-shadow);
}
@media (forced-colors: active) {
  borger-term[role='button'] {
    text-decoration-color: LinkText;
  }
  borger-term[role='button']:hover,
  borger-term[role='button'][aria-expanded='true'] {
    background-color: Highlight;
    color: HighlightText;
    forced-color-adjust: none;
  }
  borger-term[role='button']:focus-visible {
    outline-color: Highlight;
    box-shadow: none;
  }
}`;

// The toggletip's live region before the explanation's own styles (term.bubble.styles.ts) have
// arrived with the code that draws it: a short note under the word while that code is on its way or
// could not be loaded. System colours, so it reads in forced colours too.
export const termNoteCss = () => `.live {
  display: inline;
}
.note {
  position: absolute;
  z-index: 2147483000;
  translate: 0 1.75em;
  max-width: 16em;
  padding: 0.25em 0.5em;
  border: 2px solid CanvasText;
  border-radius: 4px;
  background: Canvas;
  color: CanvasText;
  font-style: normal;
  font-weight: 400;
  white-space: normal;
}`;

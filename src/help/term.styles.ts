import { css } from 'lit';
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

// The explanation: drawn in the shadow root of a small element placed right after the word the first
// time the term is focused, hovered or opened (only the few terms a citizen touches have one). It is
// fixed-positioned by script inside the viewport (custom properties set with style.setProperty, which a
// strict CSP allows).
export const termStyles = css`
  :host {
    display: contents;
  }
  .live {
    display: inline;
  }
  .bubble {
    position: fixed;
    z-index: 2147483000;
    left: var(--_borger-term-x, 0px);
    top: var(--_borger-term-y, 0px);
    display: block;
    box-sizing: border-box;
    width: max-content;
    max-width: min(calc(22 * var(--_borger-font-size)), calc(100% - 16px));
    padding: calc(0.75 * var(--_borger-font-size)) var(--_borger-font-size);
    border: 2px solid var(--_borger-color-text);
    border-radius: var(--_borger-radius);
    background: var(--_borger-color-surface);
    color: var(--_borger-color-text);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    font-family: var(--_borger-font-family);
    font-size: var(--_borger-font-size);
    font-style: normal;
    font-weight: 400;
    line-height: var(--_borger-line-height);
    text-align: start;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .bubble-term {
    display: block;
    margin-block-end: calc(0.25 * var(--_borger-font-size));
    font-weight: 700;
  }
  .bubble-text {
    display: block;
  }
  .bubble-text p {
    margin: 0 0 calc(0.5 * var(--_borger-font-size));
  }
  .bubble-text > :last-child {
    margin-block-end: 0;
  }
  .bubble-link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  @media (forced-colors: active) {
    .bubble {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
      box-shadow: none;
    }
  }
`;

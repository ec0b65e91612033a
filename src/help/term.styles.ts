import { css } from 'lit';

// The term is part of the page's sentence: it keeps the page's font, size and colour (inherited through
// the slot), and only adds a dotted underline. The explanation is fixed-positioned by script inside the
// viewport (custom properties set with style.setProperty, which a strict CSP allows).
export const termStyles = css`
  :host {
    display: inline;
    max-width: none;
    color: inherit;
    font: inherit;
    line-height: inherit;
    overflow-wrap: inherit;
  }
  .trigger {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 2px;
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: inherit;
    text-transform: inherit;
    text-decoration: underline dotted;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  /* A 44 px tall target without moving the line: vertical padding on an inline box reaches above and
     below the word but never changes the line's height (no positioned box per term: a long glossary
     draws thousands of terms). The highlight stays on the word itself (background-clip). */
  .trigger {
    padding-block: max(0px, calc(22px - 0.6em));
    margin-block: calc(-1 * max(0px, calc(22px - 0.6em)));
    background-clip: content-box;
  }
  .trigger:hover,
  .trigger[aria-expanded='true'] {
    background: var(--_borger-color-highlight);
    text-decoration-style: solid;
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
    .trigger {
      text-decoration-color: LinkText;
    }
    .trigger:hover,
    .trigger[aria-expanded='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .bubble {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
      box-shadow: none;
    }
  }
`;

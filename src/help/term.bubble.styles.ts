import { css } from 'lit';

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

import { css } from 'lit';

// <borger-help> wraps the page's own article: the host passes the page's typography through to the
// slotted text untouched, and only the toolbar and the editor view use the widget's tokens.
export const helpStyles = css`
  :host {
    display: block;
    max-width: none;
    color: inherit;
    font: inherit;
    line-height: inherit;
    overflow-wrap: inherit;
  }
  .root {
    color: var(--_borger-color-text);
    font-family: var(--_borger-font-family);
    font-size: var(--_borger-font-size);
    line-height: var(--_borger-line-height);
    overflow-wrap: anywhere;
  }
  .loading {
    min-height: calc(44px + var(--_borger-space));
    margin-block-end: var(--_borger-space);
  }
  .toolbar {
    min-height: 44px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.5 * var(--_borger-font-size));
    margin-block-end: var(--_borger-space);
  }
  .toolbar .button {
    padding-inline: var(--_borger-font-size);
  }
  .speed {
    display: inline-flex;
    align-items: center;
    gap: calc(0.5 * var(--_borger-font-size));
  }
  select {
    display: inline-block;
    min-width: 44px;
    padding-block: calc(0.25 * var(--_borger-font-size));
  }
  .icon {
    display: inline-block;
    width: 1em;
    text-align: center;
  }
  /* "Explain difficult words": a switch whose state shows as a tick, not by colour alone. */
  .check {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.25em;
    height: 1.25em;
    border: 2px solid currentColor;
    border-radius: 3px;
    font-size: 0.9em;
    line-height: 1;
  }
  .notice {
    margin: 0;
    color: var(--_borger-color-text-muted);
  }
  .notice.failed {
    color: var(--_borger-color-error);
    font-weight: 600;
  }
  .editor {
    margin-block-end: var(--_borger-space);
    padding: var(--_borger-space);
    border: 2px dashed var(--_borger-color-border);
    border-radius: var(--_borger-radius);
    background: var(--_borger-color-surface-alt);
  }
  @media (forced-colors: active) {
    .button[aria-pressed='true'] .check {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }
    .editor {
      border-color: CanvasText;
    }
  }
`;

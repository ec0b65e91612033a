import { css } from 'lit';

// Layout follows the widget's own width (container queries), not the viewport: a guide in a narrow
// sidebar reflows like one on a phone. Logical properties keep right-to-left languages right.
export const guideStyles = css`
  .guide {
    container-type: inline-size;
    hyphens: auto;
  }
  .heading {
    display: block;
    font-weight: 700;
    line-height: 1.25;
    margin-block-end: calc(var(--_borger-space) * 0.5);
  }
  .h1,
  .h2 {
    font-size: 1.5em;
  }
  .h3 {
    font-size: 1.25em;
  }
  .h4,
  .h5,
  .h6 {
    font-size: 1.1em;
  }
  /* Focus lands on step headings by script; the ring shows only for keyboard users (focus-visible). */
  .heading[tabindex]:focus:not(:focus-visible) {
    outline: none;
  }
  .intro {
    margin-block-end: var(--_borger-space);
  }
  .progress {
    margin-block-end: calc(var(--_borger-space) * 0.5);
    color: var(--_borger-color-text-muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .hint,
  .option-hint {
    color: var(--_borger-color-text-muted);
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_borger-space) * 0.5);
  }
  legend .heading {
    margin: 0;
  }
  fieldset.has-error {
    padding-inline-start: calc(0.75 * var(--_borger-font-size));
    border-inline-start: 5px solid var(--_borger-color-error);
  }
  .options {
    display: grid;
    gap: calc(0.25 * var(--_borger-font-size));
  }
  .options.inline {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_borger-font-size)) calc(2 * var(--_borger-font-size));
  }
  .option {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: calc(0.75 * var(--_borger-font-size));
    align-items: start;
  }
  .option input {
    width: calc(1.5 * var(--_borger-font-size));
    height: calc(1.5 * var(--_borger-font-size));
    margin: calc(0.625 * var(--_borger-font-size)) 0 0;
    accent-color: var(--_borger-color-primary);
    cursor: pointer;
  }
  /* The label is the tap target: at least 44 px high, the full width of the row. */
  .option label {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding-block: calc(0.4 * var(--_borger-font-size));
    cursor: pointer;
  }
  .option-hint {
    grid-column: 2;
    margin-block: calc(-0.25 * var(--_borger-font-size)) calc(0.5 * var(--_borger-font-size));
  }
  .or {
    margin-block: calc(0.25 * var(--_borger-font-size));
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.75 * var(--_borger-font-size));
    align-items: center;
    margin-block: var(--_borger-space);
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .ways {
    display: grid;
    gap: calc(0.5 * var(--_borger-font-size));
    margin: 0 0 calc(0.75 * var(--_borger-font-size));
    padding: 0;
    list-style: none;
  }
  .help {
    margin-block-start: calc(var(--_borger-space) * 1.5);
    border-block-start: 1px solid var(--_borger-color-border);
  }
  .help summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    color: var(--_borger-color-primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .help-body {
    padding-block: calc(0.5 * var(--_borger-font-size));
  }
  .button {
    max-width: 100%;
    text-align: center;
  }
  @media (forced-colors: active) {
    .error-summary,
    fieldset.has-error,
    .outcome,
    .notice {
      border-color: CanvasText;
    }
    .error-summary a {
      color: LinkText;
    }
    .error-message {
      color: CanvasText;
    }
  }
`;

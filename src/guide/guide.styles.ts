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
  .outcome {
    padding: var(--_borger-space);
    border-inline-start: 5px solid var(--_borger-color-success);
    border-radius: var(--_borger-radius);
    background: var(--_borger-color-highlight);
  }
  @container (max-width: 24em) {
    .outcome {
      padding: calc(0.75 * var(--_borger-font-size));
    }
  }
  .outcome .buttons {
    margin-block-end: 0;
  }
  .checklist {
    margin-block-start: var(--_borger-space);
  }
  .checks {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .count {
    margin-block: calc(0.5 * var(--_borger-font-size)) 0;
    color: var(--_borger-color-text-muted);
    font-size: 0.875em;
  }
  .actions {
    margin-block-start: var(--_borger-space);
  }
  /* One primary action, then the others as a list of links (each at least 44 px tall to hit). */
  .more-actions {
    margin: calc(0.75 * var(--_borger-font-size)) 0 0;
    padding: 0;
    list-style: none;
  }
  .more-actions li {
    display: flex;
    align-items: center;
    min-height: 44px;
  }
  .more-actions .link-button,
  .tools .link-button,
  .answers .link-button {
    min-height: 44px;
    text-align: start;
  }
  .tools {
    margin-block: calc(0.75 * var(--_borger-font-size)) 0;
  }
  .answers,
  .feedback {
    margin-block-start: calc(var(--_borger-space) * 1.5);
  }
  .summary {
    margin: 0 0 var(--_borger-space);
  }
  .summary .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
    gap: calc(0.25 * var(--_borger-font-size)) var(--_borger-font-size);
    align-items: baseline;
    padding-block: calc(0.5 * var(--_borger-font-size));
    border-block-end: 1px solid var(--_borger-color-border);
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    margin: 0;
  }
  .summary dd ul {
    margin: 0;
    padding-inline-start: calc(1.25 * var(--_borger-font-size));
  }
  .summary .link-button {
    min-width: 44px;
    min-height: 44px;
  }
  @container (max-width: 32em) {
    .summary .row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .summary dt {
      grid-column: 1 / -1;
    }
  }
  .thanks {
    font-weight: 600;
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
  /* Printing: the outcome, its checklist (boxes to tick by hand) and link addresses; no controls. */
  @media print {
    :host {
      max-width: none;
      color: #000;
    }
    .step-top,
    .tools,
    .error-summary,
    .help,
    .answers,
    .feedback,
    .buttons,
    .count,
    .notice,
    .actions button,
    .more-actions li:has(button),
    [role='status'] {
      display: none !important;
    }
    .outcome {
      padding: 0;
      border: 0;
      background: none;
    }
    .actions {
      display: block;
    }
    .actions a.button,
    .actions a.action-link {
      display: block;
      min-height: 0;
      padding: 0;
      border: 0;
      background: none;
      color: #000;
      font-weight: 400;
      text-align: start;
      text-decoration: underline;
    }
    .actions a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;

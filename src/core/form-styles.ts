// Form pieces the widgets share (questions, booking details, task picker): one look, one place.
import { css } from 'lit';

export const formStyles = css`
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
  }
  .hint {
    margin-block: calc(0.25 * var(--_borger-font-size)) calc(0.5 * var(--_borger-font-size));
    color: var(--_borger-color-text-muted);
  }
  .field-error {
    margin-block: calc(0.25 * var(--_borger-font-size));
    color: var(--_borger-color-error);
    font-weight: 700;
  }
  /* The GOV.UK error summary: a box at the top that takes focus and links to each field at fault. */
  .error-summary {
    margin-block-end: var(--_borger-space);
    padding: var(--_borger-space);
    border: 5px solid var(--_borger-color-error);
    border-radius: var(--_borger-radius);
  }
  .error-summary:focus {
    outline: 3px solid var(--_borger-focus-color);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_borger-focus-shadow);
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_borger-color-error);
    font-weight: 700;
  }
  .notice {
    margin-block: 0 var(--_borger-space);
    padding: calc(0.75 * var(--_borger-font-size)) var(--_borger-space);
    border-inline-start: 5px solid var(--_borger-color-warning);
    background: var(--_borger-color-surface-alt);
  }
  .notice > :last-child {
    margin-block-end: 0;
  }
  select,
  input[type='text'],
  input[type='email'],
  input[type='tel'] {
    display: block;
    max-width: 100%;
    min-height: 44px;
    padding: calc(0.5 * var(--_borger-font-size));
    border: 2px solid var(--_borger-color-border);
    border-radius: var(--_borger-radius);
    background: var(--_borger-color-surface);
    color: var(--_borger-color-text);
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_borger-color-error);
  }
  @media (forced-colors: active) {
    .error-summary,
    .notice {
      border-color: CanvasText;
    }
  }
`;

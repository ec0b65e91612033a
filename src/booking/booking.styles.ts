// The styles of <borger-booking>'s frame, its first steps and what every step shares; the later steps'
// own (calendar, times, details, confirmation) are in booking.later-styles.ts, adopted with their chunk.
import { css } from 'lit';

export const bookingStyles = css`
  .step-heading {
    margin-block: calc(0.25 * var(--_borger-font-size)) calc(var(--_borger-space) * 0.75);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* The heading takes focus so a screen reader starts reading there; it is not a control, so no ring. */
  .step-heading:focus,
  .step-heading:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .subheading {
    margin-block: var(--_borger-space) calc(0.5 * var(--_borger-font-size));
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
  }
  .placeholder {
    /* Reserves the room a short step takes, so nothing jumps when it arrives. */
    min-height: var(--borger-loading-min-height, calc(12 * var(--_borger-font-size)));
    border-radius: var(--_borger-radius);
    background: var(--_borger-color-surface-alt);
  }
  .problem {
    margin-block: var(--_borger-space);
    padding: var(--_borger-space);
    border-inline-start: 5px solid var(--_borger-color-error);
    background: var(--_borger-color-surface);
  }
  .problem p:last-child {
    margin-block-end: 0;
  }
  .error-summary .subheading {
    margin-block-start: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.75 * var(--_borger-font-size));
    margin-block: var(--_borger-space);
  }
  .link-button {
    min-height: 44px;
  }

  /* Choices: one radio per service, place or time, with a target of at least 44 px. */
  .choices {
    display: grid;
    gap: calc(0.5 * var(--_borger-font-size));
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 calc(0.75 * var(--_borger-font-size));
    align-items: start;
    padding: calc(0.5 * var(--_borger-font-size)) calc(0.75 * var(--_borger-font-size));
    border: 1px solid var(--_borger-color-border);
    border-radius: var(--_borger-radius);
    background: var(--_borger-color-surface);
  }
  .choice:has(input:checked) {
    border: 2px solid var(--_borger-color-primary);
    background: var(--_borger-color-highlight);
  }
  .choice label {
    display: flex;
    align-items: center;
    min-height: 44px;
    font-weight: 600;
    cursor: pointer;
  }
  .choice-hint {
    grid-column: 2;
    margin: 0;
    color: var(--_borger-color-text-muted);
  }
  .choice-hint p {
    margin: 0 0 calc(0.25 * var(--_borger-font-size));
  }
  input[type='radio'] {
    width: calc(1.5 * var(--_borger-font-size));
    height: calc(1.5 * var(--_borger-font-size));
    margin: calc(0.625 * var(--_borger-font-size)) 0;
    accent-color: var(--_borger-color-primary);
  }


  /* Check, confirmation, manage. */
  .summary {
    margin: 0 0 var(--_borger-space);
  }
  .summary .row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(0.25 * var(--_borger-font-size)) var(--_borger-font-size);
    padding-block: calc(0.75 * var(--_borger-font-size));
    border-block-end: 1px solid var(--_borger-color-border);
  }
  .summary dt {
    flex: 0 0 calc(8 * var(--_borger-font-size));
    font-weight: 700;
  }
  .summary dd {
    flex: 1 1 calc(12 * var(--_borger-font-size));
    margin: 0;
  }
  .summary dd.row-action {
    flex: 0 0 auto;
  }
  .row-action .link-button {
    display: inline-flex;
    align-items: center;
  }
  .summary .address {
    color: var(--_borger-color-text-muted);
  }
  /* After a hand-over: what is booked and where, quiet, above the step's heading. */
  .handover {
    margin-block: 0.25rem 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_borger-color-primary);
    background: var(--_borger-color-surface-alt);
  }
  .handover .summary {
    margin: 0;
  }
  .handover .origin {
    margin: 0;
  }
  .handover .link-button {
    min-height: 44px;
  }
  .phone {
    margin-block: calc(0.5 * var(--_borger-font-size)) 0;
  }

  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border-color: Highlight;
    }
    .notice,
    .problem,
    .error-summary {
      border-color: CanvasText;
    }
  }
`;

// The styles of <borger-guide>'s outcome, "Dine svar", the feedback and printing. They come with the
// outcome's chunk (guide.outcome.ts) and are added to the shadow root when it arrives (guide.element.ts),
// after the element's own, as they came before.
import { css } from 'lit';

export const outcomeStyles = css`
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

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
  .notice.success {
    border-color: var(--_borger-color-success);
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
  .button.danger {
    border-color: var(--_borger-color-error);
    background: var(--_borger-color-error);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
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

  /* Calendar: seven equal columns that fit 320 px. */
  .calendar {
    max-width: calc(28 * var(--_borger-font-size));
    container-type: inline-size;
  }
  .weekday-narrow {
    display: none;
  }
  @container (max-width: 22em) {
    .long-names .weekday-short {
      display: none;
    }
    .long-names .weekday-narrow {
      display: inline;
    }
  }
  .calendar-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(0.5 * var(--_borger-font-size));
  }
  .month-nav {
    padding-inline: calc(0.75 * var(--_borger-font-size));
    font-size: 1.25em;
    line-height: 1;
  }
  .month-nav[aria-disabled='true'] {
    border-color: var(--_borger-color-surface-alt);
    background: var(--_borger-color-surface);
    color: var(--_borger-color-text-muted);
    cursor: default;
  }
  .month-title {
    margin: 0;
    font-weight: 700;
    font-size: 1.15em;
  }
  .month-title::first-letter {
    text-transform: uppercase;
  }
  /* The key help is for keyboard users: read with the grid (aria-describedby) always, seen only while
     a day has keyboard focus, below the grid so that nothing moves when it appears. */
  .keys-help {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .calendar.day-keyboard-focus .keys-help {
    position: static;
    width: auto;
    height: auto;
    overflow: visible;
    clip-path: none;
    white-space: normal;
    font-size: 0.875em;
  }
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  .grid th {
    padding-block: calc(0.25 * var(--_borger-font-size));
    white-space: nowrap;
    color: var(--_borger-color-text-muted);
    font-size: 0.875em;
    font-weight: 600;
    text-align: center;
  }
  .grid td {
    padding: 1px;
    text-align: center;
  }
  .day {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 100%;
    min-height: 44px;
    padding: 0;
    border: 2px solid transparent;
    border-radius: var(--_borger-radius);
    background: transparent;
    color: var(--_borger-color-text-muted);
    font: inherit;
    cursor: default;
  }
  .day.free {
    background: var(--_borger-color-highlight);
    color: var(--_borger-color-text);
    font-weight: 700;
    cursor: pointer;
  }
  /* The focus ring is drawn outside the button: lift the focused day above its neighbours. */
  .day:focus-visible,
  .calendar.day-keyboard-focus .day:focus {
    z-index: 1;
  }
  /* The ring for the arrow keys' roving focus, also where the browser does not count it as
     :focus-visible (WebKit, after an earlier click): calendar.render.ts tracks keyboard use. */
  .calendar.day-keyboard-focus .day:focus {
    outline: 3px solid var(--_borger-focus-color);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_borger-focus-shadow);
  }
  .day.free:hover {
    border-color: var(--_borger-color-primary);
  }
  .day .dot {
    position: absolute;
    inset-block-end: 5px;
    inset-inline-start: calc(50% - 3px);
    width: 6px;
    height: 6px;
    border-radius: 50%;
  }
  .day.free .dot {
    background: var(--_borger-color-primary);
  }
  .day.today {
    border-color: var(--_borger-color-text);
    border-style: dashed;
  }
  .day[aria-pressed='true'] {
    border-style: solid;
    border-color: var(--_borger-color-primary);
    background: var(--_borger-color-primary);
    color: var(--_borger-color-on-primary);
  }
  .day[aria-pressed='true'] .dot {
    background: var(--_borger-color-on-primary);
  }
  .calendar-status {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_borger-font-size)) calc(1.25 * var(--_borger-font-size));
    min-height: 1.5em;
    margin-block: calc(0.5 * var(--_borger-font-size));
    font-size: 0.875em;
  }
  .legend-free,
  .legend-today {
    display: inline-flex;
    align-items: center;
    gap: calc(0.4 * var(--_borger-font-size));
  }
  .calendar-status .dot {
    display: inline-block;
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: var(--_borger-color-primary);
  }
  .today-mark {
    display: inline-block;
    width: var(--_borger-font-size);
    height: var(--_borger-font-size);
    border: 2px dashed var(--_borger-color-text);
    border-radius: var(--_borger-radius);
  }
  .chosen {
    min-height: 1.5em;
    font-weight: 600;
  }

  /* Times: tiles grouped by part of the day. */
  .times-legend {
    margin-block-end: calc(0.5 * var(--_borger-font-size));
  }
  .part legend {
    margin-block-end: calc(0.25 * var(--_borger-font-size));
    color: var(--_borger-color-text-muted);
  }
  .slots {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(calc(8 * var(--_borger-font-size)), 1fr));
    gap: calc(0.5 * var(--_borger-font-size));
  }
  .slot {
    display: flex;
    align-items: center;
    gap: calc(0.4 * var(--_borger-font-size));
    padding-inline: calc(0.4 * var(--_borger-font-size));
    border: 1px solid var(--_borger-color-border);
    border-radius: var(--_borger-radius);
  }
  .slot:has(input:checked) {
    border: 2px solid var(--_borger-color-primary);
    background: var(--_borger-color-highlight);
  }
  .slot input {
    flex: none;
    width: calc(1.25 * var(--_borger-font-size));
    height: calc(1.25 * var(--_borger-font-size));
    margin: 0;
  }
  .slot label {
    flex: 1;
    display: flex;
    align-items: center;
    min-height: 44px;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    cursor: pointer;
  }
  .current {
    padding: calc(0.5 * var(--_borger-font-size)) calc(0.75 * var(--_borger-font-size));
    border-inline-start: 4px solid var(--_borger-color-border);
    background: var(--_borger-color-surface-alt);
  }

  /* Details. */
  .field {
    margin-block-end: var(--_borger-space);
  }
  .field label {
    display: block;
    font-weight: 700;
  }
  .field.invalid {
    padding-inline-start: calc(0.75 * var(--_borger-font-size));
    border-inline-start: 4px solid var(--_borger-color-error);
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'] {
    width: 100%;
    max-width: calc(24 * var(--_borger-font-size));
    margin-block-start: calc(0.25 * var(--_borger-font-size));
  }
  .contact legend {
    font-size: 1.05em;
  }
  .privacy {
    margin-block: var(--_borger-space);
    padding: calc(0.75 * var(--_borger-font-size)) var(--_borger-space);
    background: var(--_borger-color-surface-alt);
  }
  .privacy .subheading {
    margin-block-start: 0;
    font-size: 1em;
  }
  .privacy p {
    margin: 0;
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
  .confirmation .lead {
    padding: calc(0.75 * var(--_borger-font-size)) var(--_borger-space);
    border-inline-start: 5px solid var(--_borger-color-success);
    background: var(--_borger-color-surface-alt);
    font-weight: 600;
  }
  .code {
    display: inline-block;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 1.5em;
    letter-spacing: 0.1em;
  }
  /* "Fra vejledningen": a question is a line of its own, the answer under it. */
  .from-guide .summary dt {
    flex-basis: 100%;
    font-weight: 400;
    color: var(--_borger-color-text-muted);
  }
  .from-guide .summary dd {
    font-weight: 600;
  }
  .from-guide .summary ul {
    margin: 0;
    padding-inline-start: calc(1.25 * var(--_borger-font-size));
  }
  .from-guide .change {
    min-height: 44px;
  }
  .bring ul {
    padding-inline-start: calc(1.25 * var(--_borger-font-size));
  }
  .manage {
    margin-block: var(--_borger-space);
    padding: var(--_borger-space);
    border: 1px solid var(--_borger-color-border);
    border-radius: var(--_borger-radius);
  }
  .manage .subheading {
    margin-block-start: 0;
  }
  .manage-link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
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
  .manage-link a {
    overflow-wrap: anywhere;
  }
  .phone {
    margin-block: calc(0.5 * var(--_borger-font-size)) 0;
  }

  @media (forced-colors: active) {
    .day {
      border-color: Canvas;
    }
    .calendar.day-keyboard-focus .day:focus {
      outline-color: Highlight;
      box-shadow: none;
    }
    .day.free {
      border-color: ButtonText;
    }
    .day[aria-disabled='true'] {
      color: GrayText;
    }
    .day.today {
      border-color: CanvasText;
    }
    .day[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .day.free .dot,
    .calendar-status .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .day[aria-pressed='true'] .dot {
      background: HighlightText;
    }
    .choice:has(input:checked),
    .slot:has(input:checked) {
      border-color: Highlight;
    }
    .notice,
    .problem,
    .error-summary,
    .field.invalid {
      border-color: CanvasText;
    }
  }
`;

// The styles of <borger-booking>'s later steps: calendar, times, details, check and confirmation. They
// come with the later steps' chunk (booking.later-steps.ts) and are added to the element's shadow root
// when it arrives (booking.element.ts), after the element's own styles, as they came before.
import { css } from 'lit';

export const laterStepStyles = css`
  /* A booking moved; sending; cancelling; the manage link. */
  .notice.success {
    border-color: var(--_borger-color-success);
  }
  .button.danger {
    border-color: var(--_borger-color-error);
    background: var(--_borger-color-error);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  .manage-link a {
    overflow-wrap: anywhere;
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
    .slot:has(input:checked) {
      border-color: Highlight;
    }
    .field.invalid {
      border-color: CanvasText;
    }
  }
`;

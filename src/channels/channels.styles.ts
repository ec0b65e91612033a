import { css } from 'lit';

export const channelsStyles = css`
  .picker {
    display: grid;
    gap: calc(0.25 * var(--_borger-font-size));
    margin-block-end: var(--_borger-space);
  }
  .picker label {
    font-weight: 600;
  }
  .heading {
    font-weight: 700;
    line-height: 1.25;
    margin-block-end: calc(var(--_borger-space) * 0.5);
  }
  .h1, .h2 {
    font-size: 1.5em;
  }
  .h3 {
    font-size: 1.25em;
  }
  .h4, .h5, .h6 {
    font-size: 1.1em;
  }
  .channels {
    display: grid;
    gap: var(--_borger-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .channel {
    min-width: 0;
    padding: var(--_borger-space);
    border: 1px solid var(--_borger-color-border);
    border-radius: var(--_borger-radius);
    background: var(--_borger-color-surface);
  }
  .channel.recommended {
    border: 3px solid var(--_borger-color-primary);
  }
  .badge {
    display: inline-block;
    margin-block-end: calc(0.5 * var(--_borger-font-size));
    padding: calc(0.1 * var(--_borger-font-size)) calc(0.5 * var(--_borger-font-size));
    border-radius: var(--_borger-radius);
    background: var(--_borger-color-primary);
    color: var(--_borger-color-on-primary);
    font-size: 0.875em;
    font-weight: 600;
  }
  .channel:not(.recommended) .badge {
    background: var(--_borger-color-surface-alt);
    color: var(--_borger-color-text);
  }
  .title {
    display: flex;
    gap: calc(0.5 * var(--_borger-font-size));
    align-items: flex-start;
  }
  .title .heading {
    margin: 0;
  }
  .icon {
    flex: none;
    margin-block-start: 0.1em;
    color: var(--_borger-color-primary);
  }
  .kind {
    margin-block-end: calc(0.5 * var(--_borger-font-size));
    color: var(--_borger-color-text-muted);
    font-size: 0.875em;
  }
  .note {
    padding-inline-start: calc(0.75 * var(--_borger-font-size));
    border-inline-start: 4px solid var(--_borger-color-primary);
  }
  .status {
    display: flex;
    gap: calc(0.5 * var(--_borger-font-size));
    align-items: baseline;
    font-weight: 600;
  }
  .dot {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: currentColor;
  }
  .status.open {
    color: var(--_borger-color-success);
  }
  .status.closing-soon {
    color: var(--_borger-color-warning);
  }
  .status.closed {
    color: var(--_borger-color-error);
  }
  .address {
    font-style: normal;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_borger-font-size));
    margin-block: calc(0.5 * var(--_borger-font-size));
  }
  .hours summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    color: var(--_borger-color-primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .hours dl {
    margin: 0;
  }
  .hours dl > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_borger-font-size);
    padding-block: calc(0.25 * var(--_borger-font-size));
    border-block-end: 1px solid var(--_borger-color-surface-alt);
  }
  .hours .today {
    font-weight: 700;
  }
  .hours dt::first-letter {
    text-transform: uppercase;
  }
  .hours dd {
    margin: 0;
  }
  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;

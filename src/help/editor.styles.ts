// The editor view's styles (editor.template.ts), added to <borger-help>'s shadow root when the editor
// chunk arrives; the frame (.editor) is in help.styles.ts, so the placeholder has its place at once.
import { css } from 'lit';

export const editorStyles = css`
  .editor-title {
    margin: 0 0 calc(0.5 * var(--_borger-font-size));
    font-weight: 700;
  }
  .score {
    margin: 0 0 calc(0.5 * var(--_borger-font-size));
    font-size: 1.25em;
    font-weight: 700;
  }
  .band {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: var(--_borger-radius);
    border: 2px solid currentColor;
  }
  .band.easy {
    color: var(--_borger-color-success);
  }
  .band.medium {
    color: var(--_borger-color-warning);
  }
  .band.hard {
    color: var(--_borger-color-error);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(1.5 * var(--_borger-font-size));
    margin: 0 0 calc(0.75 * var(--_borger-font-size));
    padding: 0;
    list-style: none;
  }
  .editor ol,
  .editor ul:not(.counts) {
    margin: 0 0 calc(0.75 * var(--_borger-font-size));
    padding-inline-start: calc(1.5 * var(--_borger-font-size));
  }
  .editor-subtitle {
    margin: calc(0.5 * var(--_borger-font-size)) 0 calc(0.25 * var(--_borger-font-size));
    font-weight: 600;
  }
  .meta,
  .note {
    color: var(--_borger-color-text-muted);
  }
  .meta {
    white-space: nowrap;
  }
  summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .band {
      border-color: CanvasText;
    }
  }
`;

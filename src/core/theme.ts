// Design tokens. Public `--borger-*` custom properties (DKFDS-like defaults) feed private `--_borger-*`
// ones, so a theme sets a handful of public names and never needs to know the internals.
import { css } from 'lit';

export const tokens = css`
  :host {
    --_borger-color-primary: var(--borger-color-primary, #0059b3);
    --_borger-color-primary-hover: var(--borger-color-primary-hover, #004993);
    --_borger-color-on-primary: var(--borger-color-on-primary, #ffffff);
    --_borger-color-text: var(--borger-color-text, #1a1a1a);
    --_borger-color-text-muted: var(--borger-color-text-muted, #4a4a4a);
    --_borger-color-surface: var(--borger-color-surface, #ffffff);
    --_borger-color-surface-alt: var(--borger-color-surface-alt, #f5f5f5);
    --_borger-color-border: var(--borger-color-border, #757575);
    --_borger-color-success: var(--borger-color-success, #2b6e00);
    --_borger-color-warning: var(--borger-color-warning, #8a4f00);
    --_borger-color-error: var(--borger-color-error, #b51d09);
    --_borger-color-highlight: var(--borger-color-highlight, #e6f0fa);
    --_borger-focus-color: var(--borger-focus-color, #1a1a1a);
    --_borger-focus-shadow: var(--borger-focus-shadow, #ffdf3d);
    --_borger-font-family: var(--borger-font-family, 'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    /* The widget's base size, and the unit of its spacing: never the page's root size, which old themes
       shrink (html { font-size: 62.5% }). At least 16 px; more when the citizen's browser setting makes
       the root larger. A site that wants its own root size sets --borger-font-size: 1rem. */
    --_borger-font-size: var(--borger-font-size, max(16px, 1rem));
    --_borger-line-height: var(--borger-line-height, 1.5);
    --_borger-radius: var(--borger-radius, 4px);
    --_borger-space: var(--borger-space, var(--_borger-font-size));
    --_borger-max-width: var(--borger-max-width, calc(48 * var(--_borger-font-size)));
    --_borger-loading-min-height: var(--borger-loading-min-height, calc(12 * var(--_borger-font-size)));
  }
  /*
   * Dark host pages (issue 9, point 14). A site opts in the standard way, by declaring that its pages
   * support both schemes: ":root { color-scheme: light dark }" (or "dark" on a dark page). The
   * widgets then follow the visitor's prefers-color-scheme through light-dark(); a site that declares
   * nothing keeps the light set, whatever the visitor prefers. Public --borger-* values still win.
   * Every pair used for text or a control meets WCAG AA on the dark surface (test/core/theme.test.ts).
   */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_borger-color-primary: var(--borger-color-primary, light-dark(#0059b3, #8cc4ff));
      --_borger-color-primary-hover: var(--borger-color-primary-hover, light-dark(#004993, #b5d9ff));
      --_borger-color-on-primary: var(--borger-color-on-primary, light-dark(#ffffff, #0b1a2b));
      --_borger-color-text: var(--borger-color-text, light-dark(#1a1a1a, #ececec));
      --_borger-color-text-muted: var(--borger-color-text-muted, light-dark(#4a4a4a, #c2c2c2));
      --_borger-color-surface: var(--borger-color-surface, light-dark(#ffffff, #1b1b1b));
      --_borger-color-surface-alt: var(--borger-color-surface-alt, light-dark(#f5f5f5, #2a2a2a));
      --_borger-color-border: var(--borger-color-border, light-dark(#757575, #9a9a9a));
      --_borger-color-success: var(--borger-color-success, light-dark(#2b6e00, #7fd86a));
      --_borger-color-warning: var(--borger-color-warning, light-dark(#8a4f00, #f5bd6b));
      --_borger-color-error: var(--borger-color-error, light-dark(#b51d09, #ff9c8f));
      --_borger-color-highlight: var(--borger-color-highlight, light-dark(#e6f0fa, #17304d));
      --_borger-focus-color: var(--borger-focus-color, light-dark(#1a1a1a, #ffffff));
      --_borger-focus-shadow: var(--borger-focus-shadow, light-dark(#ffdf3d, #7a5d00));
    }
  }
`;

/** Shared element chrome: typography, focus ring, buttons, links, visually-hidden text, motion and forced colours. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: var(--_borger-max-width);
    color: var(--_borger-color-text);
    font-family: var(--_borger-font-family);
    font-size: var(--_borger-font-size);
    line-height: var(--_borger-line-height);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not inherited from the host: a page's global reset (* { box-sizing: content-box }) reaches the host
     element, and nothing the widget draws may follow it. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_borger-space) * 0.5);
  }
  p {
    margin: 0 0 calc(var(--_borger-space) * 0.75);
  }
  a {
    color: var(--_borger-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--_borger-color-primary-hover);
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_borger-focus-color);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_borger-focus-shadow);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_borger-color-primary);
    border-radius: var(--_borger-radius);
    background: var(--_borger-color-primary);
    color: var(--_borger-color-on-primary);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_borger-color-primary-hover);
    border-color: var(--_borger-color-primary-hover);
    color: var(--_borger-color-on-primary);
  }
  .button.secondary {
    background: var(--_borger-color-surface);
    color: var(--_borger-color-primary);
  }
  .button.secondary:hover {
    background: var(--_borger-color-highlight);
    color: var(--_borger-color-primary-hover);
  }
  .link-button {
    border: 0;
    padding: 0;
    background: none;
    color: var(--_borger-color-primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  /* After the text of a link to another site (core/external-link.ts). */
  .external-mark {
    margin-inline-start: 0.15em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .loading {
    min-height: var(--_borger-loading-min-height);
    border-radius: var(--_borger-radius);
    background: var(--_borger-color-surface-alt);
  }
  .error {
    padding: var(--_borger-space);
    border-inline-start: 5px solid var(--_borger-color-error);
    background: var(--_borger-color-surface);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    .error {
      border-color: CanvasText;
    }
  }
`;

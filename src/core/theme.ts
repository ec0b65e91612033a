// The widgets' look: design tokens (custom properties) and the chrome every element shares.
import { css, unsafeCSS } from 'lit';

/**
 * The colour tokens, each `[name, light default, dark default]`: `--_borger-<name>` is the page's
 * `--borger-<name>` if set, else the default. Dark host pages (issue 9, point 14): a site opts in the
 * standard way, by declaring that its pages support both schemes (`:root { color-scheme: light dark }`,
 * or `dark` on a dark page); the widgets then follow the visitor's prefers-color-scheme through
 * light-dark(), and a site that declares nothing keeps the light set. Every pair used for text or a
 * control meets WCAG AA on either surface (test/core/theme.test.ts). A table rather than the same
 * fourteen names written twice in CSS: the same rules, 100 bytes less in every widget's first download.
 */
const COLOURS: readonly (readonly [name: string, light: string, dark: string])[] = [
  ['color-primary', '#0059b3', '#8cc4ff'],
  ['color-primary-hover', '#004993', '#b5d9ff'],
  ['color-on-primary', '#ffffff', '#0b1a2b'],
  ['color-text', '#1a1a1a', '#ececec'],
  ['color-text-muted', '#4a4a4a', '#c2c2c2'],
  ['color-surface', '#ffffff', '#1b1b1b'],
  ['color-surface-alt', '#f5f5f5', '#2a2a2a'],
  ['color-border', '#757575', '#9a9a9a'],
  ['color-success', '#2b6e00', '#7fd86a'],
  ['color-warning', '#8a4f00', '#f5bd6b'],
  ['color-error', '#b51d09', '#ff9c8f'],
  ['color-highlight', '#e6f0fa', '#17304d'],
  ['focus-color', '#1a1a1a', '#ffffff'],
  ['focus-shadow', '#ffdf3d', '#7a5d00'],
];

/** `:host { --_borger-<name>: var(--borger-<name>, <default>) … }` for every colour. */
const colourRule = (value: (light: string, dark: string) => string) =>
  `:host{${COLOURS.map(([name, light, dark]) => `--_borger-${name}:var(--borger-${name},${value(light, dark)});`).join('')}}`;

/**
 * Design tokens. Public `--borger-*` custom properties (DKFDS-like defaults) feed private `--_borger-*`
 * ones, so a theme sets a handful of public names and never needs to know the internals. The widget's
 * base size is also the unit of its spacing: never the page's root size, which old themes shrink
 * (`html { font-size: 62.5% }`). At least 16 px; more when the citizen's browser setting makes the root
 * larger. A site that wants its own root size sets `--borger-font-size: 1rem`.
 */
export const tokens = unsafeCSS(
  `${colourRule((light) => light)}@supports (color:light-dark(#000,#fff)){${colourRule((light, dark) => `light-dark(${light},${dark})`)}}` +
    css`
      :host {
        --_borger-font-family: var(--borger-font-family, 'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
        --_borger-font-size: var(--borger-font-size, max(16px, 1rem));
        --_borger-line-height: var(--borger-line-height, 1.5);
        --_borger-radius: var(--borger-radius, 4px);
        --_borger-space: var(--borger-space, var(--_borger-font-size));
        --_borger-max-width: var(--borger-max-width, calc(48 * var(--_borger-font-size)));
        --_borger-loading-min-height: var(--borger-loading-min-height, calc(12 * var(--_borger-font-size)));
      }
    `.cssText,
);

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

// Themes for the Storybook toolbar. Each theme sets only the public `--borger-*` custom properties,
// exactly as a municipality would on its own page, plus the colours of the surrounding "page".
// Storybook applies them as an inline style on the story wrapper; a real page under a strict CSP
// sets the same properties from its stylesheet (e.g. `borger-channels { --borger-radius: 12px }`).

export type ThemeName = 'default' | 'copenhagen' | 'high-contrast';

export interface StoryTheme {
  /** Shown in the toolbar. */
  title: string;
  /** Public custom properties of the widgets. */
  properties: Record<`--borger-${string}`, string>;
  /** The page around the widget (not part of the widget's API). */
  page: { background: string; color: string };
}

export const themes: Record<ThemeName, StoryTheme> = {
  // Our defaults are the DKFDS look; nothing to set.
  default: {
    title: 'Standard (DKFDS)',
    properties: {},
    page: { background: '#ffffff', color: '#1a1a1a' },
  },
  copenhagen: {
    title: 'København-agtig',
    properties: {
      '--borger-color-primary': '#00605a',
      '--borger-color-primary-hover': '#00443f',
      '--borger-color-on-primary': '#ffffff',
      '--borger-color-text': '#14211f',
      '--borger-color-text-muted': '#44524f',
      '--borger-color-surface': '#ffffff',
      '--borger-color-surface-alt': '#eef5f3',
      '--borger-color-border': '#5f706c',
      '--borger-color-success': '#1d6b34',
      '--borger-color-warning': '#8a4b00',
      '--borger-color-error': '#a4161a',
      '--borger-color-highlight': '#dcefeb',
      '--borger-focus-color': '#14211f',
      '--borger-focus-shadow': '#9fe2d6',
      '--borger-font-family': "'KBH Tekst', 'Helvetica Neue', Helvetica, Arial, sans-serif",
      '--borger-font-size': '1.0625rem',
      '--borger-radius': '14px',
      '--borger-space': '1.25rem',
    },
    page: { background: '#f7f4ee', color: '#14211f' },
  },
  'high-contrast': {
    title: 'Høj kontrast',
    properties: {
      '--borger-color-primary': '#ffff00',
      '--borger-color-primary-hover': '#ffffff',
      '--borger-color-on-primary': '#000000',
      '--borger-color-text': '#ffffff',
      '--borger-color-text-muted': '#ffffff',
      '--borger-color-surface': '#000000',
      '--borger-color-surface-alt': '#262626',
      '--borger-color-border': '#ffffff',
      '--borger-color-success': '#7dff7d',
      '--borger-color-warning': '#ffc34d',
      '--borger-color-error': '#ff8080',
      '--borger-color-highlight': '#333333',
      '--borger-focus-color': '#ffff00',
      '--borger-focus-shadow': '#000000',
      '--borger-radius': '0',
    },
    page: { background: '#000000', color: '#ffffff' },
  },
};

export const THEME_NAMES = Object.keys(themes) as ThemeName[];

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && value in themes;
}

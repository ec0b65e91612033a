// Toolbar globals (language, theme), the 320 px viewport, and the page wrapper every story renders in.
import type { Preview } from '@storybook/web-components-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { withPage } from '../stories/helpers.js';
import { THEME_NAMES, themes } from '../stories/themes.js';

const preview: Preview = {
  decorators: [withPage],
  globalTypes: {
    lang: {
      description: 'Sprog på siden (lang på omsluttende element) / page language',
      toolbar: {
        title: 'Sprog',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'da', title: 'Dansk (da)' },
          { value: 'en', title: 'English (en)' },
          { value: 'ar', title: 'العربية (ar, RTL)' },
        ],
      },
    },
    theme: {
      description: 'Tema via --borger-* custom properties / theme',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: THEME_NAMES.map((name) => ({ value: name, title: themes[name].title })),
      },
    },
  },
  initialGlobals: { lang: 'da', theme: 'default' },
  parameters: {
    // 320 CSS px is the WCAG 1.4.10 reflow width; the usual sizes follow.
    viewport: {
      options: {
        reflow320: { name: '320 px (WCAG reflow)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        ...MINIMAL_VIEWPORTS,
      },
    },
    // Fail a11y checks in test runs instead of only listing them in the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduktion', 'Widgets'] } },
  },
};

export default preview;

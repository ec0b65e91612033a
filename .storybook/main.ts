// Storybook for borger-widgets: Web Components on Vite, with the accessibility (axe) and docs addons.
// Stories import the elements straight from src/; nothing here changes how the library is built.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Offline and quiet in CI: no telemetry, no "what's new" fetches.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { bookingServerPlugin } from './test/booking/server-plugin.mjs';

const chrome = await findChrome();
console.log(`Browser tests in ${chrome.path} (${chrome.source})`);

// With two test files at once, one tab is in the background and headless Chromium gives it no
// animation frames; focus emulation makes every tab count as visible and focused.
const createPage = async ({ context }) => {
  const page = await context.newPage();
  await (await page.createCDPSession()).send('Emulation.setFocusEmulationEnabled', { enabled: true });
  return page;
};

const chromium = (env = {}) =>
  chromeLauncher({ launchOptions: { executablePath: chrome.path, args: CHROME_ARGS, env: { ...process.env, ...env } }, createPage });

// Everything time-dependent runs a second time in a browser whose clock is in New York, so a visitor
// abroad sees the same Copenhagen answers (the default browser runs in the machine's zone, UTC here).
const TIME_DEPENDENT = ['test/core/time.test.ts', 'test/core/visitor-zone.test.ts', 'test/channels/**/*.test.ts', 'test/booking/calendar*.test.ts'];

const HISTORY_TEST = 'test/guide/history.test.ts';

export default {
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // The reference booking server runs beside the tests for the booking element's end-to-end test.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), bookingServerPlugin()],
  browsers: [chromium()],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 480000,
  files: ['test/**/*.test.ts', '!test/server/**', '!test/node/**', '!test/pack/**', '!test/pages/**', `!${HISTORY_TEST}`],
  groups: [
    // The browser's Back, for real: in its own browser, so it never shares a reused tab (and that tab's
    // session history) with other test files.
    { name: 'session-history', files: [HISTORY_TEST], browsers: [chromium()] },
    { name: 'visitor-in-new-york', files: TIME_DEPENDENT, browsers: [chromium({ TZ: 'America/New_York' })] },
  ],
};

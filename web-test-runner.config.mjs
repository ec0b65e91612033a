import { esbuildPlugin } from '@web/dev-server-esbuild';
import { launcherFor, selectedEngines } from './scripts/browser-engines.mjs';
import { keyChordPlugin } from './scripts/key-chord-plugin.mjs';
import { bookingServerPlugin } from './test/booking/server-plugin.mjs';

// BROWSERS=chromium,firefox,webkit (`npm run test:browsers`) runs every file in every engine; `npm test`
// runs Chromium only. Each engine and group gets its own browser (see scripts/browser-engines.mjs).
const engines = selectedEngines();
console.log(`Browser tests in ${engines.join(', ')}`);
const browsers = (env) => Promise.all(engines.map((engine) => launcherFor(engine, env)));

// Everything time-dependent runs a second time in a browser whose clock is in New York, so a visitor
// abroad sees the same Copenhagen answers (the default browser runs in the machine's zone, UTC here).
const TIME_DEPENDENT = ['test/core/time.test.ts', 'test/core/visitor-zone.test.ts', 'test/channels/**/*.test.ts', 'test/booking/calendar*.test.ts'];

const HISTORY_TEST = 'test/guide/history.test.ts';

export default {
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // The reference booking server runs beside the tests for the booking element's end-to-end test.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), bookingServerPlugin(), keyChordPlugin()],
  browsers: await browsers(),
  // Chromium runs two files at once; Firefox and WebKit one (their launchers say so).
  concurrency: 2,
  // One browser per engine at a time, so three engines share the 2 cores without starving a test.
  concurrentBrowsers: 2,
  // MiniBrowser under Xvfb takes a few seconds to open its first window on a busy machine.
  browserStartTimeout: 120000,
  // A guard against hangs, not a speed limit: with three engines sharing two cores a long test (fuzzing,
  // a year of opening hours) takes twice as long as alone.
  testFramework: { config: { timeout: engines.length > 1 ? 20000 : 10000 } },
  testsFinishTimeout: 480000,
  files: ['test/**/*.test.ts', '!test/server/**', '!test/node/**', '!test/pack/**', '!test/frameworks/**', '!test/pages/**', `!${HISTORY_TEST}`],
  groups: [
    // The browser's Back, for real: in its own browser, so it never shares a reused tab (and that tab's
    // session history) with other test files.
    { name: 'session-history', files: [HISTORY_TEST], browsers: await browsers() },
    { name: 'visitor-in-new-york', files: TIME_DEPENDENT, browsers: await browsers({ TZ: 'America/New_York' }) },
  ],
};

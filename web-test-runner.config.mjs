import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';

const chrome = await findChrome();
console.log(`Browser tests in ${chrome.path} (${chrome.source})`);

export default {
  files: ['test/**/*.test.ts', '!test/server/**', '!test/node/**', '!test/pack/**'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chrome.path, args: CHROME_ARGS } })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};

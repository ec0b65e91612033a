// Finds a Chromium for tests and benchmarks, in order: CHROME_PATH, a system Chromium/Chrome,
// then @sparticuz/chromium from the npm registry (test-only fallback: its flags are not for browsing).
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Test files run in parallel tabs; without these, the tabs in the background are throttled and
  // timers, animation frames (axe, Lit) and focus wait for seconds.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  // Chromium 14x+ starts two "WebUI Top Renderer" processes per window for the omnibox popup, even
  // headless; on a 2-core machine each took as much CPU during a page load (≈ 1.2 s in a 3 s trace) as
  // the page under test, which skewed the page benches and slowed the tests. Unknown names are ignored.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/** @returns {Promise<{ path: string, source: string }>} */
export async function findChrome() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return { path: process.env.CHROME_PATH, source: 'CHROME_PATH' };
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  for (const candidate of SYSTEM_CANDIDATES) {
    if (existsSync(candidate)) return { path: candidate, source: 'system' };
  }
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return { path: await chromium.executablePath(), source: '@sparticuz/chromium' };
  } catch (error) {
    throw new Error(
      'No Chromium found for the browser tests. Set CHROME_PATH, or install one: ' +
        '`apt-get install -y chromium` (Debian), or `npm i -D @sparticuz/chromium@143`. ' +
        `(${error instanceof Error ? error.message : error})`,
    );
  }
}

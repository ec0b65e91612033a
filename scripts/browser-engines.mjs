// The three browser engines the tests run in, each from Debian's packages (npm cannot download
// browsers on our machines): Chromium (`chromium`), Firefox ESR (`firefox-esr`, driven over WebDriver
// BiDi by puppeteer-core, no geckodriver) and WebKitGTK (`webkit2gtk-driver` under `xvfb`).
// docs/browsers.md says what each engine cannot do in this harness and which tests say so.
import { existsSync } from 'node:fs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { webkitLauncher } from './webkit-driver.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** @returns {string} the Firefox to test in: FIREFOX_PATH, else a system Firefox (ESR first) */
export function findFirefox() {
  const path = process.env.FIREFOX_PATH ?? FIREFOX_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    throw new Error(
      'Firefox tests need a Firefox: `apt-get install -y --no-install-recommends firefox-esr` (Debian), or set FIREFOX_PATH.',
    );
  }
  return path;
}

/**
 * Engines named in BROWSERS (comma-separated: chromium, firefox, webkit; default chromium).
 * @returns {string[]}
 * @throws {Error} for a name that is not one of ENGINES
 */
export function selectedEngines(value = process.env.BROWSERS ?? 'chromium') {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`BROWSERS=${value}: name one or more of ${ENGINES.join(', ')}.`);
  }
  return [...new Set(names)];
}

let chromePath;

/**
 * A launcher for one engine.
 * @param {'chromium' | 'firefox' | 'webkit'} engine
 * @param {Record<string, string>} [env] extra environment for the browser process, such as `{ TZ }`
 */
export async function launcherFor(engine, env = {}) {
  const browserEnv = { ...process.env, ...env };
  if (engine === 'chromium') {
    chromePath ??= (await findChrome()).path;
    const launcher = chromeLauncher({
      launchOptions: { executablePath: chromePath, args: CHROME_ARGS, env: browserEnv },
      // Chromium only (CDP): with two test files at once, one tab is in the background and headless
      // Chromium gives it no animation frames; focus emulation makes every tab count as visible and focused.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        await (await page.createCDPSession()).send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    });
    launcher.name = 'Chromium';
    return launcher;
  }
  if (engine === 'firefox') {
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true, env: browserEnv },
      // Firefox runs no animation frames in a background tab, and BiDi has no focus emulation:
      // one file (one tab) at a time.
      concurrency: 1,
    });
  }
  return webkitLauncher({ env });
}

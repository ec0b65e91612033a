// What the test harness does the same way in Chromium, Firefox and WebKit, and where it cannot
// (docs/browsers.md lists each limit and the tests it touches).
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';

/**
 * The space bar for `sendKeys({ press: SPACE })`: Firefox's WebDriver BiDi keyboard knows the key value
 * `' '` but not Puppeteer's name `'Space'`; both give a keydown with `key: ' '`, `code: 'Space'`.
 */
export const SPACE = ' ';

/**
 * Presses keys together, the first ones held while the next go down, e.g. `pressChord('Shift', 'Tab')`.
 * Works in WebKit too, where the stock `sendKeys({ down })` cannot hold a key (scripts/key-chord-plugin.mjs).
 */
export async function pressChord(...keys: string[]): Promise<void> {
  await executeServerCommand('press-chord', { keys });
}

/**
 * Sets the viewport, or skips the running test where the harness cannot: WebKitGTK's WebDriver cannot
 * set a viewport and its window is never narrower than 447 px. Any other failure is thrown.
 * @param test the running test's `this`
 */
export async function setViewportOrSkip(test: Mocha.Context, size: { width: number; height: number }): Promise<void> {
  try {
    await setViewport(size);
  } catch (error) {
    if (/not supported for browser type webdriver/.test(String(error))) test.skip();
    throw error;
  }
}

/**
 * Waits until `<borger-help>` has stopped marking terms under `root`: it marks in slices of a few
 * milliseconds, and a slower engine (WebKit, or any under load) needs more than the first slice.
 * Settled = the same number of marked terms at two polls 50 ms apart.
 */
export async function markingSettled(root: Element, timeout = 5000): Promise<void> {
  let last = -1;
  await waitUntil(
    () => {
      const now = root.querySelectorAll('borger-term').length;
      const settled = now === last;
      last = now;
      return settled;
    },
    'marking terms did not settle',
    { interval: 50, timeout },
  );
}

// A web-test-runner command that presses keys together, such as Shift+Tab, in every engine:
// `executeServerCommand('press-chord', { keys: ['Shift', 'Tab'] })` (test/shared/keys.ts wraps it).
// The stock send-keys command can hold a key down (`{ down: 'Shift' }`) only through Puppeteer and
// Playwright; WebDriver can do the same with one key action sequence (W3C WebDriver §17.4.2), which
// is how WebKit gets Shift+Tab. Keys go down in the order given and come up in reverse.

/** W3C WebDriver code points for the named keys the tests use (WebDriver §17.4.2, "normalised key value"). */
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  ' ': ' ',
  Backspace: '\uE003',
  Delete: '\uE017',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

function webdriverKey(name) {
  const key = WEBDRIVER_KEYS[name] ?? (name.length === 1 ? name : undefined);
  if (key === undefined) throw new Error(`press-chord: no WebDriver key for "${name}".`);
  return key;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function keyChordPlugin() {
  return {
    name: 'press-chord-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-chord') return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || keys.length === 0 || !keys.every((key) => typeof key === 'string')) {
        throw new Error('press-chord needs { keys: string[] }, such as { keys: ["Shift", "Tab"] }.');
      }
      if (session.browser.type === 'puppeteer' || session.browser.type === 'playwright') {
        const { keyboard } = session.browser.getPage(session.id);
        for (const key of keys) await keyboard.down(key);
        for (const key of [...keys].reverse()) await keyboard.up(key);
        return true;
      }
      if (session.browser.type === 'webdriver') {
        const codes = keys.map(webdriverKey);
        const actions = [
          ...codes.map((value) => ({ type: 'keyDown', value })),
          ...codes.reverse().map((value) => ({ type: 'keyUp', value })),
        ];
        await session.browser.driverManager.performActions(session.id, [{ type: 'key', id: 'keyboard', actions }]);
        return true;
      }
      throw new Error(`press-chord is not supported for browser type ${session.browser.type}.`);
    },
  };
}

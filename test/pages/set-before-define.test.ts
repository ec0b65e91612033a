// Field case 09: a page sets `content`, `provider` and `glossary` before the widget script has loaded
// (React, a CMS or htmx render first). With the real CDN bundle, every widget renders what was set,
// exactly as when the script comes first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DemoSite, startDemoSite, widgetStates } from './harness.js';

describe('values set before the widget script loads (field case 09)', () => {
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const [name, query] of [
    ['set first, script after', ''],
    ['script first, set after (control)', '?import-first'],
  ] as const) {
    it(name, async () => {
      const { page, problems } = await site.open(`/__fixtures/set-before-define.html${query}`);
      try {
        await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true, { timeout: 5000 });
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('borger-channels, borger-guide, borger-booking')].every(
              (el) => !el.shadowRoot?.querySelector('[aria-busy="true"]'),
            ),
          { timeout: 5000 },
        );
        await page.waitForFunction(() => document.querySelector('#help borger-term') !== null, { timeout: 5000 });
        const seen = await page.evaluate(() => {
          const text = (id: string) => document.getElementById(id)?.shadowRoot?.textContent ?? '';
          return {
            channels: text('channels').includes('Anbefalet'),
            guide: text('guide').includes('Har du et gammelt pas?'),
            booking: text('booking').includes('Pas (fra provider)'),
            calls: (window as unknown as { __calls: string[] }).__calls,
            term: document.querySelector('#help borger-term')?.getAttribute('term'),
          };
        });
        assert.deepEqual(seen, { channels: true, guide: true, booking: true, calls: ['services'], term: 'sundhedskort' });
        for (const widget of await widgetStates(page)) assert.equal(widget.state, 'ready', `<${widget.tag}>`);
        assert.deepEqual(problems.pageErrors, []);
        assert.deepEqual(problems.consoleErrors, []);
        assert.deepEqual(problems.widgetErrors, []);
      } finally {
        await page.close();
      }
    });
  }
});

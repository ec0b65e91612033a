// A hostile host page (test/pages/fixtures/hostile.html): two copies of the all-in-one CDN bundle and the
// single-widget bundles on one page, under a stylesheet that resets every element, hides buttons, kills
// links and blows the root font up. Nothing may throw, and each widget must still work by mouse and keyboard.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { type DemoSite, focused, type PageProblems, startDemoSite, widgetStates } from './harness.js';

/** The step heading text of a widget (what a citizen sees as "where am I"). */
async function headingOf(page: Page, tag: string): Promise<string> {
  return page.evaluate((t) => {
    const root = document.querySelector(t)?.shadowRoot;
    const heading = root?.querySelector('#step-heading, [data-step-heading], [role="heading"][tabindex="-1"]');
    return (heading?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, tag);
}

describe('hostile host page: two bundle copies and a global reset stylesheet', () => {
  let site: DemoSite;
  let page: Page;
  let problems: PageProblems;
  before(async () => {
    site = await startDemoSite();
    ({ page, problems } = await site.open('/__fixtures/hostile.html'));
  });
  after(async () => {
    await page?.close();
    await site?.close();
  });

  it('loads every copy of the bundle without a throw, and every widget renders', async () => {
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname + new URL(entry.name).search),
    );
    for (const bundle of ['borger-widgets.js', 'borger-widgets.js?copy=2', 'guide.js', 'channels.js', 'booking.js']) {
      assert.ok(loaded.includes(`/borger-widgets/cdn/${bundle}`), `${bundle} was loaded`);
    }
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.cspViolations, []);
    for (const widget of await widgetStates(page)) assert.equal(widget.state, 'ready', `<${widget.tag}>`);
  });

  it('honours the public --borger-color-primary the page sets', async () => {
    const colours = await page.evaluate(() => {
      const button = document.querySelector('borger-guide')?.shadowRoot?.querySelector('button[part~="next"]');
      return button ? getComputedStyle(button).backgroundColor : '';
    });
    assert.equal(colours, 'rgb(255, 0, 0)');
  });

  it('channel picker: a task chosen by keyboard shows its channels', async () => {
    const select = await page.$('borger-channels >>> select');
    assert.ok(select, 'the picker is there');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      () => (document.querySelector('borger-channels')?.shadowRoot?.querySelectorAll('[part~="channel"]').length ?? 0) > 0,
      {
        timeout: 5000,
      },
    );
    // A real mouse click on a channel's hours disclosure opens it: nothing of the page covers the widget.
    const summary = await page.$('borger-channels >>> details[part~="hours"] summary');
    assert.ok(summary);
    await summary.click();
    assert.equal(
      await page.evaluate(() =>
        document.querySelector('borger-channels')?.shadowRoot?.querySelector('details[part~="hours"]')?.hasAttribute('open'),
      ),
      true,
    );
  });

  it('guide: a step answered by mouse, the next by keyboard', async () => {
    const first = await headingOf(page, 'borger-guide');
    const option = await page.$('borger-guide >>> input[type="radio"]');
    assert.ok(option);
    await option.click();
    const next = await page.$('borger-guide >>> button[part~="next"]');
    assert.ok(next);
    await next.click();
    await page.waitForFunction(
      (before) => {
        const heading = document.querySelector('borger-guide')?.shadowRoot?.querySelector('#step-heading');
        return heading && heading.textContent?.replace(/\s+/g, ' ').trim() !== before;
      },
      { timeout: 5000 },
      first,
    );
    const second = await headingOf(page, 'borger-guide');
    assert.notEqual(second, first);
    assert.equal((await focused(page)).host, 'borger-guide', 'focus moved to the new step');
    // Keyboard: Tab to the first option, Space to choose, Enter to go on.
    for (let i = 0; i < 10 && (await focused(page)).tag !== 'input'; i++) await page.keyboard.press('Tab');
    assert.equal((await focused(page)).tag, 'input');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (before) => {
        const heading = document.querySelector('borger-guide')?.shadowRoot?.querySelector('#step-heading');
        return heading && heading.textContent?.replace(/\s+/g, ' ').trim() !== before;
      },
      { timeout: 5000 },
      second,
    );
  });

  it('booking: a service chosen by mouse leads to the place step', async () => {
    await page.waitForFunction(() => document.querySelector('borger-booking')?.shadowRoot?.querySelector('#service-0'), { timeout: 5000 });
    const service = await page.$('borger-booking >>> #service-0');
    assert.ok(service);
    await service.click();
    const next = await page.$('borger-booking >>> button[part~="next"]');
    assert.ok(next);
    await next.click();
    await page.waitForFunction(
      () => document.querySelector('borger-booking')?.shadowRoot?.querySelector('section[data-step="place"] #place-0'),
      {
        timeout: 5000,
      },
    );
    // And on by keyboard: the first place by Space, Enter for "Næste".
    const place = await page.$('borger-booking >>> #place-0');
    await place?.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('borger-booking')?.shadowRoot?.querySelector('section[data-step="day"]'), {
      timeout: 5000,
    });
    assert.deepEqual(problems.pageErrors, []);
  });
});

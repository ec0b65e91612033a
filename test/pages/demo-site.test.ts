// The demo site a web team copies from (issue 9, point 11): English pages mark their Danish parts,
// the widgets' headings fit the sections they sit in, the contact page's booking disclosure looks
// openable, a missing page has the site's layout, and the footer links the accessibility statement
// the project ships.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, type DemoSite, startDemoSite } from './harness.js';

describe('the demo site', () => {
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  it('in English, the page\'s Danish texts are marked lang="da" and the widgets speak English', async () => {
    const { page } = await site.open('/pas.html', { lang: 'en' });
    try {
      await page.waitForFunction(() => document.querySelector('borger-guide')?.shadowRoot?.querySelector('#step-heading'));
      const state = await page.evaluate(() => ({
        html: document.documentElement.lang,
        h1: document.querySelector('h1')!.closest('[lang]')!.getAttribute('lang'),
        article: document.querySelector('borger-help article p')!.closest('[lang]')!.getAttribute('lang'),
        guide: document.querySelector('borger-guide')!.closest('[lang]')!.getAttribute('lang'),
        next: document.querySelector('borger-guide')!.shadowRoot!.querySelector('[part="next"]')!.textContent!.trim(),
      }));
      assert.deepEqual(state, { html: 'en', h1: 'da', article: 'da', guide: 'en', next: 'Continue' });
      assert.deepEqual(await axeViolations(page), []);
      // Back to Danish: the marks go away.
      await page.evaluate(() => document.querySelector<HTMLButtonElement>('.lang-switch button[data-lang="da"]')!.click());
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-demo-da]').length), 0);
    } finally {
      await page.close();
    }
  });

  it('the guide and the booking sit one level below their section headings', async () => {
    const { page } = await site.open('/pas.html');
    try {
      await page.waitForFunction(() => document.querySelector('borger-booking')?.shadowRoot?.querySelector('[data-step-heading]'));
      const levels = await page.evaluate(() => ({
        guide: document.querySelector('borger-guide')!.shadowRoot!.querySelector('#guide-title')!.getAttribute('aria-level'),
        booking: document.querySelector('borger-booking')!.shadowRoot!.querySelector('[data-step-heading]')!.getAttribute('aria-level'),
      }));
      assert.deepEqual(levels, { guide: '3', booking: '3' });
    } finally {
      await page.close();
    }
  });

  it("the contact page's booking disclosure shows a marker that it opens", async () => {
    const { page } = await site.open('/kontakt.html');
    try {
      const marker = await page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('.booking-panel > summary')!, '::before');
        return { width: Number.parseFloat(style.width), border: style.borderInlineEndStyle };
      });
      assert.ok(marker.width > 0, 'a chevron is drawn');
      assert.equal(marker.border, 'solid');
    } finally {
      await page.close();
    }
  });

  it("a missing page has the site's layout, status 404, and passes axe", async () => {
    const response = await fetch(`${site.origin}/findes-ikke.html`);
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    const { page } = await site.open('/findes-ikke.html');
    try {
      const parts = await page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent,
        nav: document.querySelector('.site-nav') !== null,
        footer: document.querySelector('.site-footer') !== null,
      }));
      assert.deepEqual(parts, { h1: 'Siden findes ikke', nav: true, footer: true });
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await page.close();
    }
  });

  it("the footer links the project's own accessibility statement", async () => {
    const { page } = await site.open('/kontakt.html');
    try {
      const href = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLAnchorElement>('.site-footer a')].find((a) => a.textContent === 'Tilgængelighedserklæring')!
            .href,
      );
      const response = await fetch(href);
      assert.equal(response.status, 200);
      assert.match(await response.text(), /Tilgængelighed/);
    } finally {
      await page.close();
    }
  });
});

// The journey across widgets on the demo pages: a channel's "Book tid" opens the booking with the
// service and the place chosen; focus follows the citizen to the booking.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DemoSite, startDemoSite } from './harness.js';

describe('hand-over between widgets on the demo pages', () => {
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  it('/kontakt.html: "Book tid" on the town hall opens the booking at the day step, service and place chosen', async () => {
    const { page, problems } = await site.open('/kontakt.html');
    await page.evaluate(() => {
      (window as unknown as { steps: string[] }).steps = [];
      document.addEventListener('borger-booking-step', (event) => (window as unknown as { steps: string[] }).steps.push((event as CustomEvent).detail.step));
    });
    // The citizen picks "Pas" in the channel selector.
    await page.evaluate(() => {
      const select = document.querySelector('borger-channels')!.shadowRoot!.querySelector('select')!;
      select.value = 'pas';
      select.dispatchEvent(new Event('change'));
    });
    await page.waitForFunction(() => document.querySelector('borger-channels')!.shadowRoot!.querySelectorAll('li.channel').length > 0);
    const closedBefore = await page.evaluate(() => !document.querySelector('details.booking-panel')!.hasAttribute('open'));
    assert.equal(closedBefore, true);
    await page.evaluate(() => {
      const card = [...document.querySelector('borger-channels')!.shadowRoot!.querySelectorAll('li.channel')].find((li) => li.textContent!.includes('Rådhuset'))!;
      [...card.querySelectorAll('button')].find((button) => button.textContent!.trim().startsWith('Book tid'))!.click();
    });
    await page.waitForFunction(() => (window as unknown as { steps: string[] }).steps.includes('day'), { timeout: 10000 });
    const state = await page.evaluate(() => {
      const booking = document.querySelector('borger-booking') as HTMLElement & { service?: string; location?: string };
      return {
        open: document.querySelector('details.booking-panel')!.hasAttribute('open'),
        service: booking.service,
        location: booking.location,
        focusInBooking: document.activeElement === booking,
      };
    });
    assert.deepEqual(state, { open: true, service: 'pas', location: 'borgerservice-raadhuset', focusInBooking: true });
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.widgetErrors, []);
    await page.close();
  });
});

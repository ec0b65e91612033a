// Times are absolute instants; the widget shows them on Copenhagen's clock, whatever the browser's
// zone. This file runs twice: in a UTC browser and in one whose clock is in New York.
import { expect, waitUntil } from '@open-wc/testing';
import type { Slot } from '../../src/booking/booking.schema.js';
import { copenhagenOffsetMinutes } from '../../src/core/time.js';
import { newYorkOffsetMinutes, visitorReads } from '../core/visitor-clock.js';
import { FakeBookingProvider, slotsAt } from './fake-provider.js';
import { $, $$, bookingElement, button, next, pick, type, waitForStep } from './helpers.js';

const PLACE = 'borgerservice-raadhuset';

async function timesOn(slots: Slot[], now: string, date: string, lang?: string) {
  const provider = new FakeBookingProvider();
  provider.slots_ = slots;
  const element = await bookingElement({ provider, attributes: { service: 'pas', location: PLACE, now, ...(lang ? { lang } : {}) } });
  await waitUntil(() => $(element, `button.day.free[tabindex="0"][data-date="${date}"]`), `${date} was not the first free day`);
  const label = $(element, `button[data-date="${date}"]`)!.getAttribute('aria-label');
  $<HTMLButtonElement>(element, `button[data-date="${date}"]`)!.click();
  await element.updateComplete;
  await next(element);
  await waitForStep(element, 'time');
  const groups = $$(element, 'fieldset.part').map((group) => [
    group.querySelector('legend')!.textContent!.trim(),
    ...[...group.querySelectorAll('label')].map((l) => l.textContent!.trim()),
  ]);
  return { element, label, groups };
}

describe('<borger-booking> in Copenhagen time, whatever the visitor’s zone', () => {
  it('shows the browser’s zone is not Copenhagen’s (so the next tests mean something)', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zone).not.to.equal('Europe/Copenhagen');
  });

  it('25 October 2026, the day the clocks go back: times on the winter clock, parts of day by wall time', async () => {
    const slots = slotsAt('pas', PLACE, { '2026-10-25': ['10:00', '12:30', '17:00'] });
    expect(slots[0]!.start).to.equal('2026-10-25T10:00:00+01:00');
    const { label, groups } = await timesOn(slots, '2026-10-20T09:00:00+02:00', '2026-10-25');
    expect(label).to.equal('søndag 25. oktober, 3 ledige tider');
    expect(groups).to.deep.equal([
      ['Formiddag', '10.00–10.15'],
      ['Eftermiddag', '12.30–12.45'],
      ['Aften', '17.00–17.15'],
    ]);
  });

  it('29 March 2026, the day the clocks go forward: times on the summer clock', async () => {
    const slots = slotsAt('pas', PLACE, { '2026-03-29': ['10:00', '16:45', '17:00'] });
    expect(slots[0]!.start).to.equal('2026-03-29T10:00:00+02:00');
    const { label, groups } = await timesOn(slots, '2026-03-27T09:00', '2026-03-29');
    expect(label).to.equal('søndag 29. marts, 3 ledige tider');
    expect(groups).to.deep.equal([
      ['Formiddag', '10.00–10.15'],
      ['Eftermiddag', '16.45–17.00'],
      ['Aften', '17.00–17.15'],
    ]);
  });

  it('slots written in UTC or New York time are shown on Copenhagen’s clock and day', async () => {
    const slots: Slot[] = [
      { id: 'a', serviceId: 'pas', locationId: PLACE, start: '2026-11-26T09:00:00Z', end: '2026-11-26T09:15:00Z', remaining: 1 },
      { id: 'b', serviceId: 'pas', locationId: PLACE, start: '2026-11-26T08:00:00-05:00', end: '2026-11-26T08:15:00-05:00', remaining: 1 },
      // 18.30 on the 26th in New York: the 27th in Copenhagen.
      { id: 'c', serviceId: 'pas', locationId: PLACE, start: '2026-11-26T18:30:00-05:00', end: '2026-11-26T18:45:00-05:00', remaining: 1 },
    ];
    const { element, label, groups } = await timesOn(slots, '2026-11-26T08:00:00+01:00', '2026-11-26');
    expect(label).to.equal('torsdag 26. november, 2 ledige tider');
    expect(groups).to.deep.equal([
      ['Formiddag', '10.00–10.15'],
      ['Eftermiddag', '14.00–14.15'],
    ]);
    button(element, '‹ Tilbage').click();
    await waitForStep(element, 'day');
    expect($(element, 'button[data-date="2026-11-27"]')!.getAttribute('aria-label')).to.equal('fredag 27. november, 1 ledig tid');
  });

  it('the check step and the calendar file agree on the DST day', async () => {
    const slots = slotsAt('pas', PLACE, { '2026-10-25': ['10:00'] });
    const { element } = await timesOn(slots, '2026-10-20T09:00:00+02:00', '2026-10-25');
    pick(element, '10.00–10.15');
    await next(element);
    await waitForStep(element, 'details');
    type(element, 'name', 'Mette');
    type(element, 'email', 'mette@example.dk');
    await next(element);
    await waitForStep(element, 'check');
    expect(element.shadowRoot!.textContent).to.include('søndag den 25. oktober 2026 kl. 10.00–10.15');
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    const ics = await (await fetch($<HTMLAnchorElement>(element, 'a[download]')!.href)).text();
    expect(ics).to.include('DTSTART:20261025T090000Z');
    expect(ics).to.include('DTEND:20261025T091500Z');
  });

  it('in English, the same Copenhagen times on the 24-hour clock used in Denmark', async () => {
    const slots = slotsAt('pas', PLACE, { '2026-10-25': ['10:00', '17:00'] });
    const { groups } = await timesOn(slots, '2026-10-20T09:00:00+02:00', '2026-10-25', 'en');
    expect(groups.map((g) => g.map((text) => text.replace(/\s/g, ' ')))).to.deep.equal([
      ['Morning', '10:00–10:15'],
      ['Evening', '17:00–17:15'],
    ]);
  });
});

// Field case 18: the slot at 2026-10-25T08:00Z is 9.00 in Copenhagen (winter time since 03:00 that day).
const FIELD_CASE_18: Slot[] = [
  { id: 's1', serviceId: 'pas', locationId: PLACE, start: '2026-10-25T08:00:00Z', end: '2026-10-25T08:15:00Z', remaining: 1 },
];

async function checkStep(element: Awaited<ReturnType<typeof bookingElement>>) {
  pick(element, '9.00–9.15');
  await next(element);
  await waitForStep(element, 'details');
  type(element, 'name', 'Mette');
  type(element, 'email', 'mette@example.dk');
  await next(element);
  await waitForStep(element, 'check');
}

describe('<borger-booking> says whose clock the times are on (field case 18)', () => {
  describe('a visitor in New York', () => {
    visitorReads(newYorkOffsetMinutes);

    it('the times say "dansk tid", and the check step too', async () => {
      const { element, groups } = await timesOn(FIELD_CASE_18, '2026-10-20T09:00', '2026-10-25');
      expect(groups).to.deep.equal([['Formiddag', '9.00–9.15']]);
      expect($(element, '.times-legend')!.textContent!.trim()).to.equal('Ledige tider søndag 25. oktober (dansk tid)');
      await checkStep(element);
      expect(element.shadowRoot!.textContent).to.include('søndag den 25. oktober 2026 kl. 9.00–9.15 (dansk tid)');
    });

    it('in English: "Danish time"', async () => {
      const { element } = await timesOn(FIELD_CASE_18, '2026-10-20T09:00', '2026-10-25', 'en');
      expect($(element, '.times-legend')!.textContent!.trim()).to.match(/^Free times on Sunday,? 25 October \(Danish time\)$/);
    });
  });

  describe('a visitor in Copenhagen', () => {
    visitorReads(copenhagenOffsetMinutes);

    it('gets the same times and nothing extra', async () => {
      const { element, groups } = await timesOn(FIELD_CASE_18, '2026-10-20T09:00', '2026-10-25');
      expect(groups).to.deep.equal([['Formiddag', '9.00–9.15']]);
      expect($(element, '.times-legend')!.textContent!.trim()).to.equal('Ledige tider søndag 25. oktober');
      await checkStep(element);
      expect(element.shadowRoot!.textContent).to.include('søndag den 25. oktober 2026 kl. 9.00–9.15');
      expect(element.shadowRoot!.textContent).not.to.include('dansk tid');
    });
  });

  describe('a visitor on the device’s own clock (this browser: UTC or New York)', () => {
    it('is told', async () => {
      const { element } = await timesOn(FIELD_CASE_18, '2026-10-20T09:00', '2026-10-25');
      expect($(element, '.times-legend')!.textContent).to.include('(dansk tid)');
    });
  });
});

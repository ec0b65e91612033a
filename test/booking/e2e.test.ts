// End to end: <borger-booking> against the real reference server (server/) over HTTP. The
// server runs in the test runner's process (test/booking/server-plugin.mjs), on SQLite in memory,
// with its clock fixed at Thursday 26 November 2026, 09:00. Book, view, move and cancel, all
// through the UI; the API is then asked directly whether the UI told the truth.
import { expect, waitUntil } from '@open-wc/testing';
import { parseManageFragment } from '../../src/booking/booking.flow.js';
import type { BorgerBooking } from '../../src/booking/index.js';
import { shadowText } from '../shared/widget-suite.js';
import { $, $$, bookingElement, button, chooseFirstDay, headingText, next, pick, type, waitForStep } from './helpers.js';

interface Api {
  url: string;
  now: string;
}

async function referenceApi(): Promise<Api> {
  const response = await fetch('/__booking-api-url');
  if (!response.ok) {
    throw new Error(
      'The reference booking server is not running: add bookingServerPlugin() from test/booking/server-plugin.mjs to the plugins of web-test-runner.config.mjs.',
    );
  }
  return (await response.json()) as Api;
}

async function apiBooking(api: Api, id: string, token: string): Promise<Record<string, string>> {
  const response = await fetch(`${api.url}/bookings/${encodeURIComponent(id)}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).to.equal(200);
  return ((await response.json()) as { booking: Record<string, string> }).booking;
}

/** The first free time on the chosen day, as its label says. */
function firstTime(element: BorgerBooking): string {
  return $$(element, '.slot label')[0]!.textContent!.trim();
}

describe('<borger-booking> against the reference server', () => {
  it('books, shows, moves and cancels a time through the UI', async () => {
    const api = await referenceApi();
    const element = await bookingElement({ provider: null, attributes: { api: api.url, now: api.now } });
    await waitUntil(() => $$(element, 'input[type="radio"]').length > 0, 'services did not load from the server');

    // Book.
    pick(element, 'Pas');
    await next(element);
    await waitForStep(element, 'place');
    expect(shadowText(element)).to.include('Krystalgade 15, 1172 København K');
    pick(element, 'Borgerservice, Rådhuset');
    await next(element);
    await waitForStep(element, 'day');
    expect(await chooseFirstDay(element, 'no free day from the server')).to.equal('2026-11-26');
    await next(element);
    await waitForStep(element, 'time');
    expect(firstTime(element)).to.equal('10.00–10.15');
    pick(element, '10.00–10.15');
    await next(element);
    await waitForStep(element, 'details');
    type(element, 'name', 'Mette Hansen');
    type(element, 'email', 'mette@example.dk');
    await next(element);
    await waitForStep(element, 'check');
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    const code = $(element, '[part="code"]')!.textContent!;
    expect(code).to.match(/^[A-Z0-9-]{4,}$/);
    expect($(element, '[part="bring"]')!.textContent).to.include('Dit gamle pas');
    const link = parseManageFragment(new URL($<HTMLAnchorElement>(element, '[part="manage-link"]')!.href).hash)!;
    const booked = await apiBooking(api, link.id, link.token);
    expect(booked).to.include({
      code,
      serviceId: 'pas',
      locationId: 'borgerservice-raadhuset',
      start: '2026-11-26T10:00:00+01:00',
      status: 'confirmed',
    });

    // Open the manage link in a fresh element, as the citizen would days later.
    const manage = await bookingElement({
      provider: null,
      attributes: { api: api.url, now: api.now, 'booking-id': link.id, token: link.token },
    });
    await waitUntil(() => shadowText(manage).includes(code), 'the booking did not load from its link');
    expect(headingText(manage)).to.equal('Din booking');
    expect(shadowText(manage)).to.include('torsdag den 26. november 2026 kl. 10.00–10.15');
    expect(shadowText(manage)).to.include('Bekræftet');

    // Move it to the next day.
    button(manage, 'Flyt tiden').click();
    await waitForStep(manage, 'reschedule-day');
    await waitUntil(() => $(manage, 'button[data-date="2026-11-27"]:not([aria-disabled])'), 'no free times on the 27th');
    $<HTMLButtonElement>(manage, 'button[data-date="2026-11-27"]')!.click();
    await next(manage);
    await waitForStep(manage, 'reschedule-time');
    pick(manage, firstTime(manage));
    await next(manage);
    await waitForStep(manage, 'reschedule-check');
    button(manage, 'Flyt tiden').click();
    await waitForStep(manage, 'view');
    expect($(manage, '[part="notice"]')!.textContent).to.equal('Tiden er flyttet.');
    expect(shadowText(manage)).to.include('fredag den 27. november 2026 kl. 10.00–10.15');
    expect(await apiBooking(api, link.id, link.token)).to.include({ start: '2026-11-27T10:00:00+01:00', status: 'confirmed' });

    // Cancel it, after the confirm step.
    button(manage, 'Aflys tiden').click();
    await waitForStep(manage, 'cancel-confirm');
    button(manage, 'Ja, aflys tiden').click();
    await waitForStep(manage, 'cancelled');
    expect(await apiBooking(api, link.id, link.token)).to.include({ status: 'cancelled' });

    // A wrong token gets the same polite answer as an unknown booking.
    const wrong = await bookingElement({
      provider: null,
      attributes: { api: api.url, now: api.now, 'booking-id': link.id, token: 'not-the-token-at-all-000' },
    });
    await waitUntil(() => headingText(wrong) === 'Vi kan ikke finde bookingen', 'a wrong token was not refused');
  });
});

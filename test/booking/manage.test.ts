// Manage mode: a booking opened from its link is shown, cancelled (after a confirm step) or moved.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { HttpBookingProvider } from '../../src/booking/http-provider.js';
import { BookingError } from '../../src/booking/provider.js';
import { shadowText } from '../shared/widget-suite.js';
import { FakeBookingProvider, TOKEN } from './fake-provider.js';
import {
  $,
  $$,
  activeInShadow,
  bookingElement,
  button,
  chooseFirstDay,
  headingText,
  next,
  pick,
  rowTexts,
  stepOf,
  toCheck,
  waitForStep,
} from './helpers.js';
import { managedElement } from './states.js';

const rows = rowTexts;

describe('<borger-booking> manage mode', () => {
  it('shows the booking: code, service, place, time and status', async () => {
    const { element, provider } = await managedElement();
    expect(headingText(element)).to.equal('Din booking');
    expect(rows(element)).to.deep.equal([
      'Bookingkode M4NG3D',
      'Hvad Pas',
      'Sted Borgerservice, Rådhuset Rådhuspladsen 1, 1550 København V',
      'Tid torsdag den 26. november 2026 kl. 13.00–13.15 (dansk tid)',
      'Status Bekræftet',
    ]);
    expect(provider.callsOf('get')[0]!.args).to.deep.equal(['bk-1', TOKEN]);
    // No step counter outside a sequence, no way back from the start.
    expect($(element, '[part="progress"]')).to.equal(null);
    expect($(element, '[part="back"]')).to.equal(null);
  });

  it('cancels only after a confirm step; "Nej" keeps it', async () => {
    const { element, provider } = await managedElement();
    button(element, 'Aflys tiden').click();
    await waitForStep(element, 'cancel-confirm');
    expect(headingText(element)).to.equal('Vil du aflyse tiden?');
    expect(activeInShadow(element)).to.equal($(element, '[data-step-heading]'));
    button(element, 'Nej, behold tiden').click();
    await waitForStep(element, 'view');
    expect(provider.callsOf('cancel')).to.have.length(0);

    button(element, 'Aflys tiden').click();
    await waitForStep(element, 'cancel-confirm');
    const cancelled = oneEvent(element, 'borger-booking-cancelled');
    button(element, 'Ja, aflys tiden').click();
    const event = await cancelled;
    await waitForStep(element, 'cancelled');
    expect(event.detail.booking).to.deep.equal({
      id: 'bk-1',
      code: 'M4NG3D',
      serviceId: 'pas',
      locationId: 'borgerservice-raadhuset',
      start: '2026-11-26T13:00:00+01:00',
      end: '2026-11-26T13:15:00+01:00',
    });
    expect(provider.callsOf('cancel')).to.have.length(1);
    expect(rows(element)).to.include('Status Aflyst');
    expect(shadowText(element)).to.include('Du behøver ikke gøre mere.');
  });

  it('a cancel that fails keeps the confirm step and offers a retry', async () => {
    const { element, provider } = await managedElement();
    button(element, 'Aflys tiden').click();
    await waitForStep(element, 'cancel-confirm');
    provider.failNext('cancel', new BookingError('network', 'offline'));
    button(element, 'Ja, aflys tiden').click();
    await waitUntil(() => $(element, '[part="error"]'));
    expect(stepOf(element)).to.equal('cancel-confirm');
    button(element, 'Prøv igen').click();
    await waitForStep(element, 'cancelled');
  });

  it('moves the booking through day and time, showing the current time, then confirms the move', async () => {
    const { element, provider } = await managedElement();
    button(element, 'Flyt tiden').click();
    await waitForStep(element, 'reschedule-day');
    expect($(element, '[part="current"]')!.textContent).to.equal('Din tid nu: torsdag den 26. november 2026 kl. 13.00–13.15 (dansk tid)');
    expect($(element, '[part="progress"]')!.textContent).to.equal('Trin 1 af 3');
    $<HTMLButtonElement>(element, 'button[data-date="2026-11-27"]')!.click();
    await next(element);
    await waitForStep(element, 'reschedule-time');
    expect($(element, '[part="current"]')).to.exist;
    pick(element, '10.00–10.15');
    await next(element);
    await waitForStep(element, 'reschedule-check');
    expect(rows(element)).to.deep.equal([
      'Hvad Pas',
      'Sted Borgerservice, Rådhuset Rådhuspladsen 1, 1550 København V',
      'Fra torsdag den 26. november 2026 kl. 13.00–13.15 (dansk tid)',
      'Til fredag den 27. november 2026 kl. 10.00–10.15 (dansk tid)',
    ]);
    const moved = oneEvent(element, 'borger-booking-rescheduled');
    button(element, 'Flyt tiden').click();
    const event = await moved;
    await waitForStep(element, 'view');
    expect(event.detail.booking.start).to.equal('2026-11-27T10:00:00+01:00');
    expect(provider.callsOf('reschedule')[0]!.args).to.deep.equal(['bk-1', TOKEN, 'borgerservice-raadhuset:pas:2026-11-27T10:00:00+01:00']);
    expect($(element, '[part="notice"]')!.textContent).to.equal('Tiden er flyttet.');
    expect(rows(element)).to.include('Tid fredag den 27. november 2026 kl. 10.00–10.15 (dansk tid)');
  });

  it('does not offer the time the booking already has', async () => {
    const { element } = await managedElement();
    button(element, 'Flyt tiden').click();
    await waitForStep(element, 'reschedule-day');
    expect($(element, 'button[data-date="2026-11-26"]')!.getAttribute('aria-label')).to.equal('torsdag 26. november, 3 ledige tider');
    await chooseFirstDay(element);
    await next(element);
    await waitForStep(element, 'reschedule-time');
    const times = $$(element, '.slot label').map((label) => label.textContent!.trim());
    expect(times).to.deep.equal(['10.00–10.15', '10.15–10.30', '17.30–17.45']);
  });

  it('a time taken while moving: back to the times with a message', async () => {
    const { element, provider } = await managedElement();
    button(element, 'Flyt tiden').click();
    await waitForStep(element, 'reschedule-day');
    await chooseFirstDay(element);
    await next(element);
    await waitForStep(element, 'reschedule-time');
    pick(element, '10.15–10.30');
    await next(element);
    await waitForStep(element, 'reschedule-check');
    provider.failNext('reschedule', new BookingError('slot_taken', 'taken', { status: 409 }));
    button(element, 'Flyt tiden').click();
    await waitForStep(element, 'reschedule-time');
    expect($(element, '[part="notice"]')!.textContent).to.include('En anden nåede lige at booke');
  });

  it('a wrong token or unknown booking gets one polite message and a way to book anew', async () => {
    const element = await bookingElement({ attributes: { 'booking-id': 'bk-1', token: 'not-the-token-000000' } });
    await waitUntil(() => headingText(element) === 'Vi kan ikke finde bookingen');
    expect(shadowText(element)).to.include('Linket virker ikke');
    button(element, 'Book en ny tid').click();
    await waitForStep(element, 'service');
  });

  it('reads #booking=ID&token=T from the page URL with manage-from-url', async () => {
    const provider = new FakeBookingProvider();
    const booking = provider.seedBooking(provider.slots_[0]!);
    const before = window.location.hash;
    window.location.hash = `booking=${booking.id}&token=${TOKEN}`;
    try {
      const element = await bookingElement({ provider, attributes: { 'manage-from-url': '' } });
      await waitForStep(element, 'view');
      expect(rows(element)).to.include(`Bookingkode ${booking.code}`);
    } finally {
      window.location.hash = before;
    }
  });

  it('follows the fragment when it changes', async () => {
    const provider = new FakeBookingProvider();
    const booking = provider.seedBooking(provider.slots_[1]!);
    const element = await bookingElement({ provider, attributes: { 'manage-from-url': '' } });
    expect(stepOf(element)).to.equal('service');
    const before = window.location.hash;
    try {
      window.location.hash = `booking=${booking.id}&token=${TOKEN}`;
      await waitForStep(element, 'view');
    } finally {
      window.location.hash = before;
    }
  });

  it('sends the token only as the Authorization header, never in a URL', async () => {
    const requests: { url: string; headers: Headers }[] = [];
    const provider = new HttpBookingProvider('https://booking.example.dk/v1', {
      fetch: async (url, init) => {
        requests.push({ url, headers: new Headers(init.headers) });
        return new Response(JSON.stringify({ error: { code: 'not_found', message: 'No such booking.' } }), { status: 404 });
      },
    });
    const element = await bookingElement({ provider, attributes: { 'booking-id': 'bk 7', token: 'secret-token-1234567890' } });
    await waitUntil(() => headingText(element) === 'Vi kan ikke finde bookingen');
    const bookingRequests = requests.filter((r) => r.url.includes('/bookings/'));
    expect(bookingRequests).to.have.length(1);
    expect(bookingRequests[0]!.url).to.equal('https://booking.example.dk/v1/bookings/bk%207');
    expect(bookingRequests[0]!.headers.get('Authorization')).to.equal('Bearer secret-token-1234567890');
    expect(requests.every((r) => !r.url.includes('secret-token'))).to.equal(true);
  });

  it('from the confirmation, "Aflys tiden" goes straight to the confirm step without asking the server again', async () => {
    const provider = new FakeBookingProvider();
    const element = await bookingElement({ provider });
    await toCheck(element);
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    button(element, 'Aflys tiden').click();
    await waitForStep(element, 'cancel-confirm');
    expect(provider.callsOf('get')).to.have.length(0);
    button(element, 'Ja, aflys tiden').click();
    await waitForStep(element, 'cancelled');
    expect(provider.bookings.get('bk-1')!.booking.status).to.equal('cancelled');
  });

  it('a cancelled booking offers a new booking, not a move', async () => {
    const provider = new FakeBookingProvider();
    const booking = provider.seedBooking(provider.slots_[0]!);
    await provider.cancel(booking.id, TOKEN);
    const element = await bookingElement({ provider, attributes: { 'booking-id': booking.id, token: TOKEN } });
    await waitForStep(element, 'view');
    expect(rows(element)).to.include('Status Aflyst');
    expect(() => button(element, 'Flyt tiden')).to.throw();
    button(element, 'Book en ny tid');
  });
});

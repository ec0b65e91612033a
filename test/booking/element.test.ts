import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { BorgerBooking } from '../../src/booking/index.js';
import { BookingError } from '../../src/booking/provider.js';
import { handOff } from '../../src/core/handoff.js';
import { headingLevels, runWidgetSuite, shadowText } from '../shared/widget-suite.js';
import { FakeBookingProvider, NOW, TOKEN } from './fake-provider.js';
import {
  $,
  $$,
  activeInShadow,
  bookingElement,
  button,
  chooseFirstDay,
  firstOfferedDay,
  headingText,
  next,
  pick,
  ready,
  rowTexts,
  stepOf,
  toCheck,
  type,
  waitForStep,
} from './helpers.js';
import { BOOKING_STATES } from './states.js';

/** A provider holding one booking made earlier (id "bk-1"). */
function providerWithBooking(): FakeBookingProvider {
  const provider = new FakeBookingProvider();
  provider.seedBooking(provider.slots_[0]!, 'M4NG3D');
  return provider;
}
const showsManagedBooking = async (element: HTMLElement) => {
  await waitForStep(element, 'view');
  expect(rowTexts(element)).to.include('Bookingkode M4NG3D');
};

runWidgetSuite({
  tag: 'borger-booking',
  content: () => ({
    privacy: { da: 'Vi sletter dine oplysninger 30 dage efter din tid.', en: 'We delete your details 30 days after your appointment.' },
    phone: { phone: '+45 33 66 33 66', label: { da: 'Ring til Borgerservice', en: 'Call Citizen Service' }, hours: 'Hverdage kl. 9–14' },
  }),
  // A read-only API as static files: the suite configures elements by attributes alone.
  attributes: { api: '/test/booking/fixtures/api', now: NOW },
  invalid: { content: { phone: { phone: 'ring til os' } }, path: '$.phone.phone' },
  languageProbe: { da: 'Hvad vil du booke tid til?', en: 'What would you like to book?' },
  properties: {
    element: BorgerBooking,
    scenarios: [
      {
        name: 'provider, service, location, now, heading-level, manage-href, handoff',
        set: () => ({
          provider: new FakeBookingProvider(),
          service: 'pas',
          location: 'borgerservice-raadhuset',
          now: NOW,
          headingLevel: 4,
          manageHref: 'https://www.kk.dk/min-booking',
          handoff: { service: 'pas', from: { kind: 'guide', element: document.body } },
        }),
        shows: async (element) => {
          await waitForStep(element, 'day');
          expect($(element, '[part="origin"]'), 'the way back of the hand-over').to.exist;
          expect(shadowText(element).toLowerCase(), 'the month of `now`').to.include('november 2026');
          expect(Math.min(...headingLevels(element)), 'top heading level').to.equal(4);
        },
      },
      {
        name: 'handoff (from the channel selector: the way back is offered)',
        attributes: { now: NOW },
        set: () => ({
          provider: new FakeBookingProvider(),
          service: 'pas',
          location: 'borgerservice-raadhuset',
          handoff: { service: 'pas', from: { kind: 'channels', element: document.body } },
        }),
        shows: async (element) => {
          await waitForStep(element, 'day');
          expect(shadowText(element), 'the way back to the channels').to.include('Tilbage til kontaktmulighederne');
        },
      },
      {
        name: 'api and content (the services offered, in its order)',
        attributes: { now: NOW },
        set: () => ({ api: '/test/booking/fixtures/api', content: { services: ['koerekort', 'pas'] } }),
        shows: async (element) => {
          await waitForStep(element, 'service');
          expect($$(element, 'label').map((label) => label.textContent!.trim())).to.deep.equal(['Kørekort', 'Pas']);
        },
      },
      {
        name: 'provider, booking-id, token',
        attributes: { now: NOW },
        set: () => ({ provider: providerWithBooking(), bookingId: 'bk-1', token: TOKEN }),
        shows: showsManagedBooking,
      },
      {
        name: 'provider, manage-from-url',
        attributes: { now: NOW },
        arrange: () => {
          const before = location.hash;
          history.replaceState(history.state, '', `#booking=bk-1&token=${TOKEN}`);
          return () => history.replaceState(history.state, '', before || location.pathname + location.search);
        },
        set: () => ({ provider: providerWithBooking(), manageFromUrl: true }),
        shows: showsManagedBooking,
      },
      {
        name: 'src (no provider: the content phone is offered)',
        attributes: { now: NOW },
        set: () => ({ src: '/demo/content/booking.json' }),
        reportsProblem: true,
        shows: (element) => waitUntil(() => element.shadowRoot?.querySelector('a[href="tel:+4533663366"]'), 'content phone not shown'),
      },
    ],
  },
  states: BOOKING_STATES,
});

describe('<borger-booking>', () => {
  it('works without content, with default privacy text', async () => {
    const element = await bookingElement({ attributes: { service: 'pas', location: 'borgerservice-raadhuset' } });
    expect(element.contentState.status).to.equal('empty');
    expect(stepOf(element)).to.equal('day');
    await chooseFirstDay(element);
    await next(element);
    await waitForStep(element, 'time');
    pick(element, '10.00–10.15');
    await next(element);
    await waitForStep(element, 'details');
    expect($(element, '[part="privacy"]')!.textContent).to.include('Skriv ikke dit CPR-nummer');
  });

  it('shows the content privacy text and offers only the content services, in its order', async () => {
    const element = await bookingElement({ content: { privacy: 'Vi gemmer kun det nødvendige.', services: ['koerekort', 'pas'] } });
    const labels = $$(element, 'label').map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['Kørekort', 'Pas']);
    await toCheck(element);
    button(element, 'Skift navn').click();
    await waitForStep(element, 'details');
    expect($(element, '[part="privacy"]')!.textContent).to.include('Vi gemmer kun det nødvendige.');
  });

  it('lists places with name, kind, address and accessibility note', async () => {
    const element = await bookingElement({ attributes: { service: 'pas' } });
    expect(stepOf(element)).to.equal('place');
    const choice = $$(element, '.choice')[0]!;
    expect(choice.textContent).to.include('Borgerservice, Rådhuset');
    expect(choice.textContent).to.include('Borgerservice');
    expect(choice.textContent).to.include('Rådhuspladsen 1, 1550 København V');
    expect(choice.textContent).to.include('Tilgængelighed: Indgang uden trin fra Rådhuspladsen.');
    const input = choice.querySelector('input')!;
    expect(element.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.include('Rådhuspladsen 1');
    expect($$(element, '.choice')[1]!.textContent).to.include('Bibliotek med borgerservice');
  });

  it('skips the steps the page has decided and counts only the rest', async () => {
    const element = await bookingElement({ attributes: { service: 'pas', location: 'borgerservice-raadhuset' } });
    expect(stepOf(element)).to.equal('day');
    expect($(element, '[part="progress"]')!.textContent).to.equal('Trin 1 af 4');
    // Back on the first shown step goes nowhere: there is no button.
    expect($(element, '[part="back"]')).to.equal(null);
  });

  it('a `now` that names no moment means the real time, told once with console.warn; Copenhagen wall-clock time works', async () => {
    const warnings: unknown[][] = [];
    const before = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await bookingElement({ attributes: { service: 'pas', location: 'borgerservice-raadhuset', now: 'i morgen' } });
      await firstOfferedDay(element);
      await chooseFirstDay(element);
      await element.updateComplete;
      const told = warnings.filter((call) => String(call[0]).includes('now='));
      expect(told.map((call) => call[0])).to.deep.equal([
        '<borger-booking> now="i morgen" is not an ISO 8601 date-time like "2026-12-24T10:00:00+01:00"; using the real time.',
      ]);
    } finally {
      console.warn = before;
    }
    // Without an offset: 09:00 in Copenhagen, so the 25th is past and the 26th is today.
    const local = await bookingElement({ attributes: { service: 'pas', location: 'borgerservice-raadhuset', now: '2026-11-26T09:00' } });
    await firstOfferedDay(local);
    expect($(local, 'button.day[data-date="2026-11-25"]')!.getAttribute('aria-label')).to.include('forbi');
    expect($(local, 'button.day[data-date="2026-11-26"]')!.getAttribute('aria-label')).not.to.include('forbi');
  });

  it('falls back to choosing when the page names a service the API does not have', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const element = await bookingElement({ attributes: { service: 'hundelicens' } });
      await waitUntil(() => stepOf(element) === 'service');
      expect($(element, '[part="notice"]')!.textContent).to.include('Vælg selv');
      expect(String((errors[0] as unknown[])[0])).to.include('hundelicens');
    } finally {
      console.error = original;
    }
  });

  it('moves focus to the new step heading, announces the step and has "Tilbage"', async () => {
    const element = await bookingElement();
    pick(element, 'Pas');
    await next(element);
    await waitForStep(element, 'place');
    expect(activeInShadow(element)).to.equal($(element, '[data-step-heading]'));
    expect(headingText(element)).to.equal('Hvor vil du møde op?');
    expect($(element, '[role="status"]')!.textContent).to.equal('Trin 2 af 6');
    button(element, '‹ Tilbage').click();
    await waitForStep(element, 'service');
    expect(activeInShadow(element)).to.equal($(element, '[data-step-heading]'));
    // The choice made is still there.
    expect($<HTMLInputElement>(element, '#service-0')!.checked).to.equal(true);
  });

  it('fires borger-booking-step on each step change', async () => {
    const element = await bookingElement();
    const steps: string[] = [];
    element.addEventListener('borger-booking-step', (event) => steps.push(event.detail.step));
    await toCheck(element);
    expect(steps).to.deep.equal(['place', 'day', 'time', 'details', 'check']);
  });

  it('asks for a choice before going on, with an error summary that links to it', async () => {
    const element = await bookingElement();
    await next(element);
    expect(stepOf(element)).to.equal('service');
    const summary = $(element, '[data-error-summary]')!;
    expect(activeInShadow(element)).to.equal(summary);
    expect(summary.textContent).to.include('Vælg, hvad du vil booke tid til');
    summary.querySelector('a')!.click();
    expect(activeInShadow(element)).to.equal($(element, '#service-0'));
    expect($(element, 'fieldset')!.getAttribute('aria-describedby')).to.equal('choice-error');
  });

  it('shows the check step with everything and a change link per row', async () => {
    const element = await bookingElement();
    await toCheck(element, { name: 'Mette Hansen', email: 'mette@example.dk', phone: '12 34 56 78' });
    const rows = rowTexts(element);
    expect(rows).to.deep.equal([
      'Hvad Pas Skift hvad du booker',
      'Sted Borgerservice, Rådhuset Rådhuspladsen 1, 1550 København V Skift sted',
      'Tid torsdag den 26. november 2026 kl. 10.00–10.15 (dansk tid) Skift dag og tid',
      'Navn Mette Hansen Skift navn',
      'Kontakt mette@example.dk 12 34 56 78 Skift kontaktoplysninger',
    ]);
  });

  it('a change from the check step returns to it once everything is chosen again', async () => {
    const element = await bookingElement();
    await toCheck(element);
    button(element, 'Skift dag og tid').click();
    await waitForStep(element, 'day');
    // Choose another day: the time must be chosen again, then straight back to the check.
    $<HTMLButtonElement>(element, 'button[data-date="2026-11-27"]')!.click();
    await next(element);
    await waitForStep(element, 'time');
    pick(element, '10.00–10.15');
    await next(element);
    await waitForStep(element, 'check');
    expect(shadowText(element)).to.include('fredag den 27. november 2026 kl. 10.00–10.15');
    expect(shadowText(element)).to.include('Mette Hansen');
  });

  it('books with an Idempotency-Key and confirms with code, bring list, calendar file and manage link', async () => {
    const provider = new FakeBookingProvider();
    const element = await bookingElement({ provider });
    await toCheck(element);
    const confirmed = oneEvent(element, 'borger-booking-confirmed');
    button(element, 'Book tiden').click();
    const event = await confirmed;
    await waitForStep(element, 'confirmation');
    const [body, key] = provider.callsOf('create')[0]!.args as [Record<string, unknown>, string];
    expect(body).to.deep.equal({
      slotId: 'borgerservice-raadhuset:pas:2026-11-26T10:00:00+01:00',
      name: 'Mette Hansen',
      email: 'mette@example.dk',
      lang: 'da',
    });
    expect(key).to.match(/^[0-9a-f-]{36}$/);
    const booking = provider.bookings.get('bk-1')!.booking;
    expect($(element, '[part="code"]')!.textContent).to.equal(booking.code);
    expect($(element, '[part="bring"]')!.textContent).to.include('Dit gamle pas');
    const download = $<HTMLAnchorElement>(element, 'a[download]')!;
    expect(download.getAttribute('download')).to.equal(`pas-${booking.code.toLowerCase()}.ics`);
    const ics = await (await fetch(download.href)).text();
    expect(ics).to.include('DTSTART:20261126T090000Z');
    expect(ics).to.include(`UID:bk-1@borger-booking`);
    const manage = $<HTMLAnchorElement>(element, '[part="manage-link"]')!;
    expect(new URL(manage.href).hash).to.equal('#booking=bk-1&token=tok-4f1c2a9e-secret-token');
    // The event carries the booking, and nothing personal.
    expect(event.detail).to.deep.equal({
      booking: {
        id: 'bk-1',
        code: booking.code,
        serviceId: 'pas',
        locationId: 'borgerservice-raadhuset',
        start: booking.start,
        end: booking.end,
      },
    });
    expect(JSON.stringify(event.detail)).not.to.match(/Mette|example\.dk|tok-/);
    expect(event.composed).to.equal(true);
  });

  it('no event ever carries the name, e-mail, phone or token', async () => {
    const provider = new FakeBookingProvider();
    const element = await bookingElement({ provider });
    const details: unknown[] = [];
    for (const name of [
      'borger-booking-step',
      'borger-booking-confirmed',
      'borger-booking-cancelled',
      'borger-booking-rescheduled',
      'borger-booking-error',
    ] as const) {
      element.addEventListener(name, (event) => details.push({ name, detail: event.detail }));
    }
    await toCheck(element, { name: 'Mette Hansen', email: 'mette@example.dk', phone: '12 34 56 78' });
    provider.failNext('create', new BookingError('network', 'offline'));
    button(element, 'Book tiden').click();
    await waitUntil(() => $(element, '[part="error"]'));
    button(element, 'Prøv igen').click();
    await waitForStep(element, 'confirmation');
    button(element, 'Flyt tiden').click();
    await waitForStep(element, 'reschedule-day');
    await chooseFirstDay(element);
    await next(element);
    await waitForStep(element, 'reschedule-time');
    pick(element, '10.15–10.30');
    await next(element);
    await waitForStep(element, 'reschedule-check');
    button(element, 'Flyt tiden').click();
    await waitForStep(element, 'view');
    button(element, 'Aflys tiden').click();
    await waitForStep(element, 'cancel-confirm');
    button(element, 'Ja, aflys tiden').click();
    await waitForStep(element, 'cancelled');
    const names = details.map((entry) => (entry as { name: string }).name);
    expect(names).to.include.members([
      'borger-booking-confirmed',
      'borger-booking-rescheduled',
      'borger-booking-cancelled',
      'borger-booking-error',
    ]);
    expect(JSON.stringify(details)).not.to.match(/Mette|example\.dk|12 34 56 78|tok-/);
  });

  it('drops the personal details from memory once booked', async () => {
    const element = await bookingElement();
    await toCheck(element);
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    expect(JSON.stringify(element.flow)).not.to.include('Mette');
  });

  it('uses manage-href for the manage link', async () => {
    const element = await bookingElement({ attributes: { 'manage-href': 'https://www.kk.dk/min-booking' } });
    await toCheck(element);
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    expect($<HTMLAnchorElement>(element, '[part="manage-link"]')!.href).to.equal(
      'https://www.kk.dk/min-booking#booking=bk-1&token=tok-4f1c2a9e-secret-token',
    );
  });

  it('takes service and location from a hand-over and focuses its heading', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    const element = await bookingElement({ parent: host });
    expect(stepOf(element)).to.equal('service');
    document.body.focus();
    handOff({ kind: 'booking', service: 'pas', location: 'bibliotek-valby' });
    await waitForStep(element, 'day');
    await waitUntil(() => activeInShadow(element) === $(element, '[data-step-heading]'), 'heading not focused after hand-over');
    expect(element.service).to.equal('pas');
    expect(element.getAttribute('location')).to.equal('bibliotek-valby');
  });

  it('keeps typed details when the page hands over a new service', async () => {
    const element = await bookingElement();
    await toCheck(element);
    element.service = 'koerekort';
    await waitForStep(element, 'place');
    expect(element.flow.details.name).to.equal('Mette Hansen');
  });

  it('says politely when it has no booking API, and logs why once', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const element = document.createElement('borger-booking');
      element.setAttribute('fallback-phone', '+45 33 66 33 66');
      (await fixture<HTMLDivElement>(document.createElement('div'))).append(element);
      await ready(element);
      expect($(element, '[part="error"]')!.textContent).to.include('Booking virker ikke på denne side lige nu.');
      expect($(element, 'a[href="tel:+4533663366"]')).to.exist;
      // The console hears about it once the page has had a moment to set a provider.
      await waitUntil(() => errors.length > 0, 'no console.error about the missing api', { timeout: 3000 });
      await aTimeout(1200);
      expect(errors).to.have.length(1);
      expect(String(errors[0]![0])).to.include('api');
      await expect(element).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('talks to an api URL through the HTTP provider', async () => {
    const element = document.createElement('borger-booking');
    element.setAttribute('api', '/test/booking/fixtures/api');
    element.setAttribute('now', NOW);
    element.setAttribute('service', 'pas');
    element.setAttribute('location', 'borgerservice-raadhuset');
    (await fixture<HTMLDivElement>(document.createElement('div'))).append(element);
    const day = await firstOfferedDay(element, 'calendar did not load over HTTP');
    expect(day.getAttribute('aria-label')).to.equal('torsdag 26. november, 2 ledige tider');
  });

  it('renders English completely', async () => {
    const element = await bookingElement({ attributes: { lang: 'en' } });
    expect(headingText(element)).to.equal('What would you like to book?');
    pick(element, 'Passport');
    button(element, 'Continue').click();
    await waitForStep(element, 'place');
    expect(shadowText(element)).to.include('Citizen Service, City Hall');
    expect(shadowText(element)).to.include('Accessibility: Step-free entrance from the square.');
  });

  it('details never take a CPR number, and say so kindly', async () => {
    const element = await bookingElement({ attributes: { service: 'pas', location: 'borgerservice-raadhuset' } });
    await chooseFirstDay(element);
    await next(element);
    await waitForStep(element, 'time');
    pick(element, '10.00–10.15');
    await next(element);
    await waitForStep(element, 'details');
    type(element, 'name', 'Mette 0101901234');
    type(element, 'phone', '010190-1234');
    await next(element);
    expect(stepOf(element)).to.equal('details');
    expect($(element, '#name-error')!.textContent).to.include('Skriv ikke dit CPR-nummer');
    expect($(element, '#phone-error')!.textContent).to.include('Skriv ikke dit CPR-nummer');
    expect($(element, '#name')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#name')!.getAttribute('aria-describedby')).to.equal('name-hint name-error');
    // A valid Danish number with country code (ten digits in a row) is not mistaken for one.
    type(element, 'name', 'Mette');
    type(element, 'phone', '+4512345678');
    await next(element);
    await waitForStep(element, 'check');
  });

  it('asks for an e-mail or a phone number, and either is enough', async () => {
    const element = await bookingElement({ attributes: { service: 'pas', location: 'borgerservice-raadhuset' } });
    await chooseFirstDay(element);
    await next(element);
    await waitForStep(element, 'time');
    pick(element, '10.00–10.15');
    await next(element);
    await waitForStep(element, 'details');
    type(element, 'name', 'Mette');
    await next(element);
    const summary = $(element, '[data-error-summary]')!;
    expect(summary.textContent).to.include('Skriv din e-mail eller dit mobilnummer');
    expect(activeInShadow(element)).to.equal(summary);
    type(element, 'phone', '12345678');
    await element.updateComplete;
    // Fixed while typing: the error goes away without another attempt.
    expect($(element, '[data-error-summary]')).to.equal(null);
    await next(element);
    await waitForStep(element, 'check');
  });

  it('inputs carry autocomplete and inputmode', async () => {
    const element = await bookingElement({ attributes: { service: 'pas', location: 'borgerservice-raadhuset' } });
    await chooseFirstDay(element);
    await next(element);
    await waitForStep(element, 'time');
    pick(element, '10.00–10.15');
    await next(element);
    await waitForStep(element, 'details');
    const attrs = (id: string) => {
      const input = $(element, `#${id}`)!;
      return [input.getAttribute('type'), input.getAttribute('autocomplete'), input.getAttribute('inputmode')];
    };
    expect(attrs('name')).to.deep.equal(['text', 'name', 'text']);
    expect(attrs('email')).to.deep.equal(['email', 'email', 'email']);
    expect(attrs('phone')).to.deep.equal(['tel', 'tel', 'tel']);
  });

  it('has no inline style attributes anywhere (strict CSP)', async () => {
    const element = await bookingElement();
    await toCheck(element);
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    expect(element.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });
});

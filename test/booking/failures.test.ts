// Failure never loses input: network errors and timeouts keep everything and offer a retry with
// the same Idempotency-Key; 409 reloads the free times; 422 shows the server's field errors on the
// fields; an answer that breaks the contract is an error, never rendered.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { BorgerBooking } from '../../src/booking/index.js';
import { BookingError } from '../../src/booking/provider.js';
import { shadowText } from '../shared/widget-suite.js';
import { FakeBookingProvider } from './fake-provider.js';
import {
  $,
  activeInShadow,
  bookingElement,
  button,
  chooseFirstDay,
  headingText,
  next,
  pick,
  stepOf,
  toCheck,
  type,
  waitForStep,
} from './helpers.js';

const CONTENT = { phone: { phone: '+45 33 66 33 66', label: 'Ring til Borgerservice', hours: 'Hverdage kl. 9–14' } };

async function atCheck(provider: FakeBookingProvider): Promise<BorgerBooking> {
  const element = await bookingElement({ provider, content: CONTENT });
  await toCheck(element, { name: 'Mette Hansen', email: 'mette@example.dk', phone: '12 34 56 78' });
  return element;
}

const keys = (provider: FakeBookingProvider) => provider.callsOf('create').map((call) => call.args[1] as string);

async function failedSubmit(element: BorgerBooking): Promise<void> {
  button(element, 'Book tiden').click();
  await waitUntil(() => $(element, '[part="error"]'), 'no error shown');
}

describe('<borger-booking> failures', () => {
  let errors: unknown[][];
  let original: typeof console.error;
  beforeEach(() => {
    errors = [];
    original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = original;
  });

  it('network down mid-submit: everything stays, retry reuses the Idempotency-Key, the phone is offered', async () => {
    const provider = new FakeBookingProvider();
    const element = await atCheck(provider);
    provider.failNext('create', new BookingError('network', 'offline'));
    const failure = oneEvent(element, 'borger-booking-error');
    await failedSubmit(element);
    expect((await failure).detail).to.deep.equal({ code: 'network' });
    expect(stepOf(element)).to.equal('check');
    const box = $(element, '[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.include('Vi kan ikke få forbindelse til bookingsystemet');
    expect(box.textContent).to.include('Det, du har valgt og skrevet, er gemt.');
    expect(box.querySelector('a[href="tel:+4533663366"]')!.textContent).to.equal('Ring til Borgerservice: +45 33 66 33 66');
    expect(box.textContent).to.include('(Hverdage kl. 9–14)');
    // Everything typed is still shown on the check step.
    expect(shadowText(element)).to.include('Mette Hansen');
    expect(shadowText(element)).to.include('mette@example.dk');

    button(element, 'Prøv igen').click();
    await waitForStep(element, 'confirmation');
    const [first, second] = keys(provider);
    expect(second).to.equal(first);
    expect(provider.bookings.size).to.equal(1);
  });

  it('a timeout twice, then success: one key for all three attempts', async () => {
    const provider = new FakeBookingProvider();
    const element = await atCheck(provider);
    provider.failNext('create', new BookingError('timeout', 'slow')).failNext('create', new BookingError('timeout', 'slow'));
    await failedSubmit(element);
    expect($(element, '[part="error"]')!.textContent).to.include('Bookingsystemet svarer ikke lige nu');
    button(element, 'Prøv igen').click();
    await element.updateComplete;
    expect($(element, '[part="confirm"]')!.textContent).to.equal('Booker tiden …');
    await waitUntil(() => $(element, '[part="error"]'), 'the second attempt did not fail');
    button(element, 'Prøv igen').click();
    await waitForStep(element, 'confirmation');
    expect(new Set(keys(provider)).size).to.equal(1);
    expect(keys(provider)).to.have.length(3);
  });

  it('a changed submission after a failure gets a new key; the typed input was kept for the change', async () => {
    const provider = new FakeBookingProvider();
    const element = await atCheck(provider);
    provider.failNext('create', new BookingError('network', 'offline'));
    await failedSubmit(element);
    button(element, 'Skift kontaktoplysninger').click();
    await waitForStep(element, 'details');
    expect($<HTMLInputElement>(element, '#name')!.value).to.equal('Mette Hansen');
    expect($<HTMLInputElement>(element, '#email')!.value).to.equal('mette@example.dk');
    expect($<HTMLInputElement>(element, '#phone')!.value).to.equal('12 34 56 78');
    type(element, 'email', 'mette.hansen@example.dk');
    await next(element);
    await waitForStep(element, 'check');
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    const [first, second] = keys(provider);
    expect(second).not.to.equal(first);
  });

  it('409 slot taken: told, free times reloaded, details kept, a new time books with a new key', async () => {
    const provider = new FakeBookingProvider();
    const element = await atCheck(provider);
    const slotCalls = provider.callsOf('slots').length;
    // Someone else takes 10.00 just before the citizen confirms.
    for (const slot of provider.slots_) if (slot.start === '2026-11-26T10:00:00+01:00') slot.remaining = 0;
    button(element, 'Book tiden').click();
    await waitForStep(element, 'time');
    expect($(element, '[part="notice"]')!.textContent).to.include('En anden nåede lige at booke den tid, du valgte');
    expect($(element, '[role="status"]')!.textContent).to.include('En anden nåede lige at booke');
    expect(provider.callsOf('slots').length).to.be.greaterThan(slotCalls);
    // 10.00 is gone from the list; nothing is chosen.
    expect(shadowText(element)).not.to.include('10.00–10.15');
    pick(element, '10.15–10.30');
    await next(element);
    await waitForStep(element, 'check');
    expect(shadowText(element)).to.include('Mette Hansen');
    expect(shadowText(element)).to.include('kl. 10.15–10.30');
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    const [first, second] = keys(provider);
    expect(second).not.to.equal(first);
  });

  it("422: the server's field errors show on the fields, with the summary; input kept", async () => {
    const provider = new FakeBookingProvider();
    const element = await atCheck(provider);
    provider.failNext(
      'create',
      new BookingError('invalid', 'invalid', { status: 422, fields: { email: 'should be an e-mail address', phone: 'bad' } }),
    );
    button(element, 'Book tiden').click();
    await waitForStep(element, 'details');
    const email = $<HTMLInputElement>(element, '#email')!;
    expect(email.value).to.equal('mette@example.dk');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal('email-error');
    expect($(element, '#email-error')!.textContent).to.equal('Bookingsystemet kunne ikke bruge e-mailadressen. Tjek den, og prøv igen');
    expect($(element, '#phone')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#name')!.hasAttribute('aria-invalid')).to.equal(false);
    expect($(element, '[data-error-summary]')!.textContent).to.include('e-mailadressen');
    type(element, 'email', 'mette@example.com');
    type(element, 'phone', '');
    await next(element);
    await waitForStep(element, 'check');
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
  });

  it('422 on the slot sends the citizen back to choose another time', async () => {
    const provider = new FakeBookingProvider();
    const element = await atCheck(provider);
    provider.failNext('create', new BookingError('invalid', 'invalid', { status: 422, fields: { slotId: 'is not a slot id' } }));
    button(element, 'Book tiden').click();
    await waitForStep(element, 'time');
    expect($(element, '[part="notice"]')!.textContent).to.include('kan ikke bookes længere');
  });

  it('a malformed answer is an error, not rendered, and the console names the problem', async () => {
    const provider = new FakeBookingProvider().failNext('services', { answer: [{ id: 'pas', name: 'Pas', durationMinutes: 'kvarter' }] });
    const element = await bookingElement({ provider, content: CONTENT });
    await waitUntil(() => $(element, '[part="error"]'));
    expect($(element, '[part="error"]')!.textContent).to.include('Bookingsystemet svarede noget, vi ikke kan bruge');
    expect(element.shadowRoot!.querySelector('input')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(String(errors[0]![0])).to.include('$[0].durationMinutes');
    // Prøv igen: this time the answer is good.
    button(element, 'Prøv igen').click();
    await waitUntil(() => $(element, 'input[type="radio"]'));
    expect(shadowText(element)).to.include('Pas');
  });

  it('a malformed answer to the booking keeps the input and offers a retry with the same key', async () => {
    const provider = new FakeBookingProvider();
    const element = await atCheck(provider);
    provider.failNext('create', { answer: { booking: { id: 'x' } } });
    await failedSubmit(element);
    expect(stepOf(element)).to.equal('check');
    expect(shadowText(element)).to.include('Mette Hansen');
    button(element, 'Prøv igen').click();
    await waitForStep(element, 'confirmation');
    const [first, second] = keys(provider);
    expect(second).to.equal(first);
  });

  it('a malformed month of free times (its check comes with the later steps) is explained with its JSON path', async () => {
    const provider = new FakeBookingProvider();
    const slot = provider.slots_.find((s) => s.serviceId === 'pas')!;
    provider.failNext('slots', {
      answer: [
        { ...slot, remaining: -1 },
        { ...slot, start: 'tomorrow' },
      ],
    });
    const element = await bookingElement({ provider, attributes: { service: 'pas', location: slot.locationId } });
    await waitUntil(() => $(element, '[part="error"]'));
    expect($(element, '[part="error"]')!.textContent).to.include('Bookingsystemet svarede noget, vi ikke kan bruge');
    expect(errors).to.have.length(1);
    expect(String(errors[0]![0])).to.include('slots()');
    expect(String(errors[0]![0])).to.include('$[0].remaining');
    expect(String(errors[0]![0])).to.include('$[1].start');
  });

  it('slots from another service or place are a contract error', async () => {
    const provider = new FakeBookingProvider();
    const stray = provider.slots_.find((slot) => slot.serviceId === 'koerekort')!;
    provider.failNext('slots', { answer: [stray] });
    const element = await bookingElement({ provider, attributes: { service: 'pas', location: stray.locationId } });
    await waitUntil(() => $(element, '[part="error"]'));
    expect(String(errors[0]![0])).to.include('is for koerekort');
  });

  it('a failed load offers a retry that loads again', async () => {
    const provider = new FakeBookingProvider().failNext('services', new BookingError('internal', 'boom', { status: 500 }));
    const element = await bookingElement({ provider });
    await waitUntil(() => $(element, '[part="error"]'));
    expect($(element, '[part="error"]')!.textContent).to.include('Der gik noget galt i bookingsystemet');
    button(element, 'Prøv igen').click();
    await waitUntil(() => $(element, 'input[type="radio"]'));
    expect(provider.callsOf('services')).to.have.length(2);
  });

  it('aborts the step’s requests when the citizen leaves the step', async () => {
    const provider = new FakeBookingProvider();
    const element = await bookingElement({ provider, attributes: { service: 'pas' } });
    provider.failNext('slots', 'hang');
    pick(element, 'Borgerservice, Rådhuset');
    await next(element);
    await waitUntil(() => provider.callsOf('slots').length > 0);
    const hanging = provider.callsOf('slots')[0]!;
    expect(hanging.signal!.aborted).to.equal(false);
    button(element, '‹ Tilbage').click();
    await waitForStep(element, 'place');
    expect(hanging.signal!.aborted).to.equal(true);
    // Coming back asks again.
    await next(element);
    await waitForStep(element, 'day');
    expect(provider.callsOf('slots').length).to.be.greaterThan(1);
  });

  it('loads quietly: a placeholder that keeps the room, nothing announced', async () => {
    const provider = new FakeBookingProvider().failNext('services', 'hang');
    const element = document.createElement('borger-booking');
    element.provider = provider;
    document.body.append(element);
    try {
      await element.updateComplete;
      await waitUntil(() => $(element, '[part="loading"]'));
      const placeholder = $(element, '[part="loading"]')!;
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(150);
      expect($(element, '[role="status"]')!.textContent).to.equal('');
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    } finally {
      element.remove();
    }
  });
});

describe('<borger-booking> says things once (issue 9, point 9)', () => {
  it('after "Prøv igen" succeeds, focus is on the step heading, never on <body>', async () => {
    const provider = new FakeBookingProvider().failNext('services', new BookingError('network', 'offline'));
    const element = await bookingElement({ provider });
    await waitUntil(() => $(element, '[part="retry"]'), 'no "Prøv igen"');
    $<HTMLButtonElement>(element, '[part="retry"]')!.focus();
    button(element, 'Prøv igen').click();
    await waitUntil(() => $(element, 'input[type="radio"]'), 'services did not load on the second try');
    expect(document.activeElement).to.equal(element);
    expect(activeInShadow(element)).to.equal($(element, '[data-step-heading]'));
    expect(headingText(element)).to.equal('Hvad vil du booke tid til?');
  });

  it('the error summary is a named focus target, not an alert that repeats while the citizen corrects', async () => {
    const element = await bookingElement({ attributes: { service: 'pas', location: 'borgerservice-raadhuset' } });
    await chooseFirstDay(element);
    await next(element);
    await waitForStep(element, 'time');
    pick(element, '10.00–10.15');
    await next(element);
    await waitForStep(element, 'details');
    type(element, 'email', 'mette@');
    await next(element);
    const summary = $(element, '[data-error-summary]')!;
    expect(activeInShadow(element)).to.equal(summary);
    expect(summary.getAttribute('role')).to.equal('group');
    expect(element.shadowRoot!.getElementById(summary.getAttribute('aria-labelledby')!)!.textContent).to.equal('Der er et problem');
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    type(element, 'name', 'M');
    type(element, 'name', 'Me');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('a step heading is said by focus, not also by the status region', async () => {
    const element = await bookingElement();
    await toCheck(element);
    expect($(element, '[role="status"]')!.textContent).to.equal('Trin 6 af 6');
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    expect(activeInShadow(element)).to.equal($(element, '[data-step-heading]'));
    expect($(element, '[role="status"]')!.textContent).to.equal('');
    // The manage steps' code is there (lazy.test.ts: what is said while it is not).
    await BorgerBooking.chunks.manage.load();
    button(element, 'Aflys tiden').click();
    await waitForStep(element, 'cancel-confirm');
    expect($(element, '[role="status"]')!.textContent).to.equal('');
    button(element, 'Ja, aflys tiden').click();
    await waitForStep(element, 'cancelled');
    expect(headingText(element)).to.equal('Tiden er aflyst');
    expect($(element, '[role="status"]')!.textContent).to.not.include('Tiden er aflyst');
  });
});

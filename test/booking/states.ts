// Every state a citizen can meet in <borger-booking>, built through the UI against the fake
// provider: the shared suite runs axe on each, and the story-like names double as documentation.
import { waitUntil } from '@open-wc/testing';
import type { BorgerBooking } from '../../src/booking/index.js';
import { BookingError } from '../../src/booking/provider.js';
import type { WidgetState } from '../shared/widget-suite.js';
import { FakeBookingProvider, TOKEN } from './fake-provider.js';
import {
  $,
  bookingElement,
  button,
  chooseFirstDay,
  firstOfferedDay,
  next,
  type Options,
  pick,
  ready,
  toCheck,
  type,
  waitForStep,
} from './helpers.js';

const create = (options?: Options) => bookingElement(options);

async function at(step: 'place' | 'day' | 'time' | 'details', options: Options = {}): Promise<BorgerBooking> {
  const element = await create(options);
  pick(element, 'Pas');
  await next(element);
  await waitForStep(element, 'place');
  if (step === 'place') return element;
  pick(element, 'Borgerservice, Rådhuset');
  await next(element);
  await waitForStep(element, 'day');
  await firstOfferedDay(element);
  if (step === 'day') return element;
  await chooseFirstDay(element);
  await next(element);
  await waitForStep(element, 'time');
  if (step === 'time') return element;
  pick(element, '10.00–10.15');
  await next(element);
  await waitForStep(element, 'details');
  return element;
}

async function checked(provider = new FakeBookingProvider()): Promise<BorgerBooking> {
  const element = await create({ provider });
  await toCheck(element);
  return element;
}

async function confirmed(): Promise<BorgerBooking> {
  const element = await checked();
  button(element, 'Book tiden').click();
  await waitForStep(element, 'confirmation');
  return element;
}

/** A booking seeded in the fake, managed through `booking-id` + `token`. */
export async function managedElement(
  provider = new FakeBookingProvider(),
): Promise<{ element: BorgerBooking; provider: FakeBookingProvider }> {
  const slot = provider.slots_.find((s) => s.start === '2026-11-26T13:00:00+01:00' && s.locationId === 'borgerservice-raadhuset')!;
  const booking = provider.seedBooking(slot);
  const element = await create({ provider, attributes: { 'booking-id': booking.id, token: TOKEN } });
  await waitForStep(element, 'view');
  return { element, provider };
}

export const BOOKING_STATES: WidgetState[] = [
  { name: 'service step', create: () => create() },
  { name: 'place step', create: () => at('place') },
  { name: 'day step (calendar)', create: () => at('day') },
  { name: 'time step', create: () => at('time') },
  { name: 'details step', create: () => at('details') },
  {
    name: 'details step with errors (summary, inline errors, CPR refused)',
    create: async () => {
      const element = await at('details');
      type(element, 'name', '010190-1234');
      type(element, 'email', 'ikke en adresse');
      await next(element);
      return element;
    },
  },
  {
    name: 'a choice missing (error summary on a radio step)',
    create: async () => {
      const element = await create();
      await next(element);
      return element;
    },
  },
  { name: 'check step', create: () => checked() },
  {
    name: 'check step after a guide ("Fra vejledningen" with "Skift" back, the guide\'s bring list)',
    create: async () => {
      const element = await create();
      const origin = Object.assign(document.createElement('button'), { textContent: 'Vejledningen' });
      element.before(origin);
      element.handoff = {
        service: 'pas',
        bring: ['Dit gamle pas', 'Betalingskort til gebyret'],
        answers: [
          { question: 'Hvem skal have pas?', answer: ['Mig selv (18 år eller ældre)'] },
          { question: 'Hvad har du med?', answer: ['Et foto', 'Det gamle pas'] },
        ],
        from: { kind: 'guide', element: origin },
      };
      await toCheck(element);
      return element;
    },
  },
  { name: 'confirmation', create: () => confirmed() },
  { name: 'manage: view', create: async () => (await managedElement()).element },
  {
    name: 'manage: cancel confirm',
    create: async () => {
      const { element } = await managedElement();
      button(element, 'Aflys tiden').click();
      await waitForStep(element, 'cancel-confirm');
      return element;
    },
  },
  {
    name: 'manage: cancelled',
    create: async () => {
      const { element } = await managedElement();
      button(element, 'Aflys tiden').click();
      await waitForStep(element, 'cancel-confirm');
      button(element, 'Ja, aflys tiden').click();
      await waitForStep(element, 'cancelled');
      return element;
    },
  },
  {
    name: 'manage: reschedule day and time',
    create: async () => {
      const { element } = await managedElement();
      button(element, 'Flyt tiden').click();
      await waitForStep(element, 'reschedule-day');
      await chooseFirstDay(element);
      await next(element);
      await waitForStep(element, 'reschedule-time');
      return element;
    },
  },
  {
    name: 'manage: reschedule check',
    create: async () => {
      const { element } = await managedElement();
      button(element, 'Flyt tiden').click();
      await waitForStep(element, 'reschedule-day');
      await chooseFirstDay(element);
      await next(element);
      await waitForStep(element, 'reschedule-time');
      pick(element, '10.15–10.30');
      await next(element);
      await waitForStep(element, 'reschedule-check');
      return element;
    },
  },
  {
    name: 'manage: unknown booking or wrong token (404)',
    create: async () => {
      const element = await create({ attributes: { 'booking-id': 'bk-404', token: 'wrong-token-0123456789' } });
      await waitUntil(() => element.shadowRoot!.textContent!.includes('Linket virker ikke'));
      return element;
    },
  },
  {
    name: 'failure: services cannot be loaded (network), with phone',
    create: async () => {
      const provider = new FakeBookingProvider().failNext('services', new BookingError('network', 'offline'));
      const element = await create({ provider, content: { phone: { phone: '+45 33 66 33 66', hours: 'Hverdage kl. 9–14' } } });
      await waitUntil(() => $(element, '[part="error"]'));
      return element;
    },
  },
  {
    name: 'failure: network down when booking (input kept, retry)',
    create: async () => {
      const provider = new FakeBookingProvider();
      const element = await checked(provider);
      provider.failNext('create', new BookingError('network', 'offline'));
      button(element, 'Book tiden').click();
      await waitUntil(() => $(element, '[part="error"]'));
      return element;
    },
  },
  {
    name: 'failure: slot taken (409) back on the time step',
    create: async () => {
      const provider = new FakeBookingProvider();
      const element = await checked(provider);
      provider.failNext('create', new BookingError('slot_taken', 'taken', { status: 409 }));
      button(element, 'Book tiden').click();
      await waitForStep(element, 'time');
      return element;
    },
  },
  {
    name: 'failure: server refused the e-mail (422)',
    create: async () => {
      const provider = new FakeBookingProvider();
      const element = await checked(provider);
      provider.failNext(
        'create',
        new BookingError('invalid', 'invalid', { status: 422, fields: { email: 'should be an e-mail address' } }),
      );
      button(element, 'Book tiden').click();
      await waitForStep(element, 'details');
      return element;
    },
  },
  {
    name: 'failure: malformed answer from the API',
    create: async () => {
      const provider = new FakeBookingProvider().failNext('locations', { answer: [{ id: 'x', name: 'X' }] });
      const original = console.error;
      console.error = () => {};
      try {
        const element = await create({ provider });
        pick(element, 'Pas');
        await next(element);
        await waitForStep(element, 'place');
        await waitUntil(() => $(element, '[part="error"]'));
        return element;
      } finally {
        console.error = original;
      }
    },
  },
  {
    name: 'no free times in the coming months',
    create: async () => {
      const provider = new FakeBookingProvider();
      provider.slots_ = [];
      const element = await create({ provider, attributes: { service: 'pas', location: 'bibliotek-valby' } });
      await waitUntil(() => element.shadowRoot!.textContent!.includes('ingen ledige tider'));
      return element;
    },
  },
  { name: 'English', create: () => create({ attributes: { lang: 'en' } }) },
  {
    name: 'Arabic page (right to left), calendar',
    create: async () => {
      const element = await create({ attributes: { lang: 'ar', service: 'pas', location: 'borgerservice-raadhuset' } });
      await ready(element);
      return element;
    },
  },
];

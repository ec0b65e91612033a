import { expect } from '@open-wc/testing';
import {
  type Details,
  detailsProblems,
  type FlowAction,
  type FlowState,
  initialFlow,
  manageFlow,
  manageFragment,
  parseManageFragment,
  previousStep,
  progressOf,
  reduceFirstSteps,
} from '../../src/booking/booking.flow.js';
import { bookingBody, reduceFlow } from '../../src/booking/booking.later-flow.js';
import type { Booking, Slot } from '../../src/booking/booking.schema.js';

const SLOT: Slot = {
  id: 'raadhuset:pas:2026-11-26T10:00:00+01:00',
  serviceId: 'pas',
  locationId: 'raadhuset',
  start: '2026-11-26T10:00:00+01:00',
  end: '2026-11-26T10:15:00+01:00',
  remaining: 1,
};
const OTHER_SLOT: Slot = {
  ...SLOT,
  id: 'raadhuset:pas:2026-11-26T10:15:00+01:00',
  start: '2026-11-26T10:15:00+01:00',
  end: '2026-11-26T10:30:00+01:00',
};
const BOOKING: Booking = {
  id: 'bk-1',
  code: 'K7MX3Q',
  serviceId: 'pas',
  locationId: 'raadhuset',
  start: SLOT.start,
  end: SLOT.end,
  status: 'confirmed',
};
const DETAILS: Details = { name: 'Mette Hansen', email: 'mette@example.dk', phone: '' };

const run = (state: FlowState, ...actions: FlowAction[]) => actions.reduce(reduceFlow, state);

function atCheck(): FlowState {
  return run(
    initialFlow(),
    { type: 'choose-service', serviceId: 'pas' },
    { type: 'next' },
    { type: 'choose-location', locationId: 'raadhuset' },
    { type: 'next' },
    { type: 'choose-day', day: '2026-11-26' },
    { type: 'next' },
    { type: 'choose-slot', slot: SLOT },
    { type: 'next' },
    { type: 'edit-details', details: DETAILS },
    { type: 'next' },
  );
}

describe('booking flow: the steps', () => {
  it('runs service → place → day → time → details → check → confirmation', () => {
    const steps: string[] = [];
    let state = initialFlow();
    const record = (action: FlowAction) => {
      state = reduceFlow(state, action);
      steps.push(state.step);
    };
    steps.push(state.step);
    record({ type: 'choose-service', serviceId: 'pas' });
    record({ type: 'next' });
    record({ type: 'choose-location', locationId: 'raadhuset' });
    record({ type: 'next' });
    record({ type: 'choose-day', day: '2026-11-26' });
    record({ type: 'next' });
    record({ type: 'choose-slot', slot: SLOT });
    record({ type: 'next' });
    record({ type: 'edit-details', details: DETAILS });
    record({ type: 'next' });
    record({ type: 'created', booking: BOOKING, token: 't' });
    expect([...new Set(steps)]).to.deep.equal(['service', 'place', 'day', 'time', 'details', 'check', 'confirmation']);
  });

  it('skips the steps the page decided, and counts only those shown', () => {
    expect(initialFlow({ serviceId: 'pas' }).step).to.equal('place');
    const both = initialFlow({ serviceId: 'pas', locationId: 'raadhuset' });
    expect(both.step).to.equal('day');
    expect(progressOf(both)).to.deep.equal({ index: 1, count: 4 });
    expect(progressOf(initialFlow())).to.deep.equal({ index: 1, count: 6 });
    expect(previousStep(both)).to.equal(undefined);
  });

  it('does not go on without a choice, and says so', () => {
    const state = run(initialFlow(), { type: 'next' });
    expect(state.step).to.equal('service');
    expect(state.missing).to.equal(true);
    expect(run(state, { type: 'choose-service', serviceId: 'pas' }).missing).to.equal(false);
  });

  it('a new service drops the place, day and time; a preset place stays', () => {
    const state = atCheck();
    const changed = run(state, { type: 'change', step: 'service' }, { type: 'choose-service', serviceId: 'koerekort' });
    expect(changed.locationId).to.equal(undefined);
    expect(changed.day).to.equal(undefined);
    expect(changed.slot).to.equal(undefined);
    expect(changed.details).to.deep.equal(DETAILS);
    const preset = run(
      initialFlow({ locationId: 'raadhuset' }),
      { type: 'choose-service', serviceId: 'pas' },
      { type: 'choose-service', serviceId: 'koerekort' },
    );
    expect(preset.locationId).to.equal('raadhuset');
    // Choosing the same again changes nothing.
    expect(run(state, { type: 'choose-service', serviceId: 'pas' }).slot).to.equal(SLOT);
  });

  it('a new place drops the day and time; a new day drops the time', () => {
    const state = atCheck();
    const place = run(state, { type: 'choose-location', locationId: 'valby' });
    expect([place.day, place.slot]).to.deep.equal([undefined, undefined]);
    const day = run(state, { type: 'choose-day', day: '2026-11-27' });
    expect(day.day).to.equal('2026-11-27');
    expect(day.slot).to.equal(undefined);
    expect(run(state, { type: 'choose-day', day: '2026-11-26' }).slot).to.equal(SLOT);
  });

  it('"Tilbage" goes one shown step back, keeping the choices', () => {
    const state = run(initialFlow(), { type: 'choose-service', serviceId: 'pas' }, { type: 'next' }, { type: 'back' });
    expect(state.step).to.equal('service');
    expect(state.serviceId).to.equal('pas');
    expect(run(state, { type: 'back' })).to.equal(state);
    expect(previousStep(run(atCheck(), { type: 'created', booking: BOOKING, token: 't' }))).to.equal(undefined);
  });

  it('a change from the check step comes straight back once everything is chosen again', () => {
    const details = run(
      atCheck(),
      { type: 'change', step: 'details' },
      { type: 'edit-details', details: { email: 'm@example.com' } },
      { type: 'next' },
    );
    expect(details.step).to.equal('check');
    expect(details.details.email).to.equal('m@example.com');
    const place = run(atCheck(), { type: 'change', step: 'place' }, { type: 'choose-location', locationId: 'valby' }, { type: 'next' });
    expect(place.step).to.equal('day');
    const back = run(
      place,
      { type: 'choose-day', day: '2026-11-27' },
      { type: 'next' },
      { type: 'choose-slot', slot: OTHER_SLOT },
      { type: 'next' },
    );
    expect(back.step).to.equal('check');
    // Looking at the day without changing it returns to the check with the same time.
    const look = run(atCheck(), { type: 'change', step: 'day' }, { type: 'next' });
    expect(look.step).to.equal('check');
    expect(look.slot).to.equal(SLOT);
    // "Tilbage" from a change returns to the check too.
    expect(run(atCheck(), { type: 'change', step: 'place' }, { type: 'back' }).step).to.equal('check');
  });

  it('after booking, the personal details are dropped and the booking kept', () => {
    const state = run(atCheck(), { type: 'created', booking: BOOKING, token: 'secret' });
    expect(state.step).to.equal('confirmation');
    expect(state.details).to.deep.equal({ name: '', email: '', phone: '' });
    // Only whether an e-mail was given is kept (the confirmation then says what is true about e-mail).
    expect(state.created).to.deep.equal({ booking: BOOKING, token: 'secret', emailed: true });
  });

  it('a time taken (409) goes back to the times with a notice, keeps the details, and returns to the check', () => {
    const state = run(atCheck(), { type: 'slot-taken' });
    expect(state.step).to.equal('time');
    expect(state.notice).to.equal('slot-taken');
    expect(state.slot).to.equal(undefined);
    expect(state.details).to.deep.equal(DETAILS);
    const again = run(state, { type: 'choose-slot', slot: OTHER_SLOT }, { type: 'next' });
    expect(again.step).to.equal('check');
    expect(again.notice).to.equal(undefined);
  });

  it('422: personal fields back to the details, the slot back to the times, else a notice', () => {
    const fields = run(atCheck(), { type: 'rejected', fields: { email: 'bad', other: 'x' } });
    expect(fields.step).to.equal('details');
    expect(fields.problems).to.deep.equal({ email: 'server-invalid' });
    const fixed = run(fields, { type: 'edit-details', details: { email: 'mette@example.com' } });
    expect(fixed.problems).to.deep.equal({});
    expect(run(fixed, { type: 'next' }).step).to.equal('check');
    const slot = run(atCheck(), { type: 'rejected', fields: { slotId: 'unknown' } });
    expect([slot.step, slot.notice, slot.slot]).to.deep.equal(['time', 'slot-invalid', undefined]);
    const none = run(atCheck(), { type: 'rejected', fields: {} });
    expect([none.step, none.notice]).to.deep.equal(['check', 'rejected']);
  });

  it('the body for POST /bookings: trimmed, without empty fields, only when complete', () => {
    const state = run(
      atCheck(),
      { type: 'change', step: 'details' },
      { type: 'edit-details', details: { name: '  Mette Hansen ', phone: ' ' } },
      { type: 'next' },
    );
    expect(bookingBody(state, 'da')).to.deep.equal({ slotId: SLOT.id, name: 'Mette Hansen', email: 'mette@example.dk', lang: 'da' });
    expect(bookingBody(initialFlow(), 'da')).to.equal(undefined);
  });

  it('a page that names an unknown service lets the citizen choose, with a notice', () => {
    const state = run(initialFlow({ serviceId: 'hundelicens', locationId: 'raadhuset' }), { type: 'unknown-preset', which: 'service' });
    expect(state.step).to.equal('service');
    expect(state.preset).to.deep.equal({ locationId: 'raadhuset' });
    expect(state.notice).to.equal('unknown-service');
    // A new hand-over restarts with the new preset and keeps what was typed.
    const typed = run(state, { type: 'edit-details', details: { name: 'Mette' } }, { type: 'preset', serviceId: 'pas' });
    expect(typed.step).to.equal('place');
    expect(typed.details.name).to.equal('Mette');
  });
});

describe('booking flow: details', () => {
  const problems = (details: Partial<Details>) => detailsProblems({ name: 'Mette', email: '', phone: '', ...details });

  it('needs a name and an e-mail or a phone number; either is enough', () => {
    expect(detailsProblems({ name: ' ', email: '', phone: '' })).to.deep.equal({ name: 'name-missing', email: 'contact-missing' });
    expect(problems({ email: 'mette@example.dk' })).to.deep.equal({});
    expect(problems({ phone: '12 34 56 78' })).to.deep.equal({});
    expect(problems({ phone: '+46 70 123 45 67' })).to.deep.equal({});
    expect(problems({ name: 'x'.repeat(101), email: 'a@b.dk' })).to.deep.equal({ name: 'name-too-long' });
  });

  it('never takes a CPR number, in any field', () => {
    expect(problems({ name: '010190-1234', email: 'a@b.dk' })).to.deep.equal({ name: 'cpr' });
    expect(problems({ name: 'Mette 0101901234', email: 'a@b.dk' })).to.deep.equal({ name: 'cpr' });
    expect(problems({ email: '0101901234@mail.dk' })).to.deep.equal({ email: 'cpr' });
    expect(problems({ phone: '010190 1234' })).to.deep.equal({ phone: 'cpr' });
    // Ten digits in a row that are a valid phone number are not taken for one.
    expect(problems({ phone: '+4512345678' })).to.deep.equal({});
    expect(problems({ phone: '0045 12 34 56 78' })).to.deep.equal({});
  });

  it('checks the formats', () => {
    expect(problems({ email: 'mette@' })).to.deep.equal({ email: 'email-invalid' });
    expect(problems({ phone: '1234' })).to.deep.equal({ phone: 'phone-invalid' });
  });

  it('shows problems only after an attempt, and drops each as soon as it is fixed', () => {
    const atDetails = run(
      initialFlow({ serviceId: 'pas', locationId: 'r' }),
      { type: 'choose-day', day: '2026-11-26' },
      { type: 'next' },
      { type: 'choose-slot', slot: SLOT },
      { type: 'next' },
    );
    const typing = run(atDetails, { type: 'edit-details', details: { name: 'M' } });
    expect(typing.problems).to.deep.equal({});
    const tried = run(typing, { type: 'edit-details', details: { email: 'mette@' } }, { type: 'next' });
    expect(tried.step).to.equal('details');
    expect(tried.problems).to.deep.equal({ email: 'email-invalid' });
    const fixing = run(tried, { type: 'edit-details', details: { email: 'mette@ex' } });
    expect(fixing.problems).to.deep.equal({ email: 'email-invalid' });
    expect(run(fixing, { type: 'edit-details', details: { email: 'mette@example.dk' } }).problems).to.deep.equal({});
    // "E-mail or phone" goes away when the phone is typed.
    const none = run(atDetails, { type: 'edit-details', details: { name: 'Mette' } }, { type: 'next' });
    expect(none.problems).to.deep.equal({ email: 'contact-missing' });
    expect(run(none, { type: 'edit-details', details: { phone: '12345678' } }).problems).to.deep.equal({});
  });
});

describe('booking flow: manage mode', () => {
  const loaded = () => run(manageFlow('bk-1', 'token'), { type: 'booking-loaded', booking: BOOKING });

  it('views, then cancels only through the confirm step', () => {
    expect(run(manageFlow('bk-1', 'token'), { type: 'ask-cancel' }).step).to.equal('view');
    const confirm = run(loaded(), { type: 'ask-cancel' });
    expect(confirm.step).to.equal('cancel-confirm');
    expect(previousStep(confirm)).to.equal('view');
    expect(run(confirm, { type: 'back' }).step).to.equal('view');
    const cancelled = run(confirm, { type: 'cancelled' });
    expect(cancelled.step).to.equal('cancelled');
    expect(cancelled.managed!.booking!.status).to.equal('cancelled');
    expect(previousStep(cancelled)).to.equal(undefined);
  });

  it('moves through day, time and a check; back from the day leaves the move', () => {
    const day = run(loaded(), { type: 'reschedule' });
    expect(day.step).to.equal('reschedule-day');
    expect([day.serviceId, day.locationId]).to.deep.equal(['pas', 'raadhuset']);
    expect(progressOf(day)).to.deep.equal({ index: 1, count: 3 });
    expect(run(day, { type: 'choose-day', day: '2026-11-27' }, { type: 'back' }).day).to.equal(undefined);
    const check = run(
      day,
      { type: 'choose-day', day: '2026-11-26' },
      { type: 'next' },
      { type: 'choose-slot', slot: OTHER_SLOT },
      { type: 'next' },
    );
    expect(check.step).to.equal('reschedule-check');
    expect(run(check, { type: 'back' }).step).to.equal('reschedule-time');
    const moved = { ...BOOKING, start: OTHER_SLOT.start, end: OTHER_SLOT.end };
    const done = run(check, { type: 'rescheduled', booking: moved });
    expect([done.step, done.notice]).to.deep.equal(['view', 'rescheduled']);
    expect(done.managed!.booking).to.deep.equal(moved);
    expect(run(check, { type: 'slot-taken' }).step).to.equal('reschedule-time');
  });

  it('a cancelled booking cannot be moved or cancelled again', () => {
    const cancelled = run(manageFlow('bk-1', 't'), { type: 'booking-loaded', booking: { ...BOOKING, status: 'cancelled' } });
    expect(run(cancelled, { type: 'reschedule' }).step).to.equal('view');
    expect(run(cancelled, { type: 'ask-cancel' }).step).to.equal('view');
  });

  it('ignores an answer about another booking', () => {
    const state = run(manageFlow('bk-1', 't'), { type: 'booking-loaded', booking: { ...BOOKING, id: 'bk-2' } });
    expect(state.managed!.booking).to.equal(undefined);
  });

  it('manage links carry id and token in the fragment, encoded', () => {
    const fragment = manageFragment('bk 1/2', 'a&b=c');
    expect(fragment).to.equal('booking=bk+1%2F2&token=a%26b%3Dc');
    expect(parseManageFragment(`#${fragment}`)).to.deep.equal({ id: 'bk 1/2', token: 'a&b=c' });
    expect(parseManageFragment('#booking=bk-1')).to.equal(undefined);
    expect(parseManageFragment('')).to.equal(undefined);
  });
});

describe('booking flow: releasing a preset (after a hand-over)', () => {
  it('"Skift" on a preset place goes to the place step, and back to the check once all is chosen', () => {
    const start = initialFlow({ serviceId: 'pas', locationId: 'borgerservice-raadhuset' });
    expect(start.step).to.equal('day');
    const released = reduceFlow(start, { type: 'release-preset', which: 'location' });
    expect(released.step).to.equal('place');
    expect(released.preset).to.deep.equal({ serviceId: 'pas' });
    expect(released.serviceId).to.equal('pas');
    const service = reduceFlow(start, { type: 'release-preset', which: 'service' });
    expect(service.step).to.equal('service');
    expect(service.preset).to.deep.equal({ locationId: 'borgerservice-raadhuset' });
  });
});

describe("booking flow: the first steps without the later steps' chunk", () => {
  // Every state the walk to the check passes, and one of each kind of action.
  const states = [initialFlow(), initialFlow({ serviceId: 'pas' }), atCheck(), manageFlow('bk-1', 'token-0123456789abcdef', BOOKING)];
  const firstActions: FlowAction[] = [
    { type: 'preset', serviceId: 'pas' },
    { type: 'unknown-preset', which: 'service' },
    { type: 'release-preset', which: 'location' },
    { type: 'choose-service', serviceId: 'koerekort' },
    { type: 'choose-location', locationId: 'raadhuset' },
    { type: 'next' },
    { type: 'back' },
    { type: 'manage', id: 'bk-2', token: 'token-0123456789abcdef' },
    { type: 'booking-loaded', booking: BOOKING },
  ];
  const laterActions: FlowAction[] = [
    { type: 'choose-day', day: '2026-11-27' },
    { type: 'choose-slot', slot: OTHER_SLOT },
    { type: 'edit-details', details: { name: 'Ole' } },
    { type: 'change', step: 'day' },
    { type: 'created', booking: BOOKING, token: 'token-0123456789abcdef' },
    { type: 'slot-taken' },
    { type: 'rejected', fields: { email: 'invalid' } },
    { type: 'ask-cancel' },
    { type: 'cancelled' },
    { type: 'reschedule' },
    { type: 'rescheduled', booking: BOOKING },
    { type: 'new-booking' },
  ];

  it("answers the first steps' actions and the moves of every step exactly as the whole flow does", () => {
    for (const state of states)
      for (const action of firstActions)
        expect(reduceFirstSteps(state, action), `${state.step} ${action.type}`).to.deep.equal(reduceFlow(state, action));
  });

  it("leaves the later steps' actions to the whole flow (the state stays as it is)", () => {
    for (const state of states)
      for (const action of laterActions) expect(reduceFirstSteps(state, action), `${state.step} ${action.type}`).to.equal(state);
  });
});

import { expect } from '@open-wc/testing';
import { type ActionContext, runAction } from '../../src/booking/booking.actions.js';
import { type FlowAction, type FlowState, initialFlow, manageFlow } from '../../src/booking/booking.flow.js';
import { reduceFlow } from '../../src/booking/booking.later-flow.js';
import { SubmissionKey } from '../../src/booking/idempotency.js';
import { BookingError } from '../../src/booking/provider.js';
import { FakeBookingProvider, TOKEN } from './fake-provider.js';

function context(provider: FakeBookingProvider, key = new SubmissionKey()): ActionContext {
  return { provider, key, lang: 'da', signal: new AbortController().signal };
}

function readyToBook(provider: FakeBookingProvider): FlowState {
  const slot = provider.slots_[0]!;
  const actions: FlowAction[] = [
    { type: 'choose-day', day: '2026-11-26' },
    { type: 'next' },
    { type: 'choose-slot', slot },
    { type: 'next' },
    { type: 'edit-details', details: { name: 'Mette', email: 'mette@example.dk' } },
    { type: 'next' },
  ];
  return actions.reduce(reduceFlow, initialFlow({ serviceId: slot.serviceId, locationId: slot.locationId }));
}

describe('booking actions', () => {
  it('books: the created booking, the confirmed event, and a fresh key for the next booking', async () => {
    const provider = new FakeBookingProvider();
    const key = new SubmissionKey();
    const flow = readyToBook(provider);
    const outcome = await runAction('create', flow, context(provider, key));
    expect(outcome.status).to.equal('done');
    if (outcome.status !== 'done') return;
    expect(outcome.event).to.equal('borger-booking-confirmed');
    expect(outcome.actions).to.deep.equal([{ type: 'created', booking: outcome.booking, token: TOKEN }]);
    const used = provider.callsOf('create')[0]!.args[1];
    expect(key.for(provider.callsOf('create')[0]!.args[0])).not.to.equal(used);
  });

  it('a lost answer is retried with the same key and gives the same booking', async () => {
    const provider = new FakeBookingProvider();
    const key = new SubmissionKey();
    const flow = readyToBook(provider);
    provider.failNext('create', new BookingError('timeout', 'slow'));
    const failed = await runAction('create', flow, context(provider, key));
    expect(failed).to.deep.include({ status: 'failed', actions: [], staleSlots: false });
    const done = await runAction('create', flow, context(provider, key));
    expect(done.status).to.equal('done');
    const [first, second] = provider.callsOf('create').map((call) => call.args[1]);
    expect(second).to.equal(first);
  });

  it('409 and 422 lead back into the flow; the slot ones make the free times stale', async () => {
    const provider = new FakeBookingProvider();
    const flow = readyToBook(provider);
    provider.failNext('create', new BookingError('slot_taken', 'taken'));
    expect(await runAction('create', flow, context(provider))).to.deep.include({ actions: [{ type: 'slot-taken' }], staleSlots: true });
    provider.failNext('create', new BookingError('invalid', 'bad', { fields: { email: 'bad' } }));
    expect(await runAction('create', flow, context(provider))).to.deep.include({
      actions: [{ type: 'rejected', fields: { email: 'bad' } }],
      staleSlots: false,
    });
    provider.failNext('create', new BookingError('invalid', 'bad', { fields: { slotId: 'unknown' } }));
    expect(await runAction('create', flow, context(provider))).to.deep.include({ staleSlots: true });
  });

  it('moves and cancels a managed booking, and names the events', async () => {
    const provider = new FakeBookingProvider();
    const booking = provider.seedBooking(provider.slots_[0]!);
    const loaded = reduceFlow(manageFlow(booking.id, TOKEN), { type: 'booking-loaded', booking });
    const moving = [
      { type: 'reschedule' },
      { type: 'choose-day', day: '2026-11-26' },
      { type: 'next' },
      { type: 'choose-slot', slot: provider.slots_[1]! },
      { type: 'next' },
    ] as FlowAction[];
    const moved = await runAction('reschedule', moving.reduce(reduceFlow, loaded), context(provider));
    expect(moved).to.deep.include({ status: 'done', event: 'borger-booking-rescheduled' });
    const cancelled = await runAction('cancel', reduceFlow(loaded, { type: 'ask-cancel' }), context(provider));
    expect(cancelled).to.deep.include({ status: 'done', event: 'borger-booking-cancelled', actions: [{ type: 'cancelled' }] });
    if (cancelled.status === 'done') expect(cancelled.booking.status).to.equal('cancelled');
  });

  it('a failed cancel is only retried; nothing is sent when the flow is not ready; nothing throws', async () => {
    const provider = new FakeBookingProvider();
    const booking = provider.seedBooking(provider.slots_[0]!);
    const loaded = reduceFlow(manageFlow(booking.id, TOKEN), { type: 'booking-loaded', booking });
    provider.failNext('cancel', new BookingError('slot_taken', 'odd'));
    expect(await runAction('cancel', loaded, context(provider))).to.deep.include({ actions: [], staleSlots: false });
    expect(await runAction('create', initialFlow(), context(provider))).to.deep.equal({ status: 'skipped' });
    const broken = Object.assign(new FakeBookingProvider(), { create: () => Promise.reject(new TypeError('oops')) });
    const outcome = await runAction('create', readyToBook(broken), context(broken));
    expect(outcome.status === 'failed' && outcome.error.code).to.equal('internal');
  });
});

import { expect } from '@open-wc/testing';
import { CheckedBookingProvider } from '../../src/booking/checked-provider.js';
import { BookingError, type BookingProvider } from '../../src/booking/provider.js';
import { FakeBookingProvider, TOKEN } from './fake-provider.js';

async function rejection(promise: Promise<unknown>): Promise<BookingError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BookingError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('CheckedBookingProvider', () => {
  it('passes good answers through unchanged', async () => {
    const inner = new FakeBookingProvider();
    const checked = new CheckedBookingProvider(inner);
    expect(await checked.services()).to.deep.equal(inner.services_);
    const slots = await checked.slots('pas', 'bibliotek-valby', '2026-11-01', '2026-11-30');
    expect(slots.length).to.be.greaterThan(0);
    const booking = inner.seedBooking(slots[0]!);
    expect(await checked.get(booking.id, TOKEN)).to.deep.equal(booking);
  });

  it('turns an answer that breaks the contract into bad_response with JSON paths', async () => {
    const inner = new FakeBookingProvider().failNext('services', {
      answer: [{ id: 'pas', name: 'Pas', durationMinutes: 15, colour: 'red' }],
    });
    const error = await rejection(new CheckedBookingProvider(inner).services());
    expect(error.code).to.equal('bad_response');
    expect(error.problems).to.deep.equal([{ path: '$[0].colour', message: 'is not a known field (a typo?)' }]);
  });

  it('refuses slots for another service or place, and a booking that is not the one asked for', async () => {
    const inner = new FakeBookingProvider();
    const stray = inner.slots_.find((slot) => slot.serviceId === 'koerekort')!;
    inner.failNext('slots', { answer: [stray] });
    const checked = new CheckedBookingProvider(inner);
    expect((await rejection(checked.slots('pas', stray.locationId, '2026-11-01', '2026-11-30'))).code).to.equal('bad_response');
    const booking = inner.seedBooking(inner.slots_[0]!);
    inner.failNext('get', { answer: { ...booking, id: 'someone-else' } });
    expect((await rejection(checked.get(booking.id, TOKEN))).code).to.equal('bad_response');
  });

  it('explains a broken later answer (a month of times, a looked-up booking) with JSON paths', async () => {
    const inner = new FakeBookingProvider();
    const slot = inner.slots_[0]!;
    inner.failNext('slots', { answer: [{ ...slot, end: 'later' }] });
    const checked = new CheckedBookingProvider(inner);
    const slotsError = await rejection(checked.slots(slot.serviceId, slot.locationId, '2026-11-01', '2026-11-30'));
    expect(slotsError.code).to.equal('bad_response');
    expect(slotsError.problems?.map((p) => p.path)).to.deep.equal(['$[0].end']);
    const booking = inner.seedBooking(slot);
    inner.failNext('get', { answer: { ...booking, status: 'moved' } });
    const getError = await rejection(checked.get(booking.id, TOKEN));
    expect(getError.code).to.equal('bad_response');
    expect(getError.problems?.map((p) => p.path)).to.deep.equal(['$.status']);
  });

  it('checks once when the inner provider checks its answers itself, and still refuses stray slots and bookings', async () => {
    const inner = new FakeBookingProvider();
    // Not checked a second time: what such a provider hands on is taken as it is.
    const answer = [{ id: 'pas', name: 'Pas', durationMinutes: 15, colour: 'red' }];
    inner.failNext('services', { answer });
    const checked = new CheckedBookingProvider(inner, true);
    expect(await checked.services()).to.deep.equal(answer);
    const stray = inner.slots_.find((slot) => slot.serviceId === 'koerekort')!;
    inner.failNext('slots', { answer: [stray] });
    expect((await rejection(checked.slots('pas', stray.locationId, '2026-11-01', '2026-11-30'))).code).to.equal('bad_response');
    const booking = inner.seedBooking(inner.slots_[0]!);
    inner.failNext('get', { answer: { ...booking, id: 'someone-else' } });
    expect((await rejection(checked.get(booking.id, TOKEN))).problems?.map((p) => p.path)).to.deep.equal(['$.id']);
  });

  it('keeps BookingErrors, and names everything else a provider throws', async () => {
    const throwing = (error: unknown): BookingProvider =>
      Object.assign(new FakeBookingProvider(), { services: () => Promise.reject(error) });
    expect((await rejection(new CheckedBookingProvider(throwing(new BookingError('rate_limited', 'slow down'))).services())).code).to.equal(
      'rate_limited',
    );
    expect((await rejection(new CheckedBookingProvider(throwing(new TypeError('undefined is not a function'))).services())).code).to.equal(
      'internal',
    );
    expect((await rejection(new CheckedBookingProvider(throwing(new DOMException('stop', 'AbortError'))).services())).code).to.equal(
      'aborted',
    );
  });
});

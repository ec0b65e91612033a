// The retention job erases personal data a set time after the appointment, and forgets
// idempotency records after a day; bookings themselves stay for the statistics.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runRetention, scheduleRetention } from '../../server/retention.js';
import { CreatedBookingResponseSchema } from '../../src/booking/booking.schema.js';
import { bookingBody, expectShape, FIRST_VALBY_SLOT, makeApp, newKey, postBooking } from './fixtures.js';

const DAY_MS = 86_400_000;
// The first Valby slot ends 2026-03-30 12:15 (+02:00).
const APPOINTMENT_END = Date.parse('2026-03-30T12:15:00+02:00');

describe('retention', () => {
  it('erases name, e-mail and phone only after the retention period, keeps the booking', async () => {
    const t = await makeApp();
    const created = expectShape(
      CreatedBookingResponseSchema,
      (await postBooking(t.app, bookingBody(FIRST_VALBY_SLOT, { phone: '12345678' }))).body,
    );
    const id = created.booking.id;

    const early = await runRetention(t.storage, new Date(APPOINTMENT_END + 30 * DAY_MS - 60_000), 30);
    assert.equal(early.erasedBookings, 0);
    assert.equal((await t.storage.findBooking(id))?.personalData?.name, 'Anna Jensen');

    const due = await runRetention(t.storage, new Date(APPOINTMENT_END + 30 * DAY_MS + 60_000), 30);
    assert.equal(due.erasedBookings, 1);
    const after = await t.storage.findBooking(id);
    assert.equal(after?.personalData, undefined);
    assert.deepEqual(after?.booking, created.booking);
    const row = t.storage.db.prepare('SELECT name, email, phone, lang, erased_ms FROM bookings WHERE id = ?').get(id);
    assert.deepEqual(row, { name: null, email: null, phone: null, lang: null, erased_ms: APPOINTMENT_END + 30 * DAY_MS + 60_000 });

    // A second pass has nothing left to do.
    assert.equal((await runRetention(t.storage, new Date(APPOINTMENT_END + 40 * DAY_MS), 30)).erasedBookings, 0);
    await t.close();
  });

  it('honours a shorter retention period', async () => {
    const t = await makeApp();
    await postBooking(t.app, bookingBody(FIRST_VALBY_SLOT));
    assert.equal((await runRetention(t.storage, new Date(APPOINTMENT_END + 2 * DAY_MS), 1)).erasedBookings, 1);
    await t.close();
  });

  it('forgets idempotency records after a day, after which the key books afresh', async () => {
    const t = await makeApp();
    const key = newKey();
    const first = await postBooking(t.app, bookingBody(FIRST_VALBY_SLOT), key);
    assert.equal(first.status, 201);
    assert.equal((await runRetention(t.storage, new Date(t.clock.now.getTime() + DAY_MS - 1000), 30)).forgottenKeys, 0);
    assert.equal((await runRetention(t.storage, new Date(t.clock.now.getTime() + DAY_MS + 1000), 30)).forgottenKeys, 1);
    // Without its record, the same request is a new attempt: the slot is taken by the first.
    assert.equal((await postBooking(t.app, bookingBody(FIRST_VALBY_SLOT), key)).status, 409);
    await t.close();
  });

  it('runs once at once when scheduled, and reports counts only', async () => {
    const t = await makeApp();
    await postBooking(t.app, bookingBody(FIRST_VALBY_SLOT));
    const reported = await new Promise<unknown>((resolve) => {
      const stop = scheduleRetention(t.storage, {
        retentionDays: 30,
        now: () => new Date(APPOINTMENT_END + 31 * DAY_MS),
        report: (result) => {
          stop();
          resolve(result);
        },
      });
    });
    assert.deepEqual(reported, { erasedBookings: 1, forgottenKeys: 1 });
    await t.close();
  });
});

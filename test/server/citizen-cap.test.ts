// The per-citizen cap: at most N coming bookings per e-mail address and per phone number,
// recognised through keyed hashes, whatever way the citizen writes them.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { canonicalEmail, canonicalPhone, citizenHashes, DEFAULT_CITIZEN_LIMIT } from '../../server/citizen-cap.js';
import { CreatedBookingResponseSchema, ErrorBodySchema, SlotsResponseSchema } from '../../src/booking/booking.schema.js';
import { bearer, bookingBody, call, expectShape, makeApp, postBooking } from './fixtures.js';

async function freeSlotIds(t: Awaited<ReturnType<typeof makeApp>>, count: number): Promise<string[]> {
  const response = await call(t.app, 'GET', '/slots?service=pas&location=borgerservice-raadhuset&from=2026-03-31&to=2026-04-03');
  return expectShape(SlotsResponseSchema, response.body)
    .slots.slice(0, count)
    .map((slot) => slot.id);
}

describe('per-citizen cap', () => {
  it('is documented as 4 by default', () => {
    assert.equal(DEFAULT_CITIZEN_LIMIT, 4);
  });

  it('refuses a booking beyond the cap with 422 on the contact field, and lets one in after a cancel', async () => {
    const t = await makeApp({ citizenLimit: 2 });
    const [a, b, c, d] = await freeSlotIds(t, 4);
    const first = await postBooking(t.app, bookingBody(a as string, { email: 'anna@example.dk' }));
    assert.equal(first.status, 201);
    // The same address written differently is the same person.
    assert.equal((await postBooking(t.app, bookingBody(b as string, { email: 'ANNA@Example.DK' }))).status, 201);
    const third = await postBooking(t.app, bookingBody(c as string, { email: 'anna@example.dk' }));
    assert.equal(third.status, 422);
    const error = expectShape(ErrorBodySchema, third.body).error;
    assert.equal(error.code, 'invalid');
    assert.match(error.fields?.email ?? '', /already holds 2 coming bookings/);
    // Someone else books freely.
    assert.equal((await postBooking(t.app, bookingBody(c as string, { email: 'bo@example.dk' }))).status, 201);
    // Cancelling one frees a place under the cap.
    const created = expectShape(CreatedBookingResponseSchema, first.body);
    assert.equal((await call(t.app, 'DELETE', `/bookings/${created.booking.id}`, { headers: bearer(created.token) })).status, 204);
    assert.equal((await postBooking(t.app, bookingBody(d as string, { email: 'anna@example.dk' }))).status, 201);
    await t.close();
  });

  it('counts by phone number too, across e-mail addresses', async () => {
    const t = await makeApp({ citizenLimit: 1 });
    const [a, b] = await freeSlotIds(t, 2);
    assert.equal((await postBooking(t.app, { slotId: a, name: 'Bo', phone: '12 34 56 78' })).status, 201);
    const second = await postBooking(t.app, { slotId: b, name: 'Bo', email: 'other@example.dk', phone: '+45 12345678' });
    assert.equal(second.status, 422);
    assert.match(expectShape(ErrorBodySchema, second.body).error.fields?.phone ?? '', /already holds 1 coming booking/);
    await t.close();
  });

  it('counts only coming bookings: past appointments do not hold a place', async () => {
    const t = await makeApp({ citizenLimit: 1 });
    const [a, b] = await freeSlotIds(t, 2);
    assert.equal((await postBooking(t.app, bookingBody(a as string))).status, 201);
    t.clock.now = new Date('2026-03-31T23:00:00+02:00');
    const response = await call(t.app, 'GET', '/slots?service=pas&location=borgerservice-raadhuset&from=2026-04-01&to=2026-04-01');
    const later = expectShape(SlotsResponseSchema, response.body).slots[0]?.id;
    assert.ok(b && later);
    assert.equal((await postBooking(t.app, bookingBody(later))).status, 201);
    await t.close();
  });

  it('replays a refusal under its Idempotency-Key', async () => {
    const t = await makeApp({ citizenLimit: 1 });
    const [a, b] = await freeSlotIds(t, 2);
    await postBooking(t.app, bookingBody(a as string));
    const key = randomUUID();
    const refused = await postBooking(t.app, bookingBody(b as string), key);
    const replayed = await postBooking(t.app, bookingBody(b as string), key);
    assert.equal(replayed.status, 422);
    assert.deepEqual(replayed.body, refused.body);
    await t.close();
  });

  it('keeps only keyed hashes, erased with the personal data', async () => {
    const t = await makeApp({ citizenLimit: 3 });
    const [a] = await freeSlotIds(t, 1);
    const created = expectShape(
      CreatedBookingResponseSchema,
      (await postBooking(t.app, bookingBody(a as string, { phone: '12345678' }))).body,
    );
    const row = t.storage.db.prepare('SELECT email_hash, phone_hash FROM bookings WHERE id = ?').get(created.booking.id) as Record<
      string,
      Buffer
    >;
    const key = (t.storage.db.prepare("SELECT value FROM server_secrets WHERE name = 'citizen-hash-key'").get() as { value: Buffer }).value;
    assert.equal(key.length, 32);
    const expected = citizenHashes(key, { email: 'anna@example.dk', phone: '12345678' });
    assert.deepEqual(row, { email_hash: expected.emailHash, phone_hash: expected.phoneHash });
    // A different key gives different hashes: the hashes alone cannot be tested against a list.
    assert.notDeepEqual(citizenHashes(Buffer.alloc(32), { email: 'anna@example.dk' }).emailHash, row.email_hash);
    await call(t.app, 'DELETE', `/bookings/${created.booking.id}`, { headers: bearer(created.token) });
    assert.deepEqual(t.storage.db.prepare('SELECT email_hash, phone_hash FROM bookings WHERE id = ?').get(created.booking.id), {
      email_hash: null,
      phone_hash: null,
    });
    await t.close();
  });

  it('writes contacts one way', () => {
    assert.equal(canonicalEmail(' Anna@Example.DK '), 'anna@example.dk');
    for (const phone of ['12345678', '12 34 56 78', '+45 12 34 56 78', '0045-12345678']) assert.equal(canonicalPhone(phone), '+4512345678');
    assert.equal(canonicalPhone('+46 70 123 45 67'), '+46701234567');
  });
});

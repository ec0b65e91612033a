// The booking API contract, route by route, through app.request(): every status and every body
// checked against the shared zod schemas the browser client uses.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseSlotId } from '../../server/slots.js';
import { CODE_ALPHABET } from '../../server/tokens.js';
import {
  BookingResponseSchema,
  CreatedBookingResponseSchema,
  ErrorBodySchema,
  LocationsResponseSchema,
  ServicesResponseSchema,
  SlotsResponseSchema,
} from '../../src/booking/booking.schema.js';
import {
  bearer,
  bookingBody,
  call,
  expectShape,
  FIRST_VALBY_SLOT,
  makeApp,
  NOW,
  newKey,
  postBooking,
  type TestApp,
  valbyPasSlotId,
} from './fixtures.js';

async function slotsOf(t: TestApp, service: string, location: string, from: string, to: string) {
  const response = await call(t.app, 'GET', `/slots?service=${service}&location=${location}&from=${from}&to=${to}`);
  assert.equal(response.status, 200);
  return expectShape(SlotsResponseSchema, response.body).slots;
}

async function remainingOf(t: TestApp, slotId: string): Promise<number | undefined> {
  const parsed = parseSlotId(slotId);
  assert.ok(parsed, slotId);
  const date = parsed.start.slice(0, 10);
  return (await slotsOf(t, parsed.serviceId, parsed.locationId, date, date)).find((slot) => slot.id === slotId)?.remaining;
}

function errorOf(response: { status: number; body: unknown }, status: number, code: string) {
  assert.equal(response.status, status, JSON.stringify(response.body));
  const body = expectShape(ErrorBodySchema, response.body);
  assert.equal(body.error.code, code);
  return body.error;
}

describe('GET /services and /locations', () => {
  let t: TestApp;
  before(async () => {
    t = await makeApp();
  });
  after(() => t.close());

  it('lists the five services with Danish and English texts', async () => {
    const response = await call(t.app, 'GET', '/services');
    assert.equal(response.status, 200);
    const { services } = expectShape(ServicesResponseSchema, response.body);
    assert.deepEqual(
      services.map((s) => s.id),
      ['pas', 'koerekort', 'sundhedskort', 'mitid', 'hjaelp-selvbetjening'],
    );
    const pas = services[0];
    assert.deepEqual(pas?.name, { da: 'Pas', en: 'Passport' });
    assert.ok(pas?.bring && pas.bring.length >= 2);
    for (const service of services) {
      assert.equal(typeof service.name === 'object' && 'en' in service.name, true, `${service.id} has an English name`);
    }
  });

  it('lists the locations that offer a service', async () => {
    const pas = expectShape(LocationsResponseSchema, (await call(t.app, 'GET', '/locations?service=pas')).body);
    assert.deepEqual(
      pas.locations.map((l) => l.id),
      ['borgerservice-raadhuset', 'bibliotek-hovedbiblioteket', 'bibliotek-valby'],
    );
    assert.equal(pas.locations[0]?.address, 'Rådhuspladsen 1, 1550 København V');
    assert.equal(pas.locations[2]?.kind, 'library');
    const card = expectShape(LocationsResponseSchema, (await call(t.app, 'GET', '/locations?service=sundhedskort')).body);
    assert.deepEqual(
      card.locations.map((l) => l.id),
      ['borgerservice-raadhuset'],
    );
  });

  it('lists every location without a service, and 404s an unknown service', async () => {
    const all = expectShape(LocationsResponseSchema, (await call(t.app, 'GET', '/locations')).body);
    assert.equal(all.locations.length, 3);
    errorOf(await call(t.app, 'GET', '/locations?service=hundelicens'), 404, 'not_found');
  });

  it('answers unknown routes with the error body', async () => {
    errorOf(await call(t.app, 'GET', '/nothing-here'), 404, 'not_found');
  });
});

describe('GET /slots', () => {
  let t: TestApp;
  before(async () => {
    t = await makeApp();
  });
  after(() => t.close());

  it('offers Valby passport slots on open days only (closed at Easter)', async () => {
    const slots = await slotsOf(t, 'pas', 'bibliotek-valby', '2026-03-30', '2026-04-06');
    const days = [...new Set(slots.map((s) => s.start.slice(0, 10)))];
    // Mon 30 Mar and Sat 4 Apr; Thu 2 Apr is skærtorsdag and Mon 6 Apr is 2. påskedag.
    assert.deepEqual(days, ['2026-03-30', '2026-04-04']);
    assert.equal(slots.length, 28 + 16);
    assert.deepEqual(slots[0], {
      id: FIRST_VALBY_SLOT,
      serviceId: 'pas',
      locationId: 'bibliotek-valby',
      start: '2026-03-30T12:00:00+02:00',
      end: '2026-03-30T12:15:00+02:00',
      remaining: 1,
    });
    assert.equal(slots.at(-1)?.end, '2026-04-04T14:00:00+02:00');
  });

  it('gives the Rådhuset counters a capacity of three', async () => {
    const slots = await slotsOf(t, 'pas', 'borgerservice-raadhuset', '2026-03-31', '2026-03-31');
    assert.equal(slots.length, 20);
    assert.ok(slots.every((s) => s.remaining === 3));
  });

  it('422s missing or malformed parameters, naming the field', async () => {
    const missing = errorOf(await call(t.app, 'GET', '/slots?service=pas'), 422, 'invalid');
    assert.ok(missing.fields?.location && missing.fields.from && missing.fields.to);
    const badDate = errorOf(
      await call(t.app, 'GET', '/slots?service=pas&location=bibliotek-valby&from=2026-02-30&to=2026-03-31'),
      422,
      'invalid',
    );
    assert.match(badDate.fields?.from ?? '', /calendar date/);
    const reversed = errorOf(
      await call(t.app, 'GET', '/slots?service=pas&location=bibliotek-valby&from=2026-04-10&to=2026-04-01'),
      422,
      'invalid',
    );
    assert.match(reversed.fields?.to ?? '', /before/);
    const tooLong = errorOf(
      await call(t.app, 'GET', '/slots?service=pas&location=bibliotek-valby&from=2026-04-01&to=2026-06-15'),
      422,
      'invalid',
    );
    assert.match(tooLong.fields?.to ?? '', /longer than 62 days/);
    // 62 days, both ends counted, is the most.
    assert.equal((await call(t.app, 'GET', '/slots?service=pas&location=bibliotek-valby&from=2026-04-01&to=2026-06-01')).status, 200);
    errorOf(await call(t.app, 'GET', '/slots?service=pas&location=bibliotek-valby&from=2026-04-01&to=2026-06-02'), 422, 'invalid');
  });

  it('404s an unknown service, and a location that does not offer the service', async () => {
    errorOf(await call(t.app, 'GET', '/slots?service=hund&location=bibliotek-valby&from=2026-04-01&to=2026-04-02'), 404, 'not_found');
    errorOf(
      await call(t.app, 'GET', '/slots?service=sundhedskort&location=bibliotek-valby&from=2026-04-01&to=2026-04-02'),
      404,
      'not_found',
    );
  });
});

describe('POST /bookings', () => {
  let t: TestApp;
  before(async () => {
    t = await makeApp();
  });
  after(() => t.close());

  it('creates a booking: 201 with the booking and a one-time token; the slot fills', async () => {
    const response = await postBooking(t.app, bookingBody(FIRST_VALBY_SLOT, { phone: '+45 12 34 56 78', lang: 'en' }));
    assert.equal(response.status, 201);
    const { booking, token } = expectShape(CreatedBookingResponseSchema, response.body);
    assert.equal(booking.status, 'confirmed');
    assert.equal(booking.start, '2026-03-30T12:00:00+02:00');
    assert.equal(booking.end, '2026-03-30T12:15:00+02:00');
    assert.match(booking.code, new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    assert.match(token, /^[A-Za-z0-9_-]{22}$/);
    assert.equal(await remainingOf(t, FIRST_VALBY_SLOT), 0);
    // The database keeps a hash of the token, never the token.
    const stored = await t.storage.findBooking(booking.id);
    assert.ok(stored);
    assert.notEqual(stored.tokenHash.toString('base64url'), token);
    assert.deepEqual(stored.personalData, { name: 'Anna Jensen', email: 'anna@example.dk', phone: '+4512345678', lang: 'en' });
  });

  it('409s the next booking of a full slot', async () => {
    const slot = valbyPasSlotId('2026-03-30T12:15:00+02:00');
    assert.equal((await postBooking(t.app, bookingBody(slot))).status, 201);
    errorOf(await postBooking(t.app, bookingBody(slot, { name: 'Bo Hansen' })), 409, 'slot_taken');
  });

  it('replays the first answer for the same key and body, and books only once', async () => {
    const slot = valbyPasSlotId('2026-04-04T10:00:00+02:00');
    const key = newKey();
    const first = await postBooking(t.app, bookingBody(slot), key);
    const again = await postBooking(t.app, bookingBody(slot), key);
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    // Key order in the JSON does not make it another body.
    const reordered = { email: 'anna@example.dk', name: 'Anna Jensen', slotId: slot };
    assert.deepEqual((await postBooking(t.app, reordered, key)).body, first.body);
    assert.equal(await remainingOf(t, slot), 0);
  });

  it('replays a 409 as a 409', async () => {
    const slot = valbyPasSlotId('2026-04-04T10:15:00+02:00');
    assert.equal((await postBooking(t.app, bookingBody(slot))).status, 201);
    const key = newKey();
    const first = await postBooking(t.app, bookingBody(slot, { name: 'Bo' }), key);
    const again = await postBooking(t.app, bookingBody(slot, { name: 'Bo' }), key);
    errorOf(first, 409, 'slot_taken');
    assert.equal(again.status, 409);
    assert.deepEqual(again.body, first.body);
  });

  it('422s the same key with a different body', async () => {
    const key = newKey();
    assert.equal((await postBooking(t.app, bookingBody(valbyPasSlotId('2026-04-04T10:30:00+02:00')), key)).status, 201);
    const other = await postBooking(t.app, bookingBody(valbyPasSlotId('2026-04-04T10:45:00+02:00')), key);
    const error = errorOf(other, 422, 'invalid');
    assert.match(error.fields?.['Idempotency-Key'] ?? '', /another body/);
    assert.equal(await remainingOf(t, valbyPasSlotId('2026-04-04T10:45:00+02:00')), 1);
  });

  it('422s a missing or too short Idempotency-Key', async () => {
    const body = bookingBody(valbyPasSlotId('2026-04-04T11:00:00+02:00'));
    const missing = await call(t.app, 'POST', '/bookings', { body });
    assert.ok(errorOf(missing, 422, 'invalid').fields?.['Idempotency-Key']);
    errorOf(await postBooking(t.app, body, 'short'), 422, 'invalid');
  });

  it('422s unknown fields, naming them', async () => {
    const error = errorOf(
      await postBooking(t.app, bookingBody(valbyPasSlotId('2026-04-04T11:00:00+02:00'), { cpr: '0101901234' })),
      422,
      'invalid',
    );
    assert.match(error.fields?.cpr ?? '', /not a known field/);
  });

  it('422s a name that looks like a CPR number, with a clear message', async () => {
    for (const name of ['0101901234', '010190-1234', 'Anna 010190 1234']) {
      const error = errorOf(await postBooking(t.app, bookingBody(valbyPasSlotId('2026-04-04T11:00:00+02:00'), { name })), 422, 'invalid');
      assert.match(error.fields?.name ?? '', /CPR number/);
    }
  });

  it('422s dates and slots outside the booking horizon instead of failing inside', async () => {
    for (const [from, to] of [
      ['0001-01-01', '0001-01-02'],
      ['9999-12-30', '9999-12-31'],
      ['2026-03-30', '2028-03-31'],
    ]) {
      const error = errorOf(await call(t.app, 'GET', `/slots?service=pas&location=bibliotek-valby&from=${from}&to=${to}`), 422, 'invalid');
      assert.match(Object.values(error.fields ?? {}).join(' '), /outside the booking horizon/, `${from}..${to}`);
    }
    for (const start of ['0001-01-01T10:00:00+01:00', '9999-01-01T10:00:00+01:00']) {
      const error = errorOf(await postBooking(t.app, bookingBody(valbyPasSlotId(start))), 422, 'invalid');
      assert.match(error.fields?.slotId ?? '', /outside the booking horizon/);
    }
  });

  it('422s a booking with neither e-mail nor phone, and malformed contact details', async () => {
    const slot = valbyPasSlotId('2026-04-04T11:00:00+02:00');
    const none = errorOf(await postBooking(t.app, { slotId: slot, name: 'Anna' }), 422, 'invalid');
    assert.match(none.fields?.email ?? '', /e-mail address or a phone number/);
    const bad = errorOf(await postBooking(t.app, { slotId: slot, name: 'Anna', email: 'anna@', phone: '1234' }), 422, 'invalid');
    assert.ok(bad.fields?.email && bad.fields.phone);
  });

  it('413s a body over 4 KB', async () => {
    const body = bookingBody(valbyPasSlotId('2026-04-04T11:00:00+02:00'), { name: 'A'.repeat(5000) });
    errorOf(await postBooking(t.app, body), 413, 'invalid');
  });

  it('422s a body that is not JSON', async () => {
    const response = await call(t.app, 'POST', '/bookings', {
      rawBody: '{"slotId": ',
      headers: { 'Idempotency-Key': newKey(), 'Content-Type': 'application/json' },
    });
    errorOf(response, 422, 'invalid');
  });

  it('422s a slot id that is not from GET /slots; 409s one that is no longer offered', async () => {
    const error = errorOf(await postBooking(t.app, bookingBody('tomorrow at ten')), 422, 'invalid');
    assert.ok(error.fields?.slotId);
    errorOf(await postBooking(t.app, bookingBody('bibliotek-valby:sundhedskort:2026-04-04T11:00:00+02:00')), 422, 'invalid');
    // A time between slots, a holiday (2. påskedag), a wrong offset, beyond the 28-day horizon.
    for (const start of [
      '2026-04-04T11:05:00+02:00',
      '2026-04-06T12:00:00+02:00',
      '2026-04-04T10:00:00+01:00',
      '2026-04-30T12:00:00+02:00',
    ]) {
      errorOf(await postBooking(t.app, bookingBody(valbyPasSlotId(start))), 409, 'slot_taken');
    }
    // A slot that has started.
    t.clock.now = new Date('2026-03-30T16:05:00+02:00');
    const started = await postBooking(t.app, bookingBody(valbyPasSlotId('2026-03-30T16:00:00+02:00')));
    t.clock.now = NOW;
    errorOf(started, 409, 'slot_taken');
  });

  it('shares the counters between services: three at Rådhuset, whatever they book', async () => {
    const at = (service: string, time: string) => `borgerservice-raadhuset:${service}:2026-03-31T${time}:00+02:00`;
    for (const service of ['pas', 'koerekort', 'mitid']) {
      assert.equal((await postBooking(t.app, bookingBody(at(service, '10:00')))).status, 201, service);
    }
    errorOf(await postBooking(t.app, bookingBody(at('sundhedskort', '10:00'))), 409, 'slot_taken');
    // The half-hour slot overlaps the full quarter; the next quarter is free again.
    errorOf(await postBooking(t.app, bookingBody(at('hjaelp-selvbetjening', '10:00'))), 409, 'slot_taken');
    assert.equal(await remainingOf(t, at('hjaelp-selvbetjening', '10:00')), 0);
    assert.equal((await postBooking(t.app, bookingBody(at('sundhedskort', '10:20')))).status, 201);
    assert.equal(await remainingOf(t, at('pas', '10:15')), 2);
  });
});

describe('GET, reschedule and DELETE /bookings/:id', () => {
  let t: TestApp;
  let id: string;
  let token: string;
  const firstSlot = valbyPasSlotId('2026-03-30T13:00:00+02:00');
  const secondSlot = valbyPasSlotId('2026-03-30T14:00:00+02:00');

  before(async () => {
    t = await makeApp();
    const created = expectShape(CreatedBookingResponseSchema, (await postBooking(t.app, bookingBody(firstSlot))).body);
    id = created.booking.id;
    token = created.token;
  });
  after(() => t.close());

  it('returns the booking for its token', async () => {
    const response = await call(t.app, 'GET', `/bookings/${id}`, { headers: bearer(token) });
    assert.equal(response.status, 200);
    const { booking } = expectShape(BookingResponseSchema, response.body);
    assert.equal(booking.id, id);
    assert.equal(booking.status, 'confirmed');
  });

  it('answers a wrong or missing token exactly like an unknown booking', async () => {
    const unknown = await call(t.app, 'GET', '/bookings/no-such-booking', { headers: bearer(token) });
    const wrong = await call(t.app, 'GET', `/bookings/${id}`, { headers: bearer('AAAAAAAAAAAAAAAAAAAAAA') });
    const missing = await call(t.app, 'GET', `/bookings/${id}`);
    const notBearer = await call(t.app, 'GET', `/bookings/${id}`, { headers: { Authorization: `Basic ${token}` } });
    errorOf(unknown, 404, 'not_found');
    for (const response of [wrong, missing, notBearer]) {
      assert.equal(response.status, 404);
      assert.equal(response.text, unknown.text);
    }
  });

  it('refuses reschedule and cancel with a wrong token', async () => {
    const wrong = bearer(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
    errorOf(await call(t.app, 'POST', `/bookings/${id}/reschedule`, { body: { slotId: secondSlot }, headers: wrong }), 404, 'not_found');
    errorOf(await call(t.app, 'DELETE', `/bookings/${id}`, { headers: wrong }), 404, 'not_found');
    assert.equal(await remainingOf(t, firstSlot), 0);
  });

  it('moves the booking: the old slot frees up, the new one fills', async () => {
    const response = await call(t.app, 'POST', `/bookings/${id}/reschedule`, { body: { slotId: secondSlot }, headers: bearer(token) });
    assert.equal(response.status, 200);
    const { booking } = expectShape(BookingResponseSchema, response.body);
    assert.equal(booking.start, '2026-03-30T14:00:00+02:00');
    assert.equal(await remainingOf(t, firstSlot), 1);
    assert.equal(await remainingOf(t, secondSlot), 0);
    // Asking again for the same time is a harmless retry.
    const again = await call(t.app, 'POST', `/bookings/${id}/reschedule`, { body: { slotId: secondSlot }, headers: bearer(token) });
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, response.body);
  });

  it('409s a move to a full slot, 422s one to another service or with unknown fields', async () => {
    const full = valbyPasSlotId('2026-03-30T15:00:00+02:00');
    assert.equal((await postBooking(t.app, bookingBody(full))).status, 201);
    const headers = bearer(token);
    errorOf(await call(t.app, 'POST', `/bookings/${id}/reschedule`, { body: { slotId: full }, headers }), 409, 'slot_taken');
    const other = errorOf(
      await call(t.app, 'POST', `/bookings/${id}/reschedule`, {
        body: { slotId: 'bibliotek-valby:mitid:2026-03-30T16:00:00+02:00' },
        headers,
      }),
      422,
      'invalid',
    );
    assert.ok(other.fields?.slotId);
    const extra = errorOf(
      await call(t.app, 'POST', `/bookings/${id}/reschedule`, { body: { slotId: full, name: 'x' }, headers }),
      422,
      'invalid',
    );
    assert.ok(extra.fields?.name);
  });

  it('cancels: 204, the slot frees up, the booking reads as cancelled, its personal data is gone', async () => {
    const response = await call(t.app, 'DELETE', `/bookings/${id}`, { headers: bearer(token) });
    assert.equal(response.status, 204);
    assert.equal(response.text, '');
    assert.equal(await remainingOf(t, secondSlot), 1);
    const read = expectShape(BookingResponseSchema, (await call(t.app, 'GET', `/bookings/${id}`, { headers: bearer(token) })).body);
    assert.equal(read.booking.status, 'cancelled');
    assert.equal((await t.storage.findBooking(id))?.personalData, undefined);
    // Cancelling twice is fine; moving a cancelled booking is not.
    assert.equal((await call(t.app, 'DELETE', `/bookings/${id}`, { headers: bearer(token) })).status, 204);
    errorOf(
      await call(t.app, 'POST', `/bookings/${id}/reschedule`, { body: { slotId: firstSlot }, headers: bearer(token) }),
      422,
      'invalid',
    );
  });
});

describe('cross-cutting policies', () => {
  it('logs JSON: request id, method, route, status and time, and no personal data', async () => {
    const t = await makeApp();
    const created = expectShape(
      CreatedBookingResponseSchema,
      (await postBooking(t.app, bookingBody(FIRST_VALBY_SLOT, { name: 'Karen Blixen', phone: '+45 87654321' }))).body,
    );
    await call(t.app, 'GET', `/bookings/${created.booking.id}`, { headers: bearer(created.token) });
    await call(t.app, 'GET', '/slots?service=pas&location=bibliotek-valby&from=2026-03-30&to=2026-03-31');
    await t.close();
    const requests = t.logRecords.filter((r) => r.msg === 'request');
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.route} ${r.status}`),
      ['POST /bookings 201', 'GET /bookings/:id 200', 'GET /slots 200'],
    );
    for (const record of requests) {
      assert.equal(typeof record.ms, 'number');
      assert.match(String(record.reqId), /^[0-9a-f-]{36}$/);
    }
    assert.equal(new Set(requests.map((r) => r.reqId)).size, 3);
    const all = JSON.stringify(t.logRecords);
    for (const secret of ['Karen', 'Blixen', 'anna@example.dk', '87654321', created.token, created.booking.id, 'bibliotek-valby']) {
      assert.ok(!all.includes(secret), `the log must not contain ${secret}`);
    }
  });

  it('answers a failure inside with 500 internal, logging no details', async () => {
    const t = await makeApp();
    t.storage.services = () => Promise.reject(new Error('SQLITE_CORRUPT near "Anna Jensen"'));
    const response = await call(t.app, 'GET', '/services');
    await t.close();
    const error = errorOf(response, 500, 'internal');
    assert.doesNotMatch(error.message, /SQLITE|Anna/);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    assert.ok(!JSON.stringify(t.logRecords).includes('Anna'));
    assert.ok(t.logRecords.some((r) => r.msg === 'request' && r.route === '/services' && r.status === 500));
    assert.ok(t.logRecords.some((r) => r.msg === 'request failed' && r.err === 'Error'));
  });

  it('sets security headers on every answer', async () => {
    const t = await makeApp();
    const response = await call(t.app, 'GET', '/services');
    await t.close();
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(response.headers.get('Referrer-Policy'), 'no-referrer');
    assert.match(response.headers.get('Content-Security-Policy') ?? '', /frame-ancestors 'none'/);
  });

  it('answers CORS preflights for allowed origins only, allowing the booking headers', async () => {
    const t = await makeApp({ corsOrigins: ['https://www.kk.dk'] });
    const preflight = (origin: string) =>
      t.app.request('/bookings', {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'idempotency-key, content-type',
        },
      });
    const allowed = await preflight('https://www.kk.dk');
    const refused = await preflight('https://evil.example');
    await t.close();
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://www.kk.dk');
    const headers = (allowed.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    assert.ok(headers.includes('idempotency-key') && headers.includes('authorization'));
    assert.match(allowed.headers.get('Access-Control-Allow-Methods') ?? '', /DELETE/);
    assert.equal(refused.headers.get('Access-Control-Allow-Origin'), null);
  });

  it('allows localhost origins by default', async () => {
    const t = await makeApp();
    const response = await t.app.request('/services', { headers: { Origin: 'http://localhost:6006' } });
    await t.close();
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'http://localhost:6006');
  });

  it('rate-limits writes per client with 429 and Retry-After', async () => {
    // hono-rate-limiter keeps real time: a short window, then a real wait.
    const t = await makeApp({ rateLimit: { writes: 2, reads: 100, windowMs: 1500 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await postBooking(t.app, bookingBody('not-a-slot'))).status);
    const limited = await postBooking(t.app, bookingBody('not-a-slot'));
    const read = await call(t.app, 'GET', '/services');
    // A new window lets the client in again.
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const later = await postBooking(t.app, bookingBody('not-a-slot'));
    await t.close();
    assert.deepEqual(statuses, [422, 422, 429]);
    errorOf(limited, 429, 'rate_limited');
    assert.ok(Number(limited.headers.get('Retry-After')) >= 1);
    assert.equal(read.status, 200);
    assert.equal(later.status, 422);
  });
});

describe('appointments that have begun', () => {
  it('can be neither moved nor cancelled (422), only read', async () => {
    const t = await makeApp();
    const { booking, token } = expectShape(CreatedBookingResponseSchema, (await postBooking(t.app, bookingBody(FIRST_VALBY_SLOT))).body);
    // 12:00 appointment; it is now 12:05.
    t.clock.now = new Date('2026-03-30T12:05:00+02:00');
    const move = await call(t.app, 'POST', `/bookings/${booking.id}/reschedule`, {
      body: { slotId: valbyPasSlotId('2026-03-31T12:00:00+02:00') },
      headers: bearer(token),
    });
    assert.match(errorOf(move, 422, 'invalid').message, /already begun or passed, so it cannot be moved/);
    const cancel = await call(t.app, 'DELETE', `/bookings/${booking.id}`, { headers: bearer(token) });
    assert.match(errorOf(cancel, 422, 'invalid').message, /cannot be cancelled/);
    const read = await call(t.app, 'GET', `/bookings/${booking.id}`, { headers: bearer(token) });
    assert.equal(read.status, 200);
    assert.equal((read.body as { booking: { status: string } }).booking.status, 'confirmed');
    await t.close();
  });
});

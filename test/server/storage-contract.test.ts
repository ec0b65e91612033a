// The BookingStorage contract (server/storage.ts), one suite run against every storage: SQLite
// always, PostgreSQL when DATABASE_URL names one (see postgres.ts). A municipality writing its
// own storage can run this suite against it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { citizenHashes } from '../../server/citizen-cap.js';
import { IdempotencyKey } from '../../server/idempotency.js';
import { PostgresBookingStorage } from '../../server/pg-storage.js';
import { DEMO_CATALOGUE, seedCatalogue } from '../../server/seed.js';
import { SqliteBookingStorage } from '../../server/sqlite-storage.js';
import type { BookedTime, BookingDecision, BookingStorage, CreateBookingInput } from '../../server/storage.js';
import { hashToken, newBookingCode, newBookingId } from '../../server/tokens.js';
import { freshDatabase, SKIP_POSTGRES, type TestDatabase } from './postgres.js';

const MINUTE = 60_000;
// Monday 6 April 2026 10:00 Copenhagen (+02:00), as epoch ms.
const T0 = Date.parse('2026-04-06T10:00:00+02:00');

function time(locationId: string, startMs: number, minutes = 15): BookedTime {
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
  return { locationId, start: startMs, end: startMs + minutes * MINUTE, startIso: iso(startMs), endIso: iso(startMs + minutes * MINUTE) };
}

function input(at: BookedTime, counters: number, key = randomBytes(16).toString('hex'), name = 'Anna Jensen'): CreateBookingInput {
  const idempotency = new IdempotencyKey(key);
  return {
    booking: {
      id: newBookingId(),
      serviceId: 'pas',
      time: at,
      personalData: { name, email: 'anna@example.dk', phone: '+4512345678', lang: 'da' },
      tokenHash: hashToken('token'),
      createdAtMs: T0 - 3 * 86_400_000,
    },
    counters,
    newCode: newBookingCode,
    idempotencyKeyHash: idempotency.hash,
    recordAnswer: (decision: BookingDecision) =>
      idempotency.record({ key }, { status: decision.kind === 'created' ? 201 : 409, body: decision }),
  };
}

function contract(label: string, skip: string | false, open: () => Promise<{ storage: BookingStorage; close(): Promise<void> }>) {
  describe(`BookingStorage contract: ${label}`, { skip }, () => {
    let storage: BookingStorage;
    let closeIt: () => Promise<void>;
    // Each test uses its own hour of the day, so tests do not see each other's bookings.
    let hour = 0;
    const nextStart = () => T0 + hour++ * 60 * MINUTE;

    before(async () => {
      ({ storage, close: closeIt } = await open());
      await seedCatalogue(storage);
    });
    after(() => closeIt());

    it('keeps the catalogue in order and filters locations by service', async () => {
      assert.deepEqual(await storage.services(), DEMO_CATALOGUE.services);
      assert.deepEqual(await storage.service('pas'), DEMO_CATALOGUE.services[0]);
      assert.equal(await storage.service('nope'), undefined);
      assert.deepEqual(await storage.locations(), DEMO_CATALOGUE.locations);
      const offering = await storage.locations('hjaelp-selvbetjening');
      assert.deepEqual(
        offering.map((l) => l.location.id),
        DEMO_CATALOGUE.locations.filter((l) => l.serviceIds.includes('hjaelp-selvbetjening')).map((l) => l.location.id),
      );
      assert.deepEqual(await storage.location('bibliotek-valby'), DEMO_CATALOGUE.locations[2]);
      assert.equal(await storage.location('nope'), undefined);
      // Saving again updates in place.
      await seedCatalogue(storage);
      assert.equal((await storage.services()).length, DEMO_CATALOGUE.services.length);
    });

    it('creates a booking, shows it as booked time, and keeps the answer under the key', async () => {
      const at = time('bibliotek-valby', nextStart());
      const request = input(at, 1);
      const result = await storage.createBooking(request);
      assert.equal(result.kind, 'decided');
      assert.ok(result.kind === 'decided' && result.decision.kind === 'created');
      const booking = result.decision.booking;
      assert.match(booking.code, /^[A-Z2-9]{6}$/);
      assert.deepEqual(await storage.bookedIntervals('bibliotek-valby', at.start - MINUTE, at.end + MINUTE), [
        { start: at.start, end: at.end },
      ]);
      const found = await storage.findBooking(booking.id);
      assert.deepEqual(found?.booking, booking);
      assert.deepEqual(found?.personalData, { name: 'Anna Jensen', email: 'anna@example.dk', phone: '+4512345678', lang: 'da' });
      assert.deepEqual(found?.tokenHash, hashToken('token'));
      assert.equal(found?.startMs, at.start);
      const record = await storage.idempotencyRecord(request.idempotencyKeyHash);
      assert.equal(record?.status, 201);
      assert.ok(Buffer.isBuffer(record?.sealedAnswer));
      // The same key again: the stored record, no second booking.
      const again = await storage.createBooking({ ...request, booking: { ...request.booking, id: newBookingId() } });
      assert.equal(again.kind, 'existing');
      assert.equal((await storage.bookedIntervals('bibliotek-valby', at.start, at.end)).length, 1);
    });

    it('refuses a booking over capacity, also for a partly overlapping time, and records the refusal', async () => {
      const start = nextStart();
      assert.equal((await storage.createBooking(input(time('bibliotek-valby', start, 30), 1))).kind, 'decided');
      const late = input(time('bibliotek-valby', start + 15 * MINUTE), 1);
      const refused = await storage.createBooking(late);
      assert.deepEqual(refused, { kind: 'decided', decision: { kind: 'slot_taken' } });
      assert.equal((await storage.idempotencyRecord(late.idempotencyKeyHash))?.status, 409);
      // Back to back is not overlapping.
      const next = await storage.createBooking(input(time('bibliotek-valby', start + 30 * MINUTE), 1));
      assert.ok(next.kind === 'decided' && next.decision.kind === 'created');
    });

    it('draws a new code when the first is in use', async () => {
      const first = await storage.createBooking(input(time('bibliotek-valby', nextStart()), 1));
      assert.ok(first.kind === 'decided' && first.decision.kind === 'created');
      const codes = [first.decision.booking.code, 'ZZZZZZ'];
      const second = await storage.createBooking({
        ...input(time('bibliotek-valby', nextStart()), 1),
        newCode: () => codes.shift() ?? 'YYYYYY',
      });
      assert.ok(second.kind === 'decided' && second.decision.kind === 'created');
      assert.equal(second.decision.booking.code, 'ZZZZZZ');
    });

    it('never exceeds capacity under concurrent creates', async () => {
      const at = time('bibliotek-hovedbiblioteket', nextStart());
      const results = await Promise.all(Array.from({ length: 24 }, () => storage.createBooking(input(at, 2))));
      const created = results.filter((r) => r.kind === 'decided' && r.decision.kind === 'created');
      assert.equal(created.length, 2);
      assert.equal((await storage.bookedIntervals('bibliotek-hovedbiblioteket', at.start, at.end)).length, 2);
    });

    it('makes one booking of concurrent creates with one key', async () => {
      const at = time('borgerservice-raadhuset', nextStart());
      const key = randomBytes(16).toString('hex');
      const results = await Promise.all(Array.from({ length: 12 }, () => storage.createBooking(input(at, 3, key))));
      assert.equal(results.filter((r) => r.kind === 'decided').length, 1);
      assert.equal(results.filter((r) => r.kind === 'existing').length, 11);
      assert.equal((await storage.bookedIntervals('borgerservice-raadhuset', at.start, at.end)).length, 1);
    });

    it('moves a booking, not counting itself, and refuses a full, unknown or cancelled one', async () => {
      const start = nextStart();
      const made = await storage.createBooking(input(time('bibliotek-valby', start), 1));
      assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
      const id = made.decision.booking.id;
      // 5 minutes later overlaps its own old time: allowed, since it no longer holds that time.
      const moved = await storage.moveBooking(id, 'pas', time('bibliotek-valby', start + 5 * MINUTE), 1);
      assert.equal(moved.kind, 'moved');
      assert.ok(moved.kind === 'moved' && moved.booking.start === time('bibliotek-valby', start + 5 * MINUTE).startIso);
      assert.equal((await storage.findBooking(id))?.startMs, start + 5 * MINUTE);

      const other = await storage.createBooking(input(time('bibliotek-valby', start + 30 * MINUTE), 1));
      assert.ok(other.kind === 'decided' && other.decision.kind === 'created');
      assert.deepEqual(await storage.moveBooking(id, 'pas', time('bibliotek-valby', start + 30 * MINUTE), 1), { kind: 'slot_taken' });
      assert.deepEqual(await storage.moveBooking('no-such-id', 'pas', time('bibliotek-valby', start + 45 * MINUTE), 1), {
        kind: 'not_found',
      });
      await storage.cancelBooking(id, T0);
      assert.deepEqual(await storage.moveBooking(id, 'pas', time('bibliotek-valby', start + 45 * MINUTE), 1), { kind: 'cancelled' });
    });

    it('cancels: frees the time and erases the citizen at once', async () => {
      const at = time('bibliotek-valby', nextStart());
      const made = await storage.createBooking(input(at, 1));
      assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
      const cancelled = await storage.cancelBooking(made.decision.booking.id, T0);
      assert.equal(cancelled?.status, 'cancelled');
      const found = await storage.findBooking(made.decision.booking.id);
      assert.equal(found?.personalData, undefined);
      assert.equal(found?.booking.status, 'cancelled');
      assert.deepEqual(await storage.bookedIntervals('bibliotek-valby', at.start, at.end), []);
      assert.equal(await storage.cancelBooking('no-such-id', T0), undefined);
    });

    it('holds the per-citizen cap under concurrent creates, counting only coming bookings', async () => {
      const hashes = citizenHashes(Buffer.alloc(32, 7), { email: `cap-${label}@example.dk` });
      const at = time('borgerservice-raadhuset', nextStart(), 10);
      const nowMs = at.start - 60 * MINUTE;
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          storage.createBooking({
            ...input(time('borgerservice-raadhuset', at.start + i * 10 * MINUTE, 10), 3),
            citizen: { hashes, limit: 2, nowMs },
          }),
        ),
      );
      const decisions = results.map((r) => (r.kind === 'decided' ? r.decision.kind : r.kind)).sort();
      assert.deepEqual(decisions, [...Array(8).fill('citizen_limit'), 'created', 'created']);
      // After the appointments have ended they no longer count.
      const later = await storage.createBooking({
        ...input(time('borgerservice-raadhuset', nextStart(), 10), 3),
        citizen: { hashes, limit: 2, nowMs: at.start + 200 * MINUTE },
      });
      assert.ok(later.kind === 'decided' && later.decision.kind === 'created');
    });

    it('grows the calendar version on every change GET /slots shows, and only the place changed', async () => {
      const version = storage.calendarVersion?.bind(storage);
      assert.ok(version, 'this storage keeps a calendar version');
      const seen = async () => ({ valby: await version('bibliotek-valby'), raadhuset: await version('borgerservice-raadhuset') });
      let before = await seen();
      const expectBump = async (what: string, valby: boolean, raadhuset: boolean) => {
        const now = await seen();
        assert.equal(now.valby > before.valby, valby, `${what}: Valby ${before.valby} → ${now.valby}`);
        assert.equal(now.raadhuset > before.raadhuset, raadhuset, `${what}: Rådhuset ${before.raadhuset} → ${now.raadhuset}`);
        assert.ok(now.valby >= before.valby && now.raadhuset >= before.raadhuset, `${what}: never smaller`);
        before = now;
      };
      const at = time('bibliotek-valby', nextStart());
      const made = await storage.createBooking(input(at, 1));
      assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
      await expectBump('booked at Valby', true, false);
      // A refused booking changes nothing.
      await storage.createBooking(input(at, 1));
      await expectBump('refused at Valby', false, false);
      const id = made.decision.booking.id;
      await storage.moveBooking(id, 'pas', time('borgerservice-raadhuset', nextStart()), 3);
      await expectBump('moved Valby → Rådhuset', true, true);
      await storage.erasePersonalData(T0 + 365 * 86_400_000, T0);
      await expectBump('personal data erased (nothing /slots shows)', false, false);
      await storage.cancelBooking(id, T0);
      await expectBump('cancelled at Rådhuset', false, true);
      await storage.cancelBooking(id, T0);
      await expectBump('cancelled again', false, false);
      await seedCatalogue(storage);
      await expectBump('catalogue saved', true, true);
      assert.equal(await version('no-such-place'), await version('no-such-place'));
    });

    it('makes a secret once and keeps it', async () => {
      const first = await storage.secret('test-secret', () => Buffer.from('one'));
      const second = await storage.secret('test-secret', () => Buffer.from('two'));
      assert.deepEqual([first.toString(), second.toString()], ['one', 'one']);
    });

    it('erases personal data of appointments that ended, and forgets old keys', async () => {
      const at = time('bibliotek-valby', nextStart());
      const made = await storage.createBooking(input(at, 1));
      assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
      const erased = await storage.erasePersonalData(at.end + 1, at.end + 2);
      assert.ok(erased >= 1);
      assert.equal((await storage.findBooking(made.decision.booking.id))?.personalData, undefined);
      assert.equal(await storage.erasePersonalData(at.end + 1, at.end + 3), 0);
      // Every key so far was made at createdAtMs = T0 - 3 days.
      assert.ok((await storage.forgetIdempotencyKeys(T0)) >= 1);
      assert.equal(await storage.forgetIdempotencyKeys(T0), 0);
    });
  });
}

contract('SQLite (in memory)', false, async () => {
  const storage = new SqliteBookingStorage(':memory:');
  return { storage, close: () => storage.close() };
});

let database: TestDatabase | undefined;
contract('PostgreSQL', SKIP_POSTGRES, async () => {
  database = await freshDatabase();
  const storage = await PostgresBookingStorage.open({ url: database.url });
  // A second server on the same database: migrating again must change nothing.
  await (await PostgresBookingStorage.open({ url: database.url })).close();
  return {
    storage,
    close: async () => {
      await storage.close();
      await database?.drop();
    },
  };
});

// The GET /slots answer cache (server/slots-cache.ts): the pieces on their own, then two apps on
// one database (each with its own cache, as two server processes have), on SQLite and PostgreSQL:
// the same bytes as without a cache, a write through either app (or straight into the database)
// seen by the other at once, time passing, ETag/304 and compression, and capacity under
// concurrency decided by the database, never by the cache.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Hono } from 'hono';
import { createApp } from '../../server/app.js';
import { PostgresBookingStorage } from '../../server/pg-storage.js';
import { runRetention } from '../../server/retention.js';
import { DEMO_CATALOGUE, seedCatalogue } from '../../server/seed.js';
import { danishHolidayClosures, dayTimes } from '../../server/slots.js';
import { chooseCoding, etagMatches, SlotDayMemo, SlotsAnswerCache, validUntil } from '../../server/slots-cache.js';
import { SqliteBookingStorage } from '../../server/sqlite-storage.js';
import type { BookingStorage, Catalogue } from '../../server/storage.js';
import { type Slot, SlotsResponseSchema } from '../../src/booking/booking.schema.js';
import { bearer, bookingBody, call, expectShape, FIRST_VALBY_SLOT, NOW, postBooking } from './fixtures.js';
import { freshDatabase, SKIP_POSTGRES } from './postgres.js';

describe('chooseCoding (Accept-Encoding)', () => {
  it('prefers brotli, then gzip, then deflate among equals, and honours q', () => {
    assert.equal(chooseCoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(chooseCoding('gzip'), 'gzip');
    assert.equal(chooseCoding('deflate, gzip;q=0.5'), 'deflate');
    assert.equal(chooseCoding('br;q=0.1, gzip;q=0.9'), 'gzip');
    assert.equal(chooseCoding('GZIP'), 'gzip');
  });
  it('answers identity when nothing known is acceptable', () => {
    assert.equal(chooseCoding(undefined), undefined);
    assert.equal(chooseCoding(''), undefined);
    assert.equal(chooseCoding('identity'), undefined);
    assert.equal(chooseCoding('zstd'), undefined);
    assert.equal(chooseCoding('gzip;q=0, br;q=0'), undefined);
    assert.equal(chooseCoding('gzip;q=nonsense'), undefined);
  });
  it('gives * its q for codings not named', () => {
    assert.equal(chooseCoding('*'), 'br');
    assert.equal(chooseCoding('*;q=0.5, br;q=0'), 'gzip');
  });
});

describe('etagMatches (If-None-Match, weak comparison)', () => {
  const tag = 'W/"abc"';
  it('matches the tag, weak or strong, in a list, and *', () => {
    assert.ok(etagMatches('W/"abc"', tag));
    assert.ok(etagMatches('"abc"', tag));
    assert.ok(etagMatches('"x", W/"abc"', tag));
    assert.ok(etagMatches('*', tag));
  });
  it('does not match other tags or nothing', () => {
    assert.ok(!etagMatches(undefined, tag));
    assert.ok(!etagMatches('"abcd"', tag));
    assert.ok(!etagMatches('W/"ab"', tag));
    assert.ok(!etagMatches('', tag));
  });
});

describe('validUntil', () => {
  it('is the first slot, or the next Copenhagen midnight when that comes first', () => {
    const nowMs = NOW.getTime(); // Monday 30 March 2026 08:00 +02:00
    assert.equal(validUntil(nowMs, Date.parse('2026-03-30T12:00:00+02:00')), Date.parse('2026-03-30T12:00:00+02:00'));
    assert.equal(validUntil(nowMs, Date.parse('2026-04-02T09:00:00+02:00')), Date.parse('2026-03-31T00:00:00+02:00'));
    assert.equal(validUntil(nowMs, undefined), Date.parse('2026-03-31T00:00:00+02:00'));
    // The night summer time starts (29 March 2026): midnight is still +01:00.
    assert.equal(validUntil(Date.parse('2026-03-28T23:30:00+01:00'), undefined), Date.parse('2026-03-29T00:00:00+01:00'));
    // Just before midnight in Copenhagen, when UTC is still on the day before.
    assert.equal(validUntil(Date.parse('2026-03-30T23:59:00+02:00'), undefined), Date.parse('2026-03-31T00:00:00+02:00'));
  });
});

describe('SlotDayMemo', () => {
  const isClosed = danishHolidayClosures();
  const valby = DEMO_CATALOGUE.locations.find((l) => l.location.id === 'bibliotek-valby');
  assert.ok(valby);

  it('gives the same times as dayTimes, with their ISO texts, and remembers them', () => {
    const memo = new SlotDayMemo();
    const timesOn = memo.timesOn('bibliotek-valby', 'pas', valby.schedule, 15, isClosed);
    for (const date of ['2026-03-30', '2026-04-02', '2026-04-04', '2026-10-25']) {
      const times = timesOn(date);
      assert.deepEqual(
        times.map(({ start, end }) => ({ start, end })),
        dayTimes(valby.schedule, 15, date, isClosed),
      );
      assert.equal(timesOn(date), times, 'the second ask is answered from memory');
    }
    assert.equal(timesOn('2026-03-30')[0]?.startIso, '2026-03-30T12:00:00+02:00');
  });

  it('computes again when the hours or the duration change', () => {
    const memo = new SlotDayMemo();
    const first = memo.timesOn('bibliotek-valby', 'pas', valby.schedule, 15, isClosed)('2026-03-30');
    const longer = memo.timesOn('bibliotek-valby', 'pas', valby.schedule, 30, isClosed)('2026-03-30');
    assert.equal(longer.length, first.length / 2);
    const shorterDay = { ...valby.schedule, hours: valby.schedule.hours.map((h) => ({ ...h, closes: '13:00' })) };
    const shorter = memo.timesOn('bibliotek-valby', 'pas', shorterDay, 15, isClosed)('2026-03-30');
    assert.equal(shorter.at(-1)?.endIso, '2026-03-30T13:00:00+02:00');
  });
});

describe('SlotsAnswerCache', () => {
  const json = (n: number) => JSON.stringify({ slots: Array.from({ length: n }, (_, i) => ({ i })) });

  it('shares one computation among concurrent misses, and serves it while version and time hold', async () => {
    const cache = new SlotsAnswerCache();
    let made = 0;
    const make = async () => {
      made++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { json: json(3), validUntilMs: 2000 };
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.answer('k', 1, 1000, make)));
    assert.equal(made, 1);
    assert.ok(answers.every((a) => a === answers[0]));
    assert.equal(cache.get('k', 1, 1999), answers[0]);
    assert.equal(cache.get('k', 2, 1500), undefined, 'another version');
    assert.equal(cache.get('k', 1, 2000), undefined, 'the clock reached validUntil');
    assert.equal(cache.get('k', 1, 999), undefined, 'the clock went back');
    await cache.answer('k', 2, 1500, make);
    assert.equal(made, 2);
  });

  it('stays within its byte bound, dropping the least recently used', async () => {
    const cache = new SlotsAnswerCache({ maxBytes: 10_000 });
    for (let i = 0; i < 20; i++) await cache.answer(`k${i}`, 1, 0, async () => ({ json: json(100), validUntilMs: 10 }));
    assert.ok(cache.size < 20 && cache.size >= 2, `${cache.size} answers kept`);
    assert.ok(cache.get('k19', 1, 0));
    assert.equal(cache.get('k0', 1, 0), undefined);
  });

  it('compresses once per coding, to bytes that decompress to the body', async () => {
    const cache = new SlotsAnswerCache();
    const answer = await cache.answer('k', 1, 0, async () => ({ json: json(200), validUntilMs: 10 }));
    const gzip = cache.encode('k', answer, 'gzip');
    assert.equal(cache.encode('k', answer, 'gzip'), gzip);
    assert.equal(gunzipSync(gzip).toString(), json(200));
    assert.equal(brotliDecompressSync(cache.encode('k', answer, 'br')).toString(), json(200));
    assert.equal(inflateSync(cache.encode('k', answer, 'deflate')).toString(), json(200));
  });
});

/** Two apps on one database, like two server processes: each has its own cache. */
interface TwoApps {
  a: Hono;
  b: Hono;
  /** The same database without any cache: the reference answers. */
  plain: Hono;
  clock: { now: Date };
  storages: BookingStorage[];
  close(): Promise<void>;
}

const slotsPath = (from: string, to: string, location = 'bibliotek-valby', service = 'pas') =>
  `/slots?service=${service}&location=${location}&from=${from}&to=${to}`;

async function slotsOf(app: Hono, path: string): Promise<Slot[]> {
  const response = await call(app, 'GET', path);
  assert.equal(response.status, 200, response.text);
  return expectShape(SlotsResponseSchema, response.body).slots;
}

function remainingAt(slots: Slot[], id: string): number | undefined {
  return slots.find((slot) => slot.id === id)?.remaining;
}

function crossProcess(label: string, skip: string | false, open: () => Promise<{ storages: BookingStorage[]; drop(): Promise<void> }>) {
  describe(`GET /slots cache across two apps on one database: ${label}`, { skip }, () => {
    let t: TwoApps;
    before(async () => {
      const { storages, drop } = await open();
      const [first, second, third] = storages as [BookingStorage, BookingStorage, BookingStorage];
      await seedCatalogue(first);
      const clock = { now: NOW };
      const options = { now: () => clock.now, rateLimit: false as const, citizenLimit: 0 };
      t = {
        a: createApp(first, options),
        b: createApp(second, options),
        plain: createApp(third, { ...options, slotsCache: false }),
        clock,
        storages,
        close: async () => {
          for (const storage of storages) await storage.close();
          await drop();
        },
      };
    });
    after(() => t.close());

    const paths = [
      slotsPath('2026-03-30', '2026-04-12'),
      slotsPath('2026-03-30', '2026-03-30'),
      slotsPath('2026-04-01', '2026-04-30'),
      slotsPath('2026-03-29', '2026-04-05', 'borgerservice-raadhuset'),
      slotsPath('2026-04-06', '2026-04-06'),
    ];
    /** Every path's answer from A and B (twice: cold and cached) equals the uncached one, byte for byte. */
    async function sameAsPlain(what: string): Promise<void> {
      for (const path of paths) {
        const expected = (await call(t.plain, 'GET', path)).text;
        for (const [name, app] of [
          ['A', t.a],
          ['B', t.b],
          ['A again', t.a],
          ['B again', t.b],
        ] as const) {
          assert.equal((await call(app, 'GET', path)).text, expected, `${what}: ${name} ${path}`);
        }
      }
    }

    it('answers exactly what the server without a cache answers, before and after writes', async () => {
      await sameAsPlain('empty calendar');
      const booked = await postBooking(t.a, bookingBody(FIRST_VALBY_SLOT));
      assert.equal(booked.status, 201);
      await sameAsPlain('one booking');
    });

    it('sees a booking, a move and a cancel made through the other app at once', async () => {
      const path = slotsPath('2026-03-30', '2026-04-12');
      const slots = await slotsOf(t.b, path);
      const [first, second] = slots.filter((slot) => slot.remaining === 1) as [Slot, Slot];
      assert.ok(first && second);
      // B has both cached now; A books the first.
      await slotsOf(t.b, path);
      const made = await postBooking(t.a, bookingBody(first.id));
      assert.equal(made.status, 201);
      const { booking, token } = made.body as { booking: { id: string }; token: string };
      assert.equal(remainingAt(await slotsOf(t.b, path), first.id), 0, 'B shows the slot taken');
      // Booked again through B: the database refuses, whatever B showed before.
      assert.equal((await postBooking(t.b, bookingBody(first.id))).status, 409);

      const moved = await call(t.a, 'POST', `/bookings/${booking.id}/reschedule`, { body: { slotId: second.id }, headers: bearer(token) });
      assert.equal(moved.status, 200, moved.text);
      const afterMove = await slotsOf(t.b, path);
      assert.equal(remainingAt(afterMove, first.id), 1, 'the old time is free again');
      assert.equal(remainingAt(afterMove, second.id), 0, 'the new time is taken');

      assert.equal((await call(t.a, 'DELETE', `/bookings/${booking.id}`, { headers: bearer(token) })).status, 204);
      assert.equal(remainingAt(await slotsOf(t.b, path), second.id), 1, 'the cancel frees it');
    });

    it('sees a change written straight into the database, and a new catalogue', async () => {
      const path = slotsPath('2026-03-31', '2026-03-31', 'borgerservice-raadhuset');
      const before = await slotsOf(t.b, path);
      const slot = before[0] as Slot;
      assert.equal(slot.remaining, 3);
      const made = await postBooking(t.a, bookingBody(slot.id));
      assert.equal(made.status, 201);
      assert.equal(remainingAt(await slotsOf(t.b, path), slot.id), 2);
      // An operator deletes the booking by hand: the database's triggers still tell every server.
      const id = (made.body as { booking: { id: string } }).booking.id;
      const storage = t.storages[0];
      if (storage instanceof SqliteBookingStorage) storage.db.prepare('DELETE FROM bookings WHERE id = ?').run(id);
      else if (storage instanceof PostgresBookingStorage) await storage.pool.query('DELETE FROM bookings WHERE id = $1', [id]);
      assert.equal(remainingAt(await slotsOf(t.b, path), slot.id), 3);

      // The catalogue saved with Rådhuset closing at 12:00: B's answer follows.
      const changed: Catalogue = {
        ...DEMO_CATALOGUE,
        locations: DEMO_CATALOGUE.locations.map((l) =>
          l.location.id === 'borgerservice-raadhuset'
            ? { ...l, schedule: { ...l.schedule, hours: l.schedule.hours.map((h) => ({ ...h, closes: '12:00' })) } }
            : l,
        ),
      };
      await seedCatalogue(t.storages[0] as BookingStorage, changed);
      const shorter = await slotsOf(t.b, path);
      assert.ok(shorter.length > 0 && shorter.length < before.length, `${before.length} → ${shorter.length} slots`);
      assert.ok(shorter.every((s) => s.end <= '2026-03-31T12:00:00+02:00'));
      await seedCatalogue(t.storages[0] as BookingStorage);
      assert.equal((await slotsOf(t.b, path)).length, before.length);
    });

    it('keeps its answers over a retention pass (it erases nothing GET /slots shows)', async () => {
      const path = slotsPath('2026-03-30', '2026-04-12');
      const first = await call(t.b, 'GET', path);
      await runRetention(t.storages[0] as BookingStorage, new Date('2027-01-01T00:00:00Z'), 30);
      const again = await call(t.b, 'GET', path, { headers: { 'If-None-Match': first.headers.get('ETag') ?? '' } });
      assert.equal(again.status, 304);
    });

    it('drops slots as the clock passes them, and moves on at midnight', async () => {
      const path = slotsPath('2026-03-30', '2026-04-12');
      const expected = async () => (await call(t.plain, 'GET', path)).text;
      try {
        const morning = await slotsOf(t.a, path);
        assert.equal(morning[0]?.start, '2026-03-30T12:00:00+02:00');
        for (const now of [
          '2026-03-30T12:00:00+02:00', // the first slot begins: no longer offered
          '2026-03-30T12:14:59+02:00',
          '2026-03-30T12:15:00+02:00',
          '2026-03-30T23:59:59+02:00',
          '2026-03-31T00:00:00+02:00', // a new day: the horizon moves on
          '2026-04-03T10:00:00+02:00',
        ]) {
          t.clock.now = new Date(now);
          const text = (await call(t.a, 'GET', path)).text;
          assert.equal(text, await expected(), `at ${now}`);
          const slots = expectShape(SlotsResponseSchema, JSON.parse(text)).slots;
          assert.ok(
            slots.every((slot) => Date.parse(slot.start) > t.clock.now.getTime()),
            `no slot at or before ${now}`,
          );
        }
        assert.notEqual(remainingAt(morning, FIRST_VALBY_SLOT), undefined);
      } finally {
        t.clock.now = NOW;
      }
    });

    it('answers 304 to a matching If-None-Match, and a new ETag after a write', async () => {
      const path = slotsPath('2026-04-01', '2026-04-14');
      const first = await call(t.a, 'GET', path);
      const etag = first.headers.get('ETag');
      assert.match(etag ?? '', /^W\/"[A-Za-z0-9_-]+"$/);
      assert.equal(first.headers.get('Cache-Control'), 'no-cache');
      // The same answer has the same tag in the other process.
      assert.equal((await call(t.b, 'GET', path)).headers.get('ETag'), etag);
      const notModified = await call(t.b, 'GET', path, { headers: { 'If-None-Match': etag ?? '' } });
      assert.equal(notModified.status, 304);
      assert.equal(notModified.text, '');
      assert.equal(notModified.headers.get('ETag'), etag);
      const slot = (await slotsOf(t.a, path)).find((s) => s.remaining > 0) as Slot;
      assert.equal((await postBooking(t.a, bookingBody(slot.id))).status, 201);
      const changed = await call(t.b, 'GET', path, { headers: { 'If-None-Match': etag ?? '' } });
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers.get('ETag'), etag);
      assert.equal(remainingAt(expectShape(SlotsResponseSchema, changed.body).slots, slot.id), 0);
    });

    it('compresses as the client accepts, with the security headers, request id and CORS of every answer', async () => {
      const path = slotsPath('2026-04-01', '2026-04-14');
      const plain = (await call(t.plain, 'GET', path)).text;
      for (const [accept, coding, decode] of [
        ['gzip', 'gzip', gunzipSync],
        ['gzip, deflate, br', 'br', brotliDecompressSync],
        ['deflate', 'deflate', inflateSync],
      ] as const) {
        for (const app of [t.a, t.a]) {
          const response = await app.request(path, { headers: { 'Accept-Encoding': accept, Origin: 'http://localhost:5173' } });
          assert.equal(response.headers.get('Content-Encoding'), coding);
          assert.equal(response.headers.get('Vary'), 'Accept-Encoding, Origin');
          assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'http://localhost:5173');
          assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
          assert.match(response.headers.get('X-Request-Id') ?? '', /^[0-9a-f-]{36}$/);
          assert.equal(response.headers.get('Content-Type'), 'application/json');
          const bytes = Buffer.from(await response.arrayBuffer());
          assert.equal(Number(response.headers.get('Content-Length')), bytes.length);
          assert.equal(decode(bytes).toString(), plain);
        }
      }
      const identity = await t.a.request(path);
      assert.equal(identity.headers.get('Content-Encoding'), null);
      assert.equal(await identity.text(), plain);
    });

    it('never decides a booking: 30 concurrent POSTs for a cached free slot give exactly one 201', async () => {
      const path = slotsPath('2026-04-04', '2026-04-04');
      const slot = (await slotsOf(t.b, path)).find((s) => s.remaining === 1) as Slot;
      assert.ok(slot);
      await slotsOf(t.a, path);
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => postBooking(i % 2 ? t.a : t.b, bookingBody(slot.id, { email: `b${i}@example.dk` }))),
      );
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [201, ...Array(29).fill(409)]);
      assert.equal(remainingAt(await slotsOf(t.a, path), slot.id), 0);
      assert.equal(remainingAt(await slotsOf(t.b, path), slot.id), 0);
    });
  });
}

crossProcess('SQLite file, two connections', false, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'booking-slots-cache-'));
  const file = join(dir, 'booking.db');
  return {
    storages: [new SqliteBookingStorage(file), new SqliteBookingStorage(file), new SqliteBookingStorage(file)],
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

crossProcess('PostgreSQL, two pools', SKIP_POSTGRES, async () => {
  const database = await freshDatabase();
  const storages: BookingStorage[] = [];
  for (let i = 0; i < 3; i++) storages.push(await PostgresBookingStorage.open({ url: database.url }));
  return { storages, drop: () => database.drop() };
});

// Cached GET /slots answers sent ahead of Hono (server/slots-fast-path.ts), over real sockets: two
// HTTP servers on one app, one through the fast path and one through Hono alone, must give the same
// status, header lines and body bytes for every way of asking (codings, 304, CORS origins, request
// ids); the fast path counts against the read budget, is counted in the metrics, writes the access
// log line, and never serves a version older than the request (a write committed before a request
// arrives, in this app or another on the same database, is seen), on SQLite and PostgreSQL.
// Also the read coalescing (server/fresh-reads.ts) on its own, with reads the test settles.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import { pino } from 'pino';
import { type AppOptions, createApp, createBookingApi } from '../../server/app.js';
import { parseTrustProxy, type TrustProxy } from '../../server/client-address.js';
import { FreshReads } from '../../server/fresh-reads.js';
import { BookingMetrics } from '../../server/metrics.js';
import { PostgresBookingStorage } from '../../server/pg-storage.js';
import { DEMO_CATALOGUE, seedCatalogue } from '../../server/seed.js';
import { plainSlotsKey } from '../../server/slots-fast-path.js';
import { SqliteBookingStorage } from '../../server/sqlite-storage.js';
import type { BookingStorage } from '../../server/storage.js';
import { bookingBody, FIRST_VALBY_SLOT, NOW, postBooking } from './fixtures.js';
import { freshDatabase, SKIP_POSTGRES } from './postgres.js';

const PATH = '/slots?service=pas&location=bibliotek-valby&from=2026-03-30&to=2026-04-12';

interface Answer {
  status: number;
  /** Header lines as sent, names in lower case, in order. */
  lines: Array<[string, string]>;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(server: Server, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const lines: Array<[string, string]> = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2)
          lines.push([(res.rawHeaders[i] as string).toLowerCase(), res.rawHeaders[i + 1] as string]);
        resolve({ status: res.statusCode ?? 0, lines, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Header lines that differ between any two answers (the clock, a new request id, the budget left), and the connection's own. */
const PER_ANSWER = new Set(['date', 'x-request-id', 'ratelimit-remaining', 'ratelimit-reset', 'connection', 'keep-alive']);

function comparable(answer: Answer): string[] {
  return answer.lines
    .filter(([name]) => !PER_ANSWER.has(name))
    .map(([name, value]) => `${name}: ${value}`)
    .sort();
}

interface Pair {
  /** Through the fast path, then Hono. */
  fast: Server;
  /** Hono alone. */
  slow: Server;
  /** Requests that reached Hono through `fast`. */
  honoCalls: { count: number };
  logRecords: Array<Record<string, unknown>>;
  metrics: BookingMetrics;
  storage: BookingStorage;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<Server> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function pairOn(storage: BookingStorage, reads = 1000, options: AppOptions = {}): Promise<Pair> {
  const logRecords: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logRecords.push(JSON.parse(line) as Record<string, unknown>) });
  const metrics = new BookingMetrics();
  const api = createBookingApi(storage, {
    now: () => NOW,
    citizenLimit: 0,
    logger,
    metrics,
    rateLimit: { reads, writes: 1000 },
    ...options,
  });
  const hono = getRequestListener(api.app.fetch);
  const honoCalls = { count: 0 };
  const fast = await listen(
    createServer(
      api.listener((req, res) => {
        honoCalls.count++;
        return hono(req, res);
      }),
    ),
  );
  const slow = await listen(createServer(hono));
  return {
    fast,
    slow,
    honoCalls,
    logRecords,
    metrics,
    storage,
    close: async () => {
      for (const server of [fast, slow]) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    },
  };
}

describe('plainSlotsKey', () => {
  it('reads the four parameters as hono does, the first of a repeated name winning', () => {
    assert.deepEqual(plainSlotsKey('/slots?service=pas&location=x&from=2026-03-30&to=2026-04-12'), {
      key: 'pas x 2026-03-30 2026-04-12',
      locationId: 'x',
    });
    assert.deepEqual(plainSlotsKey('/slots?to=b&from=a&location=x&service=pas&service=other&extra'), { key: 'pas x a b', locationId: 'x' });
  });
  it('leaves to hono what needs decoding, lacks a parameter or is another path', () => {
    for (const target of [
      '/slots?service=p%61s&location=x&from=a&to=b',
      '/slots?service=pas+1&location=x&from=a&to=b',
      '/slots?service=pas&location=x&from=a',
      '/slots?service=&location=x&from=a&to=b',
      '/slots/?service=pas&location=x&from=a&to=b',
      '/slotsx?service=pas&location=x&from=a&to=b',
      '/slots',
    ]) {
      assert.equal(plainSlotsKey(target), undefined, target);
    }
  });
});

function fastPathSuite(label: string, skip: string | false, open: () => Promise<{ storages: BookingStorage[]; drop(): Promise<void> }>) {
  describe(`GET /slots fast path: ${label}`, { skip }, () => {
    let storages: BookingStorage[];
    let drop: () => Promise<void>;
    let t: Pair;
    before(async () => {
      ({ storages, drop } = await open());
      await seedCatalogue(storages[0] as BookingStorage);
      t = await pairOn(storages[0] as BookingStorage);
    });
    after(async () => {
      await t.close();
      for (const storage of storages) await storage.close();
      await drop();
    });

    it('sends what Hono sends: the same status, header lines and bytes, for every way of asking', async () => {
      const first = await get(t.slow, PATH, { 'Accept-Encoding': 'gzip' });
      assert.equal(first.status, 200);
      const etag = first.headers.etag as string;
      const askings: Array<Record<string, string>> = [
        { 'Accept-Encoding': 'gzip' },
        { 'Accept-Encoding': 'br, gzip' },
        { 'Accept-Encoding': 'deflate' },
        {},
        { 'If-None-Match': etag },
        { 'If-None-Match': `"other", ${etag}`, 'Accept-Encoding': 'gzip' },
        { 'If-None-Match': '"other"', 'Accept-Encoding': 'gzip' },
        { Origin: 'http://localhost:5173', 'Accept-Encoding': 'gzip' },
        { Origin: 'https://evil.example', 'Accept-Encoding': 'gzip' },
        { 'X-Request-Id': 'proxy-id-12345678' },
        { 'X-Request-Id': 'bad id with spaces' },
      ];
      for (const headers of askings) {
        const before = t.honoCalls.count;
        const fast = await get(t.fast, PATH, headers);
        assert.equal(t.honoCalls.count, before, `the fast path answered ${JSON.stringify(headers)}`);
        const slow = await get(t.slow, PATH, headers);
        assert.equal(fast.status, slow.status, JSON.stringify(headers));
        assert.deepEqual(comparable(fast), comparable(slow), JSON.stringify(headers));
        assert.ok(fast.body.equals(slow.body), `same bytes for ${JSON.stringify(headers)}`);
        assert.equal(fast.headers['x-request-id'] === undefined, false);
        if (headers['X-Request-Id'] === 'proxy-id-12345678') assert.equal(fast.headers['x-request-id'], 'proxy-id-12345678');
      }
      assert.equal((await get(t.fast, PATH, { 'If-None-Match': etag })).status, 304);
      assert.equal((await get(t.fast, PATH, { 'If-None-Match': etag })).body.length, 0);
    });

    it('leaves misses and other routes to Hono', async () => {
      const before = t.honoCalls.count;
      const other = PATH.replace('2026-04-12', '2026-04-11');
      assert.equal((await get(t.fast, other)).status, 200);
      assert.equal((await get(t.fast, '/slots?service=pas&location=nowhere&from=2026-03-30&to=2026-04-12')).status, 404);
      assert.equal((await get(t.fast, '/healthz')).status, 200);
      assert.equal(t.honoCalls.count, before + 3);
      // Now cached: the fast path's.
      assert.equal((await get(t.fast, other)).status, 200);
      assert.equal(t.honoCalls.count, before + 3);
    });

    it('counts its answers in the metrics and writes the access log line, without the query', async () => {
      const count = async () =>
        Number(
          /^booking_http_requests_total\{method="GET",route="\/slots",status="200"\} (\d+)$/m.exec(
            await t.metrics.registry.metrics(),
          )?.[1] ?? 0,
        );
      const before = await count();
      const calls = t.honoCalls.count;
      const answer = await get(t.fast, PATH, { 'X-Request-Id': 'fast-path-log-1' });
      assert.equal(t.honoCalls.count, calls);
      assert.equal(await count(), before + 1);
      const line = t.logRecords.find((record) => record.reqId === 'fast-path-log-1');
      assert.ok(line, 'a log line with the request id');
      assert.deepEqual(Object.keys(line).sort(), ['hostname', 'level', 'method', 'ms', 'msg', 'pid', 'reqId', 'route', 'status', 'time']);
      assert.equal(line.msg, 'request');
      assert.equal(line.route, '/slots');
      assert.equal(line.status, answer.status);
      assert.equal(JSON.stringify(line).includes('bibliotek-valby'), false, 'no query in the log');
    });

    it('shows a booking made through this app, or through another on the same database, on the next request', async () => {
      const remaining = async () => {
        const answer = await get(t.fast, PATH);
        const { slots } = JSON.parse(answer.body.toString()) as { slots: Array<{ id: string; remaining: number }> };
        return new Map(slots.map((slot) => [slot.id, slot.remaining]));
      };
      const start = await remaining();
      const [mine, theirs] = [...start].filter(([id, left]) => left > 0 && id !== FIRST_VALBY_SLOT).map(([id]) => id) as [string, string];
      await remaining();
      const calls = t.honoCalls.count;
      const here = createApp(t.storage, { now: () => NOW, citizenLimit: 0, rateLimit: false });
      assert.equal((await postBooking(here, bookingBody(mine))).status, 201);
      assert.equal((await remaining()).get(mine), (start.get(mine) as number) - 1);
      const other = createApp(storages[1] as BookingStorage, { now: () => NOW, citizenLimit: 0, rateLimit: false });
      assert.equal((await postBooking(other, bookingBody(theirs))).status, 201);
      assert.equal((await remaining()).get(theirs), (start.get(theirs) as number) - 1);
      // Each new version was a miss (Hono made the answer), the repeat a hit.
      await remaining();
      assert.equal(t.honoCalls.count, calls + 2);
    });

    it('a write committed before a request arrives is always seen, under concurrent reads', async () => {
      const [reader, writer] = storages as [BookingStorage, BookingStorage];
      let previous = (await writer.calendarVersion?.('bibliotek-valby')) as number;
      for (let round = 0; round < 20; round++) {
        // Reads in flight while the write commits …
        const during = Array.from({ length: 10 }, () => reader.calendarVersion?.('bibliotek-valby'));
        await writer.saveCatalogue(DEMO_CATALOGUE);
        const committed = (await writer.calendarVersion?.('bibliotek-valby')) as number;
        assert.ok(committed > previous, 'the write moved the version on');
        previous = committed;
        // … and reads asked after it: every one sees it.
        const afterwards = await Promise.all(Array.from({ length: 10 }, () => reader.calendarVersion?.('bibliotek-valby')));
        for (const version of afterwards) assert.ok((version as number) >= committed, `round ${round}: ${version} < ${committed}`);
        await Promise.all(during);
      }
    });

    it('counts cached answers against the read budget; over it, the answer is Hono’s 429', async () => {
      const limited = await pairOn(t.storage, 3);
      try {
        assert.equal((await get(limited.slow, PATH)).status, 200);
        const calls = limited.honoCalls.count;
        const fast = [await get(limited.fast, PATH), await get(limited.fast, PATH)];
        assert.deepEqual(
          fast.map((a) => [a.status, a.headers['ratelimit-remaining']]),
          [
            [200, '1'],
            [200, '0'],
          ],
        );
        assert.equal(limited.honoCalls.count, calls, 'both cached answers from the fast path');
        const refused = await get(limited.fast, PATH);
        assert.equal(refused.status, 429);
        assert.equal(refused.headers['ratelimit-remaining'], '0');
        assert.ok(Number(refused.headers['retry-after']) >= 1);
        assert.equal((JSON.parse(refused.body.toString()) as { error: { code: string } }).error.code, 'rate_limited');
        const slowRefused = await get(limited.slow, PATH);
        assert.deepEqual(
          comparable(refused).filter((line) => !line.startsWith('retry-after')),
          comparable(slowRefused).filter((line) => !line.startsWith('retry-after')),
        );
      } finally {
        await limited.close();
      }
    });

    it('behind a trusted proxy, counts each forwarded client on its own budget', async () => {
      const limited = await pairOn(t.storage, 1, { trustProxy: parseTrustProxy('1') as TrustProxy });
      try {
        assert.equal((await get(limited.slow, PATH, { 'X-Forwarded-For': '198.51.100.1' })).status, 200);
        const calls = limited.honoCalls.count;
        assert.equal((await get(limited.fast, PATH, { 'X-Forwarded-For': '198.51.100.2' })).status, 200);
        assert.equal((await get(limited.fast, PATH, { 'X-Forwarded-For': '198.51.100.3' })).status, 200);
        assert.equal(limited.honoCalls.count, calls, 'both from the fast path');
        assert.equal((await get(limited.fast, PATH, { 'X-Forwarded-For': '198.51.100.2' })).status, 429);
        assert.equal((await get(limited.fast, PATH, { 'X-Forwarded-For': '198.51.100.1' })).status, 429);
      } finally {
        await limited.close();
      }
    });
  });
}

fastPathSuite('SQLite', false, async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'fast-path-'));
  const path = join(dir, 'booking.db');
  const first = new SqliteBookingStorage(path);
  return { storages: [first, new SqliteBookingStorage(path)], drop: async () => rmSync(dir, { recursive: true, force: true }) };
});

fastPathSuite('PostgreSQL', SKIP_POSTGRES, async () => {
  const database = await freshDatabase();
  const first = await PostgresBookingStorage.open({ url: database.url });
  return { storages: [first, await PostgresBookingStorage.open({ url: database.url })], drop: database.drop };
});

describe('FreshReads', () => {
  /** Reads the test settles by hand, numbered in the order they start. */
  function manualReads() {
    const started: Array<{ resolve(value: number): void; reject(error: Error): void }> = [];
    const reads = new FreshReads<number>(
      () =>
        new Promise<number>((resolve, reject) => {
          started.push({ resolve, reject });
        }),
    );
    return { reads, started };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('starts a read when none runs; a call while one runs waits for the next, which serves every such call', async () => {
    const { reads, started } = manualReads();
    const first = reads.get();
    assert.equal(started.length, 1);
    const second = reads.get();
    const third = reads.get();
    assert.equal(started.length, 1, 'no second read while the first runs');
    started[0]?.resolve(1);
    assert.equal(await first, 1);
    await tick();
    assert.equal(started.length, 2, 'the next read starts when the first ends');
    const fourth = reads.get();
    started[1]?.resolve(2);
    assert.deepEqual(await Promise.all([second, third]), [2, 2], 'never the value of a read that began before the call');
    await tick();
    assert.equal(started.length, 3);
    started[2]?.resolve(3);
    assert.equal(await fourth, 3);
    await tick();
    assert.equal(started.length, 3, 'nothing read when nobody asks');
  });

  it('a failed read fails only its own callers; the waiting ones get the next read', async () => {
    const { reads, started } = manualReads();
    const first = reads.get();
    const waiting = reads.get();
    started[0]?.reject(new Error('connection lost'));
    await assert.rejects(first, /connection lost/);
    await tick();
    started[1]?.resolve(7);
    assert.equal(await waiting, 7);
  });
});

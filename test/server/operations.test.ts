// What the people running the server rely on: health and readiness, Prometheus metrics, request
// ids, 503 + Retry-After when the database is locked (logged with the real wait), a 413 that
// leaves the client's next request working, compressed answers, and a graceful SIGTERM.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import pg from 'pg';
import { pino } from 'pino';
import { createApp } from '../../server/app.js';
import { BookingMetrics } from '../../server/metrics.js';
import { PostgresBookingStorage } from '../../server/pg-storage.js';
import { seedCatalogue } from '../../server/seed.js';
import { SqliteBookingStorage } from '../../server/sqlite-storage.js';
import { startServer } from '../../server/start.js';
import type { BookingStorage } from '../../server/storage.js';
import { CreatedBookingResponseSchema } from '../../src/booking/booking.schema.js';
import { bearer, bookingBody, call, expectShape, FIRST_VALBY_SLOT, makeApp, NOW, postBooking } from './fixtures.js';
import { freshDatabase, SKIP_POSTGRES } from './postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'booking-operations-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('health, readiness and metrics', () => {
  it('/healthz is alive; /readyz asks the database and says 503 when it does not answer', async () => {
    const t = await makeApp({ rateLimit: { reads: 1, writes: 1 } });
    // Not rate-limited: a load balancer polls these often.
    for (let i = 0; i < 3; i++) {
      assert.deepEqual((await call(t.app, 'GET', '/healthz')).body, { status: 'ok' });
      assert.equal((await call(t.app, 'GET', '/readyz')).status, 200);
    }
    t.storage.ping = () => Promise.reject(new Error('database gone'));
    const down = await call(t.app, 'GET', '/readyz');
    assert.equal(down.status, 503);
    assert.equal(down.headers.get('Retry-After'), '5');
    assert.equal((await call(t.app, 'GET', '/healthz')).status, 200);
    await t.close();
  });

  it('/metrics counts requests by route pattern and status, bookings made and cancelled', async () => {
    const t = await makeApp();
    await call(t.app, 'GET', '/services');
    await call(t.app, 'GET', '/services');
    const created = expectShape(CreatedBookingResponseSchema, (await postBooking(t.app, bookingBody(FIRST_VALBY_SLOT))).body);
    await call(t.app, 'GET', `/bookings/${created.booking.id}`, { headers: bearer(created.token) });
    await call(t.app, 'DELETE', `/bookings/${created.booking.id}`, { headers: bearer(created.token) });
    await call(t.app, 'DELETE', `/bookings/${created.booking.id}`, { headers: bearer(created.token) });
    const metrics = await t.app.request('/metrics');
    await t.close();
    assert.match(metrics.headers.get('Content-Type') ?? '', /^text\/plain/);
    const text = await metrics.text();
    assert.match(text, /^booking_http_requests_total\{method="GET",route="\/services",status="200"\} 2$/m);
    assert.match(text, /^booking_http_requests_total\{method="GET",route="\/bookings\/:id",status="200"\} 1$/m);
    assert.match(text, /^booking_http_requests_total\{method="DELETE",route="\/bookings\/:id",status="204"\} 2$/m);
    assert.match(text, /^booking_http_request_duration_seconds_count\{method="POST",route="\/bookings",status="201"\} 1$/m);
    assert.match(text, /^booking_bookings_created_total 1$/m);
    // The second DELETE changed nothing and is not counted again.
    assert.match(text, /^booking_bookings_cancelled_total 1$/m);
    assert.doesNotMatch(text, new RegExp(created.booking.id));
  });

  it('gives every answer a request id, keeping a plain one the proxy sent', async () => {
    const t = await makeApp();
    const fresh = await call(t.app, 'GET', '/services');
    const kept = await call(t.app, 'GET', '/services', { headers: { 'X-Request-Id': 'proxy-1234abcd' } });
    const refused = await call(t.app, 'GET', '/services', { headers: { 'X-Request-Id': 'not an id; drop table' } });
    await t.close();
    assert.match(fresh.headers.get('X-Request-Id') ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(kept.headers.get('X-Request-Id'), 'proxy-1234abcd');
    assert.match(refused.headers.get('X-Request-Id') ?? '', /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      t.logRecords.filter((r) => r.msg === 'request').map((r) => r.reqId),
      [fresh.headers.get('X-Request-Id'), 'proxy-1234abcd', refused.headers.get('X-Request-Id')],
    );
  });
});

/** An app on `storage` that records its log; the clock is the tests' fixed NOW. */
function appOn(storage: BookingStorage) {
  const records: Array<Record<string, unknown>> = [];
  const metrics = new BookingMetrics();
  const logger = pino({ level: 'info' }, { write: (line: string) => records.push(JSON.parse(line) as Record<string, unknown>) });
  const app = createApp(storage, { now: () => NOW, rateLimit: false, citizenLimit: 0, logger, metrics });
  return { app, records, metrics };
}

async function expectBusy(t: ReturnType<typeof appOn>, lockMs: number): Promise<void> {
  let answered = false;
  const pending = postBooking(t.app, bookingBody(FIRST_VALBY_SLOT)).then((r) => {
    answered = true;
    return r;
  });
  // The wait does not block the process: health checks are answered meanwhile.
  await new Promise((resolve) => setTimeout(resolve, lockMs / 3));
  assert.equal((await call(t.app, 'GET', '/healthz')).status, 200);
  assert.equal(answered, false, '/healthz answered while the booking waited for the lock');
  const response = await pending;
  assert.equal(response.status, 503);
  assert.equal(response.headers.get('Retry-After'), '2');
  assert.equal((response.body as { error: { code: string } }).error.code, 'internal');
  const busy = t.records.find((r) => r.msg === 'database busy');
  assert.ok(busy, 'the wait is logged');
  assert.ok(Number(busy.waitedMs) >= lockMs * 0.9, `logged wait ${busy.waitedMs} ms covers the ${lockMs} ms lock timeout`);
  assert.ok(t.records.some((r) => r.msg === 'request' && r.status === 503 && Number(r.ms) >= lockMs * 0.9));
  assert.match(await t.metrics.registry.metrics(), /^booking_database_errors_total\{kind="busy"\} 1$/m);
}

describe('a locked database', () => {
  it('SQLite: a writer holding the lock (a backup, say) gives 503 + Retry-After after the lock timeout, not 500', async () => {
    const path = join(dir, 'locked.db');
    const storage = new SqliteBookingStorage(path, { busyTimeoutMs: 300 });
    await seedCatalogue(storage);
    const t = appOn(storage);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    await expectBusy(t, 300);
    other.exec('ROLLBACK');
    other.close();
    assert.equal((await postBooking(t.app, bookingBody(FIRST_VALBY_SLOT))).status, 201);
    await storage.close();
  });

  it('PostgreSQL: a held location lock gives 503 + Retry-After after lock_timeout', { skip: SKIP_POSTGRES }, async () => {
    const database = await freshDatabase();
    const storage = await PostgresBookingStorage.open({ url: database.url, lockTimeoutMs: 300 });
    await seedCatalogue(storage);
    const t = appOn(storage);
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    await other.query("SELECT pg_advisory_lock(hashtext('booking-location:' || 'bibliotek-valby'))");
    await expectBusy(t, 300);
    await other.end();
    assert.equal((await postBooking(t.app, bookingBody(FIRST_VALBY_SLOT))).status, 201);
    await storage.close();
    await database.drop();
  });
});

/** A request over a real socket with a keep-alive agent; the raw (still compressed) body. */
function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; agent?: http.Agent },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; raw: Buffer; socketReused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent: options.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks), socketReused: req.reusedSocket }),
      );
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('over real HTTP', () => {
  it('413 closes the connection, and the client’s next request works', async () => {
    const server = await startServer({ dbPath: ':memory:', now: () => NOW, rateLimit: false });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const warm = await request(`${server.url}/services`, { agent });
    assert.equal(warm.status, 200);
    const big = await request(`${server.url}/bookings`, {
      method: 'POST',
      agent,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(bookingBody(FIRST_VALBY_SLOT, { name: 'x'.repeat(20_000) })),
    });
    assert.equal(big.status, 413);
    assert.equal(big.headers.connection, 'close');
    assert.equal(JSON.parse(big.raw.toString()).error.code, 'invalid');
    const next = await request(`${server.url}/services`, { agent });
    assert.equal(next.status, 200);
    assert.equal(next.socketReused, false, 'a fresh connection, not the one with unread bytes');
    agent.destroy();
    await server.close();
  });

  it('compresses answers: a 14-day /slots answer shrinks to a small part', async () => {
    const server = await startServer({ dbPath: ':memory:', now: () => NOW, rateLimit: false });
    const url = `${server.url}/slots?service=pas&location=borgerservice-raadhuset&from=2026-03-30&to=2026-04-12`;
    const plain = await request(url, {});
    const gzip = await request(url, { headers: { 'Accept-Encoding': 'gzip' } });
    await server.close();
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gzip.raw), plain.raw);
    assert.ok(plain.raw.length > 20_000, `raw ${plain.raw.length} bytes`);
    assert.ok(gzip.raw.length * 10 < plain.raw.length, `gzip ${gzip.raw.length} of ${plain.raw.length} bytes`);
  });

  it('SIGTERM: no new connections, the request in flight finishes, then the process exits 0', async () => {
    const path = join(dir, 'sigterm.db');
    const { NODE_TEST_CONTEXT: _, DATABASE_URL: __, ...env } = process.env;
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...env, PORT: '0', DB_PATH: path, DB_LOCK_TIMEOUT_MS: '10000', SHUTDOWN_GRACE_MS: '8000', RATE_LIMIT_WRITES: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(output)), 30_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Hold the write lock so the booking stays in flight.
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const slots = (await (
      await fetch(`${url}/slots?service=pas&location=bibliotek-valby&from=${tomorrow()}&to=${tomorrow(14)}`)
    ).json()) as {
      slots: Array<{ id: string; remaining: number }>;
    };
    const slot = slots.slots.find((s) => s.remaining > 0);
    assert.ok(slot);
    const inFlight = request(`${url}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Connection: 'close' },
      body: JSON.stringify(bookingBody(slot.id)),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await assert.rejects(request(`${url}/services`, { headers: { Connection: 'close' } }), /ECONNREFUSED/);
    other.exec('ROLLBACK');
    other.close();
    const answered = await inFlight;
    assert.equal(answered.status, 201);
    assert.equal(await exited, 0);
    const lines = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.ok(lines.some((l) => l.msg === 'stopped'));
    assert.ok(lines.some((l) => l.msg === 'request' && l.route === '/bookings' && l.status === 201));
    // No SMTP configured: the booking (with an e-mail address) left nothing in the outbox to keep.
    assert.equal(lines.find((l) => typeof l.mail === 'string')?.mail, 'off (no SMTP): no mails queued or kept');
    const db = new Database(path, { readonly: true });
    try {
      assert.equal((db.prepare('SELECT count(*) AS n FROM bookings').get() as { n: number }).n, 1);
      assert.equal((db.prepare('SELECT count(*) AS n FROM mail_outbox').get() as { n: number }).n, 0);
    } finally {
      db.close();
    }
  });
});

function tomorrow(days = 1): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

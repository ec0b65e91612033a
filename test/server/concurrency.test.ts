// Capacity under real concurrency: many HTTP requests at once for one counter, over loopback, on a
// file-backed database; then two server processes sharing that file, where only the SQLite write
// lock (BEGIN IMMEDIATE) stands between them and a double booking.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type RunningServer, startServer } from '../../server/start.js';
import { CreatedBookingResponseSchema, ErrorBodySchema, SlotsResponseSchema } from '../../src/booking/booking.schema.js';
import { bookingBody, expectShape, FIRST_VALBY_SLOT, NOW } from './fixtures.js';

const REQUESTS = 100;

async function book(baseUrl: string, slotId: string, index: number): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(bookingBody(slotId, { name: `Borger ${index}`, email: `borger${index}@example.dk` })),
  });
  return { status: response.status, body: await response.json() };
}

function tally(results: Array<{ status: number; body: unknown }>): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status, body } of results) {
    counts[status] = (counts[status] ?? 0) + 1;
    if (status === 201) expectShape(CreatedBookingResponseSchema, body);
    else assert.equal(expectShape(ErrorBodySchema, body).error.code, 'slot_taken');
  }
  return counts;
}

describe('one counter, many citizens at once', () => {
  let dir: string;
  let server: RunningServer;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'booking-concurrency-'));
    server = await startServer({ dbPath: join(dir, 'booking.db'), port: 0, host: '127.0.0.1', now: () => NOW, rateLimit: false });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${REQUESTS} concurrent POSTs for a slot with capacity 1: one 201, the rest 409`, async () => {
    const results = await Promise.all(Array.from({ length: REQUESTS }, (_, i) => book(server.url, FIRST_VALBY_SLOT, i)));
    assert.deepEqual(tally(results), { 201: 1, 409: REQUESTS - 1 });
    const rows = server.storage.db.prepare("SELECT count(*) AS n FROM bookings WHERE status = 'confirmed'").get() as { n: number };
    assert.equal(rows.n, 1);
    const slots = await fetch(`${server.url}/slots?service=pas&location=bibliotek-valby&from=2026-03-30&to=2026-03-30`);
    assert.equal(expectShape(SlotsResponseSchema, await slots.json()).slots[0]?.remaining, 0);
  });
});

/** Starts server/main.ts as its own process and waits for the URL it prints. */
function startProcess(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  // The child is a server, not part of this test run.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...env, PORT: '0', HOST: '127.0.0.1', DB_PATH: dbPath, RATE_LIMIT_READS: '0', RATE_LIMIT_WRITES: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

describe('two server processes on one database file', () => {
  let dir: string;
  const servers: Array<{ child: ChildProcess; url: string }> = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'booking-processes-'));
    const dbPath = join(dir, 'booking.db');
    servers.push(...(await Promise.all([startProcess(dbPath), startProcess(dbPath)])));
  });
  after(async () => {
    await Promise.all(
      servers.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('never book a single counter twice', async () => {
    const [a, b] = servers;
    assert.ok(a && b);
    // These processes keep real time: take the first free Valby slot in the coming two weeks.
    const today = new Date().toISOString().slice(0, 10);
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const response = await fetch(`${a.url}/slots?service=pas&location=bibliotek-valby&from=${today}&to=${inTwoWeeks}`);
    const free = expectShape(SlotsResponseSchema, await response.json()).slots.find((slot) => slot.remaining === 1);
    assert.ok(free, 'Valby has a free slot within two weeks');

    const results = await Promise.all(Array.from({ length: REQUESTS }, (_, i) => book(i % 2 === 0 ? a.url : b.url, free.id, i)));
    assert.deepEqual(tally(results), { 201: 1, 409: REQUESTS - 1 });
  });
});

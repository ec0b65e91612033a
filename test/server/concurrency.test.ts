// Capacity under real concurrency, over loopback HTTP: many requests at once for one counter in
// one process; then two server processes on one database (an SQLite file, and PostgreSQL when
// DATABASE_URL names one), where only the database's locks stand between them and a double
// booking; replayed Idempotency-Keys at once; and a server killed with SIGKILL in the middle of a
// burst, after which every booking a citizen was told about must still be there.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type RunningServer, startServer } from '../../server/start.js';
import { CreatedBookingResponseSchema, ErrorBodySchema, type Slot, SlotsResponseSchema } from '../../src/booking/booking.schema.js';
import { bookingBody, expectShape, FIRST_VALBY_SLOT, NOW } from './fixtures.js';
import { freshDatabase, SKIP_POSTGRES, type TestDatabase } from './postgres.js';

interface Answer {
  status: number;
  body: unknown;
}

async function book(baseUrl: string, slotId: string, index: number, key: string = randomUUID()): Promise<Answer> {
  const response = await fetch(`${baseUrl}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(bookingBody(slotId, { name: `Borger ${index}`, email: `borger${index}@example.dk` })),
  });
  return { status: response.status, body: await response.json() };
}

function tally(results: Answer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status, body } of results) {
    counts[status] = (counts[status] ?? 0) + 1;
    if (status === 201) expectShape(CreatedBookingResponseSchema, body);
    else assert.equal(expectShape(ErrorBodySchema, body).error.code, 'slot_taken');
  }
  return counts;
}

describe('one counter, many citizens at once (one process)', () => {
  const REQUESTS = 100;
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
    const start = Date.parse('2026-03-30T12:00:00+02:00');
    assert.equal((await server.storage.bookedIntervals('bibliotek-valby', start, start + 15 * 60_000)).length, 1);
    const slots = await fetch(`${server.url}/slots?service=pas&location=bibliotek-valby&from=2026-03-30&to=2026-03-30`);
    assert.equal(expectShape(SlotsResponseSchema, await slots.json()).slots[0]?.remaining, 0);
  });
});

interface ServerProcess {
  child: ChildProcess;
  url: string;
}

/** Starts server/main.ts as its own process with `env` and waits for the URL it prints. */
function startProcess(env: Record<string, string>): Promise<ServerProcess> {
  // The child is a server, not part of this test run; its database comes from `env` alone.
  const { NODE_TEST_CONTEXT: _, DATABASE_URL: __, DB_PATH: ___, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_READS: '0', RATE_LIMIT_WRITES: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
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

function stopProcess({ child }: ServerProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Free slots at a location in the coming two weeks (these processes keep real time). */
async function freeSlots(url: string, location: string): Promise<Slot[]> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const response = await fetch(`${url}/slots?service=pas&location=${location}&from=${day(1)}&to=${day(14)}`);
  return expectShape(SlotsResponseSchema, await response.json()).slots.filter((slot) => slot.remaining > 0);
}

function twoProcesses(
  label: string,
  skip: string | false,
  database: () => Promise<{ env: Record<string, string>; drop(): Promise<void> }>,
) {
  describe(`two server processes on one database: ${label}`, { skip }, () => {
    const servers: ServerProcess[] = [];
    let env: Record<string, string>;
    let drop: () => Promise<void> = async () => {};

    before(async () => {
      ({ env, drop } = await database());
      // One after the other: the second finds the schema the first made.
      servers.push(await startProcess(env));
      servers.push(await startProcess(env));
    });
    after(async () => {
      await Promise.all(servers.map(stopProcess));
      await drop();
    });

    it('200 concurrent POSTs for one slot with 3 counters: exactly 3 bookings', async () => {
      const [a, b] = servers as [ServerProcess, ServerProcess];
      const slot = (await freeSlots(a.url, 'borgerservice-raadhuset')).find((s) => s.remaining === 3);
      assert.ok(slot, 'Rådhuset has an untouched slot within two weeks');
      // B has the free slot in its GET /slots cache before the burst; it must not show it after.
      assert.ok((await freeSlots(b.url, 'borgerservice-raadhuset')).some((s) => s.id === slot.id));
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => book(i % 2 === 0 ? a.url : b.url, slot.id, i)));
      assert.deepEqual(tally(results), { 201: 3, 409: 197 });
      const after = (await freeSlots(b.url, 'borgerservice-raadhuset')).find((s) => s.id === slot.id);
      assert.equal(after, undefined, 'the slot is full');
    });

    it('one Idempotency-Key sent 20 times at once to both: one booking, the same answer every time', async () => {
      const [a, b] = servers as [ServerProcess, ServerProcess];
      const slot = (await freeSlots(a.url, 'borgerservice-raadhuset')).find((s) => s.remaining === 3);
      assert.ok(slot);
      const key = randomUUID();
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => book(i % 2 === 0 ? a.url : b.url, slot.id, 0, key)));
      assert.deepEqual(tally(results), { 201: 20 });
      const answers = new Set(results.map((r) => JSON.stringify(r.body)));
      assert.equal(answers.size, 1, 'every replay returns the first answer, token included');
      const remaining = (await freeSlots(b.url, 'borgerservice-raadhuset')).find((s) => s.id === slot.id)?.remaining;
      assert.equal(remaining, 2);
    });

    it('SIGKILL of one server mid-burst loses no booking a citizen was told about', async () => {
      const [a, b] = servers as [ServerProcess, ServerProcess];
      const slots = (await freeSlots(a.url, 'bibliotek-hovedbiblioteket')).slice(0, 60);
      assert.ok(slots.length >= 20);
      const burst = Array.from({ length: 160 }, (_, i) =>
        book(i % 2 === 0 ? a.url : b.url, (slots[i % slots.length] as Slot).id, i).catch(() => undefined),
      );
      // Kill A while the burst is in flight.
      await new Promise((resolve) => setTimeout(resolve, 40));
      a.child.kill('SIGKILL');
      const results = (await Promise.all(burst)).filter((r): r is Answer => r !== undefined);
      const confirmed = results.filter((r) => r.status === 201).map((r) => expectShape(CreatedBookingResponseSchema, r.body));
      assert.ok(confirmed.length > 0, 'some bookings were confirmed');
      assert.ok(results.length < 160, 'some requests died with the killed server');
      for (const { booking, token } of confirmed) {
        const response = await fetch(`${b.url}/bookings/${booking.id}`, { headers: { Authorization: `Bearer ${token}` } });
        assert.equal(response.status, 200, `booking ${booking.code} is still there`);
        assert.deepEqual(((await response.json()) as { booking: unknown }).booking, booking);
      }
      // Capacity held through the crash: no slot holds more than its 2 counters.
      const perSlot = new Map<string, number>();
      for (const { booking } of confirmed) perSlot.set(booking.start, (perSlot.get(booking.start) ?? 0) + 1);
      assert.ok([...perSlot.values()].every((n) => n <= 2));
      // A restarted server picks up where the killed one stopped.
      servers[0] = await startProcess(env);
      const again = await fetch(`${servers[0].url}/bookings/${confirmed[0]?.booking.id}`, {
        headers: { Authorization: `Bearer ${confirmed[0]?.token}` },
      });
      assert.equal(again.status, 200);
    });
  });
}

let sqliteDir: string | undefined;
twoProcesses('SQLite file', false, async () => {
  sqliteDir = mkdtempSync(join(tmpdir(), 'booking-processes-'));
  return {
    env: { DB_PATH: join(sqliteDir, 'booking.db') },
    drop: async () => rmSync(sqliteDir as string, { recursive: true, force: true }),
  };
});

twoProcesses('PostgreSQL', SKIP_POSTGRES, async () => {
  const database: TestDatabase = await freshDatabase();
  return { env: { DATABASE_URL: database.url }, drop: () => database.drop() };
});

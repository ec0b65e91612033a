// `npm run bench -- --only mail`: the booking server's mail path, measured.
//   render   µs of CPU per confirmation (text + HTML + .ics), pure
//   worker   mails per second from the outbox through SMTP to a server in this process (smtp-server,
//            which parses nothing; it shares this process's CPU, so the numbers are a floor), with one
//            worker and with two workers on one database (SQLite: two connections to one file;
//            PostgreSQL, when DATABASE_URL is set: two pools, FOR UPDATE SKIP LOCKED)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { IdempotencyKey } from '../server/idempotency.js';
import { mailsFor } from '../server/mail/queue.js';
import { renderMail } from '../server/mail/render.js';
import { smtpTransport } from '../server/mail/smtp.js';
import { MailWorker } from '../server/mail/worker.js';
import { PostgresBookingStorage } from '../server/pg-storage.js';
import { DEMO_CATALOGUE, seedCatalogue } from '../server/seed.js';
import { SqliteBookingStorage } from '../server/sqlite-storage.js';
import type { BookingStorage } from '../server/storage.js';
import { hashToken, newBookingCode, newBookingId } from '../server/tokens.js';

const N = 400;
const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-06T10:00:00+02:00');
const NOW = T0 - 7 * 24 * HOUR;
const service = DEMO_CATALOGUE.services[0];
const location = DEMO_CATALOGUE.locations[0]?.location;

// --- render ---
{
  const booking = { id: 'b', code: 'K7MX3Q', start: '2026-04-06T10:00:00+02:00', end: '2026-04-06T10:15:00+02:00' };
  const facts = {
    kind: 'confirmation' as const,
    booking,
    service,
    location,
    to: 'a@example.dk',
    lang: 'da',
    bookingPageUrl: 'https://www.kk.dk/book',
    token: 'x'.repeat(22),
    now: new Date(NOW),
  };
  for (let i = 0; i < 200; i++) renderMail(facts);
  const runs = 2000;
  // The process's own CPU time: steady on a shared machine, where the wall clock is not.
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) renderMail(facts);
  const used = process.cpuUsage(cpu);
  console.log(`render: ${((used.user + used.system) / runs).toFixed(0)} µs CPU per confirmation (text, HTML, .ics)`);
}

async function smtpSink(): Promise<{ port: number; received: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        count++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received: () => count,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

async function queue(storage: BookingStorage, count: number): Promise<void> {
  await seedCatalogue(storage);
  for (let i = 0; i < count; i++) {
    const start = T0 + i * HOUR;
    const key = randomBytes(16).toString('hex');
    const idempotency = new IdempotencyKey(key);
    const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
    await storage.createBooking({
      booking: {
        id: newBookingId(),
        serviceId: 'pas',
        time: {
          locationId: 'borgerservice-raadhuset',
          start,
          end: start + 15 * 60_000,
          startIso: iso(start),
          endIso: iso(start + 15 * 60_000),
        },
        personalData: { name: 'Anna Jensen', email: `anna${i}@example.dk`, lang: 'da' },
        tokenHash: hashToken('t'),
        createdAtMs: NOW,
      },
      counters: 3,
      newCode: newBookingCode,
      idempotencyKeyHash: idempotency.hash,
      recordAnswer: (decision) => idempotency.record({ key }, { status: 201, body: decision }),
      mails: (booking) =>
        mailsFor(
          {
            kind: 'confirmation',
            service,
            location,
            personalData: { name: 'Anna Jensen', email: `anna${i}@example.dk`, lang: 'da' },
            token: 't'.repeat(22),
            nowMs: NOW,
          },
          booking,
          { reminderHours: 0, bookingPageUrl: 'https://www.kk.dk/book' },
        ),
    });
  }
}

/** `smtp`: through the in-process SMTP server; `outbox`: a transport that accepts at once (the database's share). */
async function measure(label: string, storages: BookingStorage[], via: 'smtp' | 'outbox'): Promise<void> {
  const sink = await smtpSink();
  const instant = { send: async () => {}, close: () => {} };
  const workers = storages.map(
    (storage) =>
      new MailWorker(storage, {
        transport: via === 'smtp' ? smtpTransport({ host: '127.0.0.1', port: sink.port, secure: false }) : instant,
        from: 'Borgerservice <booking@kk.dk>',
        now: () => new Date(NOW),
        batchSize: 20,
      }),
  );
  const started = performance.now();
  const passes = await Promise.all(workers.map((w) => w.drain()));
  const seconds = (performance.now() - started) / 1000;
  const sent = passes.reduce((sum, pass) => sum + pass.sent, 0);
  console.log(
    `worker (${via === 'smtp' ? 'through SMTP' : 'outbox only, no SMTP round trip'}): ${label}: ${sent} mails in ${seconds.toFixed(2)} s = ${(sent / seconds).toFixed(0)} mails/s (per worker ${passes.map((p) => p.sent).join(' + ')})`,
  );
  for (const worker of workers) await worker.stop();
  await sink.close();
}

const dir = mkdtempSync(join(tmpdir(), 'bench-mail-'));
try {
  for (const via of ['outbox', 'smtp'] as const) {
    for (const workers of [1, 2]) {
      const path = join(dir, `outbox-${via}-${workers}.db`);
      const first = new SqliteBookingStorage(path);
      await queue(first, N);
      const storages = [first, ...Array.from({ length: workers - 1 }, () => new SqliteBookingStorage(path))];
      await measure(`SQLite, ${workers} worker${workers > 1 ? 's' : ''}`, storages, via);
      for (const storage of storages) await storage.close();
    }
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const pg = await import('pg');
    for (const [via, workers] of [
      ['outbox', 1],
      ['outbox', 2],
      ['smtp', 1],
      ['smtp', 2],
    ] as const) {
      const name = `bench_mail_${randomBytes(4).toString('hex')}`;
      const admin = new pg.default.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const dbUrl = new URL(url);
      dbUrl.pathname = `/${name}`;
      const storages = [];
      for (let i = 0; i < workers; i++) storages.push(await PostgresBookingStorage.open({ url: dbUrl.toString() }));
      await queue(storages[0] as BookingStorage, N);
      await measure(`PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''}`, storages, via);
      for (const storage of storages) await storage.close();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    console.log('worker: PostgreSQL: set DATABASE_URL to measure it (scripts/pg-test-cluster.sh start)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

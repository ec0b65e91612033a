// Erasure that holds on disk: after a cancel or the retention job, the citizen's name, e-mail and
// phone must not be readable anywhere in the database's files (SQLite: the file and its WAL;
// PostgreSQL: the tables' data files after the retention job's VACUUM) — the mail outbox included,
// whose rendered mails hold the e-mail address.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { createApp } from '../../server/app.js';
import { MailWorker } from '../../server/mail/worker.js';
import { PostgresBookingStorage } from '../../server/pg-storage.js';
import { runRetention } from '../../server/retention.js';
import { seedCatalogue } from '../../server/seed.js';
import { SqliteBookingStorage } from '../../server/sqlite-storage.js';
import type { BookingStorage } from '../../server/storage.js';
import { CreatedBookingResponseSchema } from '../../src/booking/booking.schema.js';
import { bearer, bookingBody, call, expectShape, NOW, postBooking, valbyPasSlotId } from './fixtures.js';
import { freshDatabase, SKIP_POSTGRES } from './postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'booking-erasure-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Distinctive values, so a hit in the raw bytes can only be them.
const citizens = [
  { name: 'Zacharias Quistgaard', email: 'zacharias.quistgaard@example.dk', phone: '+45 71 82 93 04' },
  { name: 'Xenia Wøldike', email: 'xenia.woeldike@example.dk', phone: '+45 61 72 83 94' },
];
const needles = citizens.flatMap((c) => [c.name, c.email, c.phone.replace(/\s/g, ''), 'Quistgaard', 'Wøldike']);

function hits(bytes: Buffer): string[] {
  return needles.filter((needle) => bytes.includes(Buffer.from(needle, 'utf8')));
}

/** Books both citizens, cancels the first, lets retention erase the second (its appointment over). */
async function bookAndErase(storage: BookingStorage, readFiles: () => Buffer): Promise<void> {
  await seedCatalogue(storage);
  const app = createApp(storage, {
    now: () => NOW,
    rateLimit: false,
    citizenLimit: 0,
    mail: { reminderHours: 2, bookingPageUrl: 'https://www.kk.dk/book-tid' },
  });
  const created = [];
  for (const [i, citizen] of citizens.entries()) {
    const response = await postBooking(app, bookingBody(valbyPasSlotId(`2026-03-30T12:${i === 0 ? '00' : '15'}:00+02:00`), citizen));
    created.push(expectShape(CreatedBookingResponseSchema, response.body));
  }
  // No SMTP: the confirmations are rendered and kept in the outbox, with the address.
  assert.equal((await new MailWorker(storage, { from: 'booking@kk.dk', now: () => NOW }).drain()).unsent, 2);
  const kept = await storage.mailOutbox(10);
  assert.ok(citizens.every((c) => kept.some((mail) => mail.content?.to === c.email)));
  // The search works: the values are in the files before erasure (where the files are given).
  const before = readFiles();
  if (before.length > 0) assert.ok(hits(before).length > 0, 'the values are in the files before erasure');
  const first = created[0] as (typeof created)[number];
  assert.equal((await call(app, 'DELETE', `/bookings/${first.booking.id}`, { headers: bearer(first.token) })).status, 204);
  const result = await runRetention(storage, new Date('2026-05-15T12:00:00+02:00'), 30);
  assert.equal(result.erasedBookings, 1);
  assert.deepEqual(await storage.mailOutbox(10), []);
}

describe('erasure on disk', () => {
  it('SQLite: no name, e-mail or phone left in the database file or its WAL (secure_delete + checkpoint)', async () => {
    const path = join(dir, 'erase.db');
    const storage = new SqliteBookingStorage(path);
    const files = () => Buffer.concat([path, `${path}-wal`].filter(existsSync).map((file) => readFileSync(file)));
    await bookAndErase(storage, files);
    assert.deepEqual(hits(files()), []);
    await storage.close();
    assert.deepEqual(hits(files()), []);
  });

  it('PostgreSQL: none left in the table file after the retention job (it ends with VACUUM)', { skip: SKIP_POSTGRES }, async () => {
    const database = await freshDatabase();
    const storage = await PostgresBookingStorage.open({ url: database.url });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    // The table's file, when the cluster runs on this machine (it does for scripts/pg-test-cluster.sh).
    const tableFile = async (table: string) =>
      (await client.query<{ p: string }>("SELECT current_setting('data_directory') || '/' || pg_relation_filepath($1) AS p", [table]))
        .rows[0]?.p as string;
    const files = () => Buffer.alloc(0);
    await bookAndErase(storage, files);
    await client.query('CHECKPOINT');
    const file = await tableFile('bookings');
    if (existsSync(file)) {
      const bytes = readFileSync(file);
      assert.ok(bytes.length > 0);
      assert.deepEqual(hits(bytes), []);
      // The outbox's file may be empty (every row deleted, then truncated by VACUUM): it holds none either.
      const outbox = await tableFile('mail_outbox');
      if (existsSync(outbox)) assert.deepEqual(hits(readFileSync(outbox)), []);
    } else {
      // A remote server: at least the rows hold nothing.
      const { rows } = await client.query('SELECT name, email, phone, email_hash, phone_hash FROM bookings');
      assert.ok(rows.every((row) => Object.values(row).every((value) => value === null)));
    }
    await client.end();
    await storage.close();
    await database.drop();
  });
});

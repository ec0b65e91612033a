// The outbox part of the BookingStorage contract, run against SQLite and PostgreSQL: mails are
// queued in the booking's own transaction, claims are leases that two workers (two connections,
// as two server processes have) never share, outcomes erase what they should, and moves, cancels
// and the retention job keep the outbox in step with the booking.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { IdempotencyKey } from '../../server/idempotency.js';
import type { MailContent, NewMail } from '../../server/mail/outbox.js';
import { smtpTransport } from '../../server/mail/smtp.js';
import { MailWorker } from '../../server/mail/worker.js';
import { PostgresBookingStorage } from '../../server/pg-storage.js';
import { seedCatalogue } from '../../server/seed.js';
import { SqliteBookingStorage } from '../../server/sqlite-storage.js';
import type { BookedTime, BookingDecision, BookingStorage, CreateBookingInput } from '../../server/storage.js';
import { hashToken, newBookingCode, newBookingId } from '../../server/tokens.js';
import type { Booking } from '../../src/booking/booking.schema.js';
import { startInbox } from './mail-inbox.js';
import { freshDatabase, SKIP_POSTGRES, type TestDatabase } from './postgres.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Monday 6 April 2026 10:00 Copenhagen; bookings are made three days before.
const T0 = Date.parse('2026-04-06T10:00:00+02:00');
const NOW = T0 - 3 * 24 * HOUR;
const LEASE = 5 * MINUTE;

function time(locationId: string, startMs: number): BookedTime {
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
  return { locationId, start: startMs, end: startMs + 15 * MINUTE, startIso: iso(startMs), endIso: iso(startMs + 15 * MINUTE) };
}

function content(to: string, subject: string): MailContent {
  return {
    to,
    lang: 'da',
    subject,
    text: `tekst ${subject}`,
    html: `<p>${subject}</p>`,
    ics: { fileName: 'pas.ics', text: 'BEGIN:VCALENDAR' },
  };
}

/** A confirmation (rendered) and a reminder (rendered when due) for each booking. */
function mails(booking: Booking, to = 'anna@example.dk'): NewMail[] {
  const endMs = Date.parse(booking.end);
  return [
    { bookingId: booking.id, kind: 'confirmation', dueMs: NOW, endMs, createdMs: NOW, content: content(to, booking.code) },
    { bookingId: booking.id, kind: 'reminder', dueMs: Date.parse(booking.start) - 24 * HOUR, endMs, createdMs: NOW },
  ];
}

function input(at: BookedTime, counters = 1, key = randomBytes(16).toString('hex')): CreateBookingInput {
  const idempotency = new IdempotencyKey(key);
  return {
    booking: {
      id: newBookingId(),
      serviceId: 'pas',
      time: at,
      personalData: { name: 'Anna Jensen', email: 'anna@example.dk', lang: 'da' },
      tokenHash: hashToken('token'),
      createdAtMs: NOW,
    },
    counters,
    newCode: newBookingCode,
    idempotencyKeyHash: idempotency.hash,
    recordAnswer: (decision: BookingDecision) =>
      idempotency.record({ key }, { status: decision.kind === 'created' ? 201 : 409, body: decision }),
    mails: (booking) => mails(booking),
  };
}

interface Opened {
  storage: BookingStorage;
  /** A second connection to the same database (as a second server process has). */
  second: () => Promise<BookingStorage>;
  close(): Promise<void>;
}

function outboxContract(label: string, skip: string | false, open: () => Promise<Opened>) {
  describe(`mail outbox: ${label}`, { skip }, () => {
    let opened: Opened;
    let storage: BookingStorage;
    let hour = 0;
    const nextStart = () => T0 + hour++ * HOUR;
    const rowsOf = async (bookingId: string) => (await storage.mailOutbox(1000)).filter((m) => m.bookingId === bookingId);
    /** Claims and finishes every due row at `at` as sent, so later tests start from a clean queue. */
    const settle = async (at: number) => {
      for (const row of await storage.claimMails(at, 1000, LEASE)) await storage.finishMail(row.id, row.attempts, { kind: 'dropped' }, at);
    };

    before(async () => {
      opened = await open();
      storage = opened.storage;
      await seedCatalogue(storage);
    });
    after(() => opened.close());

    it("queues a booking's mails in its transaction: none for a refusal or a replay", async () => {
      const at = time('bibliotek-valby', nextStart());
      const request = input(at);
      const made = await storage.createBooking(request);
      assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
      const booking = made.decision.booking;
      const rows = await rowsOf(booking.id);
      assert.deepEqual(rows.map((r) => [r.kind, r.status, r.attempts]).sort(), [
        ['confirmation', 'pending', 0],
        ['reminder', 'pending', 0],
      ]);
      assert.equal(rows.find((r) => r.kind === 'confirmation')?.content?.subject, booking.code);
      assert.equal(rows.find((r) => r.kind === 'reminder')?.content, undefined);
      // The same key again, and a refused booking: nothing more queued.
      assert.equal((await storage.createBooking({ ...request, booking: { ...request.booking, id: newBookingId() } })).kind, 'existing');
      const refused = await storage.createBooking(input(at));
      assert.deepEqual(refused, { kind: 'decided', decision: { kind: 'slot_taken' } });
      assert.equal((await storage.mailOutbox(1000)).length, 2);
      await settle(NOW);
    });

    it('claims due rows under a lease; a lapsed lease is claimed again; only the current claim may finish', async () => {
      const made = await storage.createBooking(input(time('bibliotek-valby', nextStart())));
      assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
      const [claimed, ...more] = await storage.claimMails(NOW, 10, LEASE);
      assert.equal(more.length, 0, 'the reminder is not due yet');
      assert.deepEqual([claimed?.kind, claimed?.status, claimed?.attempts], ['confirmation', 'sending', 1]);
      assert.deepEqual(await storage.claimMails(NOW + LEASE - 1, 10, LEASE), [], 'held by its lease');
      const again = await storage.claimMails(NOW + LEASE, 10, LEASE);
      assert.deepEqual(
        again.map((r) => [r.id, r.attempts]),
        [[claimed?.id, 2]],
      );
      assert.ok(claimed);
      assert.equal(await storage.finishMail(claimed.id, 1, { kind: 'sent' }, NOW + LEASE), false, 'the lapsed claim');
      assert.equal(
        await storage.finishMail(claimed.id, 2, { kind: 'retry', nextAttemptMs: NOW + HOUR, error: 'ESOCKET' }, NOW + LEASE),
        true,
      );
      let row = (await rowsOf(made.decision.booking.id)).find((r) => r.kind === 'confirmation');
      assert.deepEqual([row?.status, row?.lastError, Boolean(row?.content)], ['pending', 'ESOCKET', true]);
      assert.deepEqual(await storage.claimMails(NOW + HOUR - 1, 10, LEASE), []);
      const [third] = await storage.claimMails(NOW + HOUR, 10, LEASE);
      assert.ok(third);
      assert.equal(await storage.finishMail(third.id, third.attempts, { kind: 'sent' }, NOW + HOUR), true);
      row = (await rowsOf(made.decision.booking.id)).find((r) => r.kind === 'confirmation');
      assert.deepEqual([row?.status, row?.finishedMs, row?.content], ['sent', NOW + HOUR, undefined]);
      assert.equal(await storage.finishMail(third.id, third.attempts, { kind: 'failed', error: 'X' }, NOW + HOUR), false, 'finished once');
    });

    it('unsent keeps the rendered content (a reminder rendered when due too); failed and dropped erase it', async () => {
      const made = await storage.createBooking(input(time('bibliotek-valby', nextStart())));
      assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
      const booking = made.decision.booking;
      const due = Date.parse(booking.start) - 24 * HOUR;
      const claimed = (await storage.claimMails(due, 100, LEASE)).filter((r) => r.bookingId === booking.id);
      assert.equal(claimed.length, 2);
      for (const row of claimed) {
        const outcome =
          row.kind === 'reminder'
            ? { kind: 'unsent' as const, content: content('anna@example.dk', 'påmindelse') }
            : { kind: 'failed' as const, error: 'EENVELOPE 550' };
        assert.equal(await storage.finishMail(row.id, row.attempts, outcome, due), true);
      }
      const rows = await rowsOf(booking.id);
      const reminder = rows.find((r) => r.kind === 'reminder');
      assert.deepEqual([reminder?.status, reminder?.content], ['unsent', content('anna@example.dk', 'påmindelse')]);
      const confirmation = rows.find((r) => r.kind === 'confirmation');
      assert.deepEqual([confirmation?.status, confirmation?.lastError, confirmation?.content], ['failed', 'EENVELOPE 550', undefined]);
      await settle(due);
    });

    it('a move withdraws the pending reminder, moves the rows to the new end and queues the new mails', async () => {
      const made = await storage.createBooking(input(time('bibliotek-valby', nextStart())));
      assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
      const id = made.decision.booking.id;
      const to = time('bibliotek-valby', nextStart());
      const moved = await storage.moveBooking(id, 'pas', to, 1, (booking) => [
        {
          bookingId: booking.id,
          kind: 'rescheduled',
          dueMs: NOW,
          endMs: to.end,
          createdMs: NOW,
          content: content('anna@example.dk', 'flyttet'),
        },
        { bookingId: booking.id, kind: 'reminder', dueMs: to.start - 24 * HOUR, endMs: to.end, createdMs: NOW },
      ]);
      assert.equal(moved.kind, 'moved');
      const rows = await rowsOf(id);
      assert.deepEqual(rows.map((r) => r.kind).sort(), ['confirmation', 'reminder', 'rescheduled']);
      assert.ok(rows.every((r) => r.endMs === to.end));
      assert.equal(rows.find((r) => r.kind === 'reminder')?.dueMs, to.start - 24 * HOUR);
      await settle(NOW);
    });

    it('a cancel withdraws pending mails, erases the content of the others and queues the cancellation', async () => {
      const made = await storage.createBooking(input(time('bibliotek-valby', nextStart())));
      assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
      const booking = made.decision.booking;
      const [confirmation] = (await storage.claimMails(NOW, 100, LEASE)).filter((r) => r.bookingId === booking.id);
      assert.ok(confirmation);
      await storage.finishMail(confirmation.id, confirmation.attempts, { kind: 'unsent', content: content('anna@example.dk', 'x') }, NOW);
      const cancelled = await storage.cancelBooking(booking.id, NOW, (b) => [
        {
          bookingId: b.id,
          kind: 'cancelled',
          dueMs: NOW,
          endMs: Date.parse(b.end),
          createdMs: NOW,
          content: content('anna@example.dk', 'aflyst'),
        },
      ]);
      assert.equal(cancelled?.status, 'cancelled');
      const rows = await rowsOf(booking.id);
      assert.deepEqual(rows.map((r) => [r.kind, r.status, Boolean(r.content)]).sort(), [
        ['cancelled', 'pending', true],
        ['confirmation', 'unsent', false],
      ]);
      await settle(NOW);
    });

    it('the retention job deletes the outbox rows of appointments that ended', async () => {
      const at = time('bibliotek-valby', nextStart());
      const made = await storage.createBooking(input(at));
      assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
      assert.equal((await rowsOf(made.decision.booking.id)).length, 2);
      await storage.erasePersonalData(at.end + 1, at.end + 2);
      assert.deepEqual(await rowsOf(made.decision.booking.id), []);
    });

    it('two connections claiming at once never claim one row twice', async () => {
      const other = await opened.second();
      for (let i = 0; i < 30; i++) {
        const made = await storage.createBooking(input(time('bibliotek-hovedbiblioteket', nextStart()), 2));
        assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
      }
      const claims = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? storage : other).claimMails(NOW, 4, LEASE)));
      const ids = claims.flat().map((r) => r.id);
      assert.equal(ids.length, 30, 'every due confirmation claimed');
      assert.equal(new Set(ids).size, 30, 'none twice');
      await other.close();
    });
  });
}

outboxContract('SQLite (one file, two connections)', false, async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'booking-outbox-'));
  const path = join(dir, 'outbox.db');
  const storage = new SqliteBookingStorage(path);
  return {
    storage,
    second: async () => new SqliteBookingStorage(path),
    close: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

let database: TestDatabase | undefined;
outboxContract('PostgreSQL', SKIP_POSTGRES, async () => {
  database = await freshDatabase();
  const url = database.url;
  const storage = await PostgresBookingStorage.open({ url });
  return {
    storage,
    second: () => PostgresBookingStorage.open({ url }),
    close: async () => {
      await storage.close();
      await database?.drop();
    },
  };
});

describe('mail workers of two servers on one PostgreSQL', { skip: SKIP_POSTGRES }, () => {
  it('PostgreSQL: two workers send 40 mails through SMTP, each exactly once', async () => {
    const db = await freshDatabase();
    const inbox = await startInbox();
    const one = await PostgresBookingStorage.open({ url: db.url });
    const two = await PostgresBookingStorage.open({ url: db.url });
    await seedCatalogue(one);
    for (let i = 0; i < 40; i++) {
      const made = await one.createBooking(input(time('bibliotek-hovedbiblioteket', T0 + i * HOUR), 2));
      assert.ok(made.kind === 'decided' && made.decision.kind === 'created');
    }
    const worker = (storage: BookingStorage) =>
      new MailWorker(storage, {
        transport: smtpTransport({ host: '127.0.0.1', port: inbox.port, secure: false }),
        from: 'Borgerservice <booking@kk.dk>',
        now: () => new Date(NOW),
        batchSize: 4,
      });
    const [a, b] = [worker(one), worker(two)];
    const [passA, passB] = await Promise.all([a.drain(), b.drain()]);
    assert.equal(passA.sent + passB.sent, 40);
    assert.ok(passA.sent > 0 && passB.sent > 0, `both worked (${passA.sent} + ${passB.sent})`);
    const received = await inbox.waitFor(40);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(received.length, 40);
    assert.equal(new Set(received.map((m) => m.messageId)).size, 40);
    await a.stop();
    await b.stop();
    await inbox.stop();
    await one.close();
    await two.close();
    await db.drop();
  });
});

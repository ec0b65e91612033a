// BookingStorage on SQLite (better-sqlite3). Writes run in `BEGIN IMMEDIATE` transactions: the
// write lock is taken before the capacity is read, so two processes sharing the file cannot both
// see the last free counter.
import Database from 'better-sqlite3';
import type { Booking, Service } from '../src/booking/booking.schema.js';
import type { CitizenHashes } from './citizen-cap.js';
import type { IdempotencyRecord } from './idempotency.js';
import {
  CONTENT_COLUMNS,
  contentValues,
  ERASE_CONTENT,
  type MailOutcome,
  type NewMail,
  type OutboxMail,
  type OutboxRow,
  toOutboxMail,
} from './mail/outbox.js';
import { migrate } from './migrations.js';
import { type Interval, remainingCapacity } from './slots.js';
import type {
  BookedTime,
  BookingRecord,
  BookingStorage,
  Catalogue,
  CreateBookingInput,
  CreateBookingResult,
  LocationRecord,
  MoveResult,
} from './storage.js';
import { type BookingRow, type IdempotencyRow, type LocationRow, toBooking, toBookingRecord, toLocationRecord } from './storage-rows.js';

const DAY_MS = 86_400_000;
/** Erased mail content leaves the WAL at most this long after the mail was sent. */
const ERASURE_FLUSH_MS = 500;
/** The longest SQLite blocks the event loop waiting for a lock, per try. */
const BUSY_STEP_MS = 10;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export interface SqliteStorageOptions {
  /**
   * How long a writer waits for another connection's lock (a second server, a backup) before
   * failing with SQLITE_BUSY, answered 503. Default 2000 ms. The wait is asynchronous: SQLite
   * itself waits at most `BUSY_STEP_MS` per try, so the event loop (health checks, reads, SIGTERM)
   * keeps running while a write waits.
   */
  busyTimeoutMs?: number;
}

export class SqliteBookingStorage implements BookingStorage {
  readonly db: Database.Database;
  private readonly longestBookingMs = DAY_MS;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly busyTimeoutMs: number;

  /** Runs a write until it gets the lock, trying again (without blocking) until the busy timeout. */
  private async write<T>(work: () => T): Promise<T> {
    const started = performance.now();
    for (;;) {
      try {
        return work();
      } catch (error) {
        const left = this.busyTimeoutMs - (performance.now() - started);
        if (!isBusy(error) || left <= 0) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(15, left)));
      }
    }
  }

  /** Opens (or creates) the database at `path` (`:memory:` allowed) and migrates it. */
  constructor(path: string, options: SqliteStorageOptions = {}) {
    // Opening and migrating may wait (blocking) for another server starting on the same file.
    this.db = new Database(path, { timeout: 5000 });
    this.busyTimeoutMs = options.busyTimeoutMs ?? 2000;
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    // Erased personal data is overwritten with zeros in the file, not merely marked free.
    this.db.pragma('secure_delete = ON');
    this.db.pragma('synchronous = NORMAL');
    migrate(this.db);
    this.db.pragma(`busy_timeout = ${BUSY_STEP_MS}`);
  }

  /** A prepared statement, made once per SQL text. */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async saveCatalogue(catalogue: Catalogue): Promise<void> {
    const upsertService = this.stmt(
      'INSERT INTO services (id, position, json) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET position = excluded.position, json = excluded.json',
    );
    const upsertLocation = this.stmt(
      'INSERT INTO locations (id, position, json, schedule) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET position = excluded.position, json = excluded.json, schedule = excluded.schedule',
    );
    const clearOffers = this.stmt('DELETE FROM location_services WHERE location_id = ?');
    const addOffer = this.stmt('INSERT INTO location_services (location_id, service_id) VALUES (?, ?)');
    const save = this.db.transaction(() => {
      for (const [position, service] of catalogue.services.entries()) {
        upsertService.run(service.id, position, JSON.stringify(service));
      }
      for (const [position, { location, schedule, serviceIds }] of catalogue.locations.entries()) {
        upsertLocation.run(location.id, position, JSON.stringify(location), JSON.stringify(schedule));
        clearOffers.run(location.id);
        for (const serviceId of serviceIds) addOffer.run(location.id, serviceId);
      }
    });
    await this.write(() => save.immediate());
  }

  async services(): Promise<Service[]> {
    const rows = this.stmt('SELECT json FROM services ORDER BY position').all() as Array<{ json: string }>;
    return rows.map((row) => JSON.parse(row.json) as Service);
  }

  async service(id: string): Promise<Service | undefined> {
    const row = this.stmt('SELECT json FROM services WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Service) : undefined;
  }

  private readonly locationSelect = `
    SELECT l.id, l.json, l.schedule,
      (SELECT group_concat(ls.service_id, ',') FROM
        (SELECT ls.service_id FROM location_services ls JOIN services s ON s.id = ls.service_id
         WHERE ls.location_id = l.id ORDER BY s.position) ls) AS service_ids
    FROM locations l`;

  async locations(serviceId?: string): Promise<LocationRecord[]> {
    const rows =
      serviceId === undefined
        ? (this.stmt(`${this.locationSelect} ORDER BY l.position`).all() as LocationRow[])
        : (this.stmt(
            `${this.locationSelect} WHERE EXISTS (SELECT 1 FROM location_services WHERE location_id = l.id AND service_id = ?) ORDER BY l.position`,
          ).all(serviceId) as LocationRow[]);
    return rows.map(toLocationRecord);
  }

  async location(id: string): Promise<LocationRecord | undefined> {
    const row = this.stmt(`${this.locationSelect} WHERE l.id = ?`).get(id) as LocationRow | undefined;
    return row ? toLocationRecord(row) : undefined;
  }

  async bookedIntervals(locationId: string, fromMs: number, toMs: number): Promise<Interval[]> {
    return this.booked(locationId, fromMs, toMs);
  }

  /** Kept by triggers (migration 3); the sum of the catalogue's counter and the location's. */
  async calendarVersion(locationId: string): Promise<number> {
    const row = this.stmt("SELECT coalesce(sum(version), 0) AS version FROM calendar_versions WHERE scope IN ('*', ?)").get(locationId) as {
      version: number;
    };
    return row.version;
  }

  /** Confirmed bookings overlapping [fromMs, toMs), optionally leaving one booking out. */
  private booked(locationId: string, fromMs: number, toMs: number, exceptId = ''): Interval[] {
    // The lower bound on start_ms lets the index do the work; no booking lasts longer than a day.
    return this.stmt(
      `SELECT start_ms AS start, end_ms AS end FROM bookings
         WHERE location_id = ? AND status = 'confirmed' AND start_ms >= ? AND start_ms < ? AND end_ms > ? AND id <> ?`,
    ).all(locationId, fromMs - this.longestBookingMs, toMs, fromMs, exceptId) as Interval[];
  }

  private hasRoom(time: BookedTime, counters: number, exceptId?: string): boolean {
    return remainingCapacity(time, counters, this.booked(time.locationId, time.start, time.end, exceptId)) > 0;
  }

  async idempotencyRecord(keyHash: Buffer): Promise<IdempotencyRecord | undefined> {
    return this.readIdempotency(keyHash);
  }

  private readIdempotency(keyHash: Buffer): IdempotencyRecord | undefined {
    const row = this.stmt('SELECT body_mac, status, sealed_answer FROM idempotency_keys WHERE key_hash = ?').get(keyHash) as
      | IdempotencyRow
      | undefined;
    return row ? { bodyMac: row.body_mac, status: row.status, sealedAnswer: row.sealed_answer } : undefined;
  }

  async createBooking(input: CreateBookingInput): Promise<CreateBookingResult> {
    const { booking, counters } = input;
    const codeInUse = this.stmt('SELECT 1 FROM bookings WHERE code = ?');
    const insertBooking = this.stmt(
      `INSERT INTO bookings (id, code, service_id, location_id, start_ms, end_ms, start_iso, end_iso, status, token_hash, name, email, phone, lang, created_ms, email_hash, phone_hash)
       VALUES (@id, @code, @serviceId, @locationId, @startMs, @endMs, @startIso, @endIso, 'confirmed', @tokenHash, @name, @email, @phone, @lang, @createdMs, @emailHash, @phoneHash)`,
    );
    const insertRecord = this.stmt(
      'INSERT INTO idempotency_keys (key_hash, body_mac, status, sealed_answer, created_ms) VALUES (?, ?, ?, ?, ?)',
    );

    const run = this.db.transaction((): CreateBookingResult => {
      const existing = this.readIdempotency(input.idempotencyKeyHash);
      if (existing) return { kind: 'existing', record: existing };

      let decision: CreateBookingResult & { kind: 'decided' };
      const citizen = input.citizen;
      if (citizen && citizen.limit > 0 && this.futureBookingsOf(citizen.hashes, citizen.nowMs) >= citizen.limit) {
        decision = { kind: 'decided', decision: { kind: 'citizen_limit', limit: citizen.limit } };
      } else if (!this.hasRoom(booking.time, counters)) {
        decision = { kind: 'decided', decision: { kind: 'slot_taken' } };
      } else {
        let code = input.newCode();
        while (codeInUse.get(code)) code = input.newCode();
        const { time, personalData } = booking;
        insertBooking.run({
          id: booking.id,
          code,
          serviceId: booking.serviceId,
          locationId: time.locationId,
          startMs: time.start,
          endMs: time.end,
          startIso: time.startIso,
          endIso: time.endIso,
          tokenHash: booking.tokenHash,
          name: personalData.name,
          email: personalData.email ?? null,
          phone: personalData.phone ?? null,
          lang: personalData.lang ?? null,
          createdMs: booking.createdAtMs,
          emailHash: citizen?.hashes.emailHash ?? null,
          phoneHash: citizen?.hashes.phoneHash ?? null,
        });
        const created: Booking = {
          id: booking.id,
          code,
          serviceId: booking.serviceId,
          locationId: time.locationId,
          start: time.startIso,
          end: time.endIso,
          status: 'confirmed',
        };
        decision = { kind: 'decided', decision: { kind: 'created', booking: created } };
        this.queueMails(input.mails?.(created) ?? []);
      }
      const record = input.recordAnswer(decision.decision);
      insertRecord.run(input.idempotencyKeyHash, record.bodyMac, record.status, record.sealedAnswer, booking.createdAtMs);
      return decision;
    });
    return this.write(() => run.immediate());
  }

  /** Confirmed bookings that end after `nowMs` held by the same e-mail or phone (by hash). */
  private futureBookingsOf(hashes: CitizenHashes, nowMs: number): number {
    const row = this.stmt(
      `SELECT count(*) AS n FROM bookings WHERE status = 'confirmed' AND end_ms > ? AND (email_hash = ? OR phone_hash = ?)`,
    ).get(nowMs, hashes.emailHash ?? null, hashes.phoneHash ?? null) as { n: number };
    return row.n;
  }

  async findBooking(id: string): Promise<BookingRecord | undefined> {
    const row = this.stmt('SELECT * FROM bookings WHERE id = ?').get(id) as BookingRow | undefined;
    return row ? toBookingRecord(row) : undefined;
  }

  /** Inserts outbox rows (inside the caller's transaction). */
  private queueMails(mails: readonly NewMail[]): void {
    const insert = this.stmt(
      `INSERT INTO mail_outbox (booking_id, kind, status, due_ms, next_attempt_ms, end_ms, created_ms, ${CONTENT_COLUMNS.join(', ')})
       VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const mail of mails) {
      insert.run(mail.bookingId, mail.kind, mail.dueMs, mail.dueMs, mail.endMs, mail.createdMs, ...contentValues(mail.content));
    }
  }

  async moveBooking(
    id: string,
    serviceId: string,
    time: BookedTime,
    counters: number,
    mails?: (booking: Booking) => NewMail[],
  ): Promise<MoveResult> {
    const select = this.stmt('SELECT * FROM bookings WHERE id = ?');
    const update = this.stmt(
      'UPDATE bookings SET service_id = ?, location_id = ?, start_ms = ?, end_ms = ?, start_iso = ?, end_iso = ? WHERE id = ?',
    );
    const run = this.db.transaction((): MoveResult => {
      const row = select.get(id) as BookingRow | undefined;
      if (!row) return { kind: 'not_found' };
      if (row.status !== 'confirmed') return { kind: 'cancelled' };
      if (!this.hasRoom(time, counters, id)) return { kind: 'slot_taken' };
      update.run(serviceId, time.locationId, time.start, time.end, time.startIso, time.endIso, id);
      const moved = toBooking(select.get(id) as BookingRow);
      // A reminder for the old time must not go out; the new one comes with `mails`.
      this.stmt(`DELETE FROM mail_outbox WHERE booking_id = ? AND status = 'pending' AND kind = 'reminder'`).run(id);
      this.stmt('UPDATE mail_outbox SET end_ms = ? WHERE booking_id = ?').run(time.end, id);
      this.queueMails(mails?.(moved) ?? []);
      return { kind: 'moved', booking: moved };
    });
    return this.write(() => run.immediate());
  }

  async cancelBooking(id: string, nowMs: number, mails?: (booking: Booking) => NewMail[]): Promise<Booking | undefined> {
    const run = this.db.transaction((): Booking | undefined => {
      // Mails not yet sent are moot; sent or kept ones lose their address and texts with the booking.
      this.stmt(`DELETE FROM mail_outbox WHERE booking_id = ? AND status = 'pending'`).run(id);
      this.stmt(`UPDATE mail_outbox SET ${ERASE_CONTENT} WHERE booking_id = ? AND status <> 'sending'`).run(id);
      // Nothing more is needed from a cancelled booking's citizen: erase them now.
      this.stmt(
        `UPDATE bookings SET status = 'cancelled', name = NULL, email = NULL, phone = NULL, lang = NULL, email_hash = NULL, phone_hash = NULL,
           erased_ms = coalesce(erased_ms, ?) WHERE id = ?`,
      ).run(nowMs, id);
      const row = this.stmt('SELECT * FROM bookings WHERE id = ?').get(id) as BookingRow | undefined;
      if (!row) return undefined;
      const cancelled = toBooking(row);
      this.queueMails(mails?.(cancelled) ?? []);
      return cancelled;
    });
    const cancelled = await this.write(() => run.immediate());
    this.flushErasure();
    return cancelled;
  }

  /**
   * Moves every change from the write-ahead log into the database file and empties the log, so
   * erased values do not live on in old WAL frames. Best effort: a reader still using old frames
   * keeps them until the next call.
   */
  private flushErasure(): void {
    if (this.db.memory) return;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (error) {
      if (!isBusy(error)) throw error;
    }
  }

  async erasePersonalData(endedBeforeMs: number, nowMs: number): Promise<number> {
    const erase = this.db.transaction(() => {
      const bookings = this.stmt(
        'UPDATE bookings SET name = NULL, email = NULL, phone = NULL, lang = NULL, email_hash = NULL, phone_hash = NULL, erased_ms = ? WHERE erased_ms IS NULL AND end_ms < ?',
      ).run(nowMs, endedBeforeMs).changes;
      const mails = this.stmt('DELETE FROM mail_outbox WHERE end_ms < ?').run(endedBeforeMs).changes;
      return { bookings, mails };
    });
    const result = await this.write(() => erase.immediate());
    if (result.bookings + result.mails > 0) this.flushErasure();
    return result.bookings;
  }

  async claimMails(nowMs: number, limit: number, leaseMs: number): Promise<OutboxMail[]> {
    // One statement in a write transaction: a second process waits for the lock, then sees the
    // rows already `sending` with a lease in the future, and skips them.
    const claim = this.stmt(
      `UPDATE mail_outbox SET status = 'sending', next_attempt_ms = ?, attempts = attempts + 1
        WHERE id IN (SELECT id FROM mail_outbox WHERE status IN ('pending', 'sending') AND next_attempt_ms <= ?
                     ORDER BY next_attempt_ms, id LIMIT ?)
        RETURNING *`,
    );
    const run = this.db.transaction(() => claim.all(nowMs + leaseMs, nowMs, limit) as OutboxRow[]);
    const rows = await this.write(() => run.immediate());
    return rows.sort((a, b) => a.id - b.id).map(toOutboxMail);
  }

  async finishMail(id: number, attempt: number, outcome: MailOutcome, nowMs: number): Promise<boolean> {
    const where = `WHERE id = ? AND attempts = ? AND status = 'sending'`;
    const run = (): number => {
      switch (outcome.kind) {
        case 'retry':
          return this.stmt(`UPDATE mail_outbox SET status = 'pending', next_attempt_ms = ?, last_error = ? ${where}`).run(
            outcome.nextAttemptMs,
            outcome.error,
            id,
            attempt,
          ).changes;
        case 'unsent':
          return this.stmt(
            `UPDATE mail_outbox SET status = 'unsent', finished_ms = ?, ${CONTENT_COLUMNS.map((c) => `${c} = ?`).join(', ')} ${where}`,
          ).run(nowMs, ...contentValues(outcome.content), id, attempt).changes;
        default:
          return this.stmt(`UPDATE mail_outbox SET status = ?, finished_ms = ?, last_error = ?, ${ERASE_CONTENT} ${where}`).run(
            outcome.kind,
            nowMs,
            outcome.kind === 'failed' ? outcome.error : null,
            id,
            attempt,
          ).changes;
      }
    };
    const changed = await this.write(run);
    // A sent mail's address and texts are erased: keep them out of the WAL too, soon. One checkpoint
    // for a worker's whole batch (each waits for the disk: per mail it made sending ten times slower).
    if (changed > 0 && outcome.kind !== 'retry' && outcome.kind !== 'unsent') this.flushErasureSoon();
    return changed > 0;
  }

  private flushTimer: NodeJS.Timeout | undefined;

  /** `flushErasure` within `ERASURE_FLUSH_MS`, once for everything erased until then. */
  private flushErasureSoon(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      if (this.db.open) this.flushErasure();
    }, ERASURE_FLUSH_MS);
    this.flushTimer.unref();
  }

  async mailOutbox(limit: number): Promise<OutboxMail[]> {
    return (this.stmt('SELECT * FROM mail_outbox ORDER BY id DESC LIMIT ?').all(limit) as OutboxRow[]).map(toOutboxMail);
  }

  async forgetIdempotencyKeys(createdBeforeMs: number): Promise<number> {
    return (await this.write(() => this.stmt('DELETE FROM idempotency_keys WHERE created_ms < ?').run(createdBeforeMs))).changes;
  }

  async secret(name: string, make: () => Buffer): Promise<Buffer> {
    const run = this.db.transaction((): Buffer => {
      this.stmt('INSERT INTO server_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING').run(name, make());
      return (this.stmt('SELECT value FROM server_secrets WHERE name = ?').get(name) as { value: Buffer }).value;
    });
    return this.write(() => run.immediate());
  }

  async ping(): Promise<void> {
    this.stmt('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
      if (this.db.open) this.flushErasure();
    }
    if (this.db.open) this.db.close();
  }
}

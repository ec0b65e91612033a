// BookingStorage on PostgreSQL (node-postgres), for several server processes on one database.
// Capacity: every write that fills a counter first takes a transaction-level advisory lock on
// its location, then counts overlapping confirmed bookings, then inserts; two servers can
// therefore never both see the last free counter. Idempotency: the key's hash is the primary
// key of its record, so of two concurrent requests with one key only one can commit; the other
// finds the record and answers from it.
import pg from 'pg';
import type { Booking, Service } from '../src/booking/booking.schema.js';
import type { CitizenHashes } from './citizen-cap.js';
import { FreshReads } from './fresh-reads.js';
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
import { migratePostgres } from './pg-migrations.js';
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
const UNIQUE_VIOLATION = '23505';

// bigint columns hold epoch milliseconds, far inside Number's exact range.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export interface PostgresStorageOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** A schema to keep the tables in (created if missing). Default: the user's search_path. */
  schema?: string;
  /** Connections per server process. Default 10. */
  poolSize?: number;
  /**
   * Longest wait for a lock (`lock_timeout`). A statement stops after 5 × this
   * (`statement_timeout`), and a request waits as long for a free connection of the pool (a burst
   * queues in the process rather than failing). Default 2000 ms.
   */
  lockTimeoutMs?: number;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === UNIQUE_VIOLATION && e.constraint === constraint;
}

export class PostgresBookingStorage implements BookingStorage {
  readonly pool: pg.Pool;
  private readonly longestBookingMs = DAY_MS;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  /** Connects, creates the schema if asked, and migrates. */
  static async open(options: PostgresStorageOptions): Promise<PostgresBookingStorage> {
    const schema = options.schema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Not a plain schema name: ${schema}`);
    const lockTimeoutMs = options.lockTimeoutMs ?? 2000;
    const settings = [`-c lock_timeout=${lockTimeoutMs}`, `-c statement_timeout=${lockTimeoutMs * 5}`];
    if (schema !== undefined) settings.push(`-c search_path=${schema}`);
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: lockTimeoutMs * 5,
      types,
      options: settings.join(' '),
    });
    // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    const client = await pool.connect();
    try {
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await migratePostgres(client);
    } finally {
      client.release();
    }
    return new PostgresBookingStorage(pool);
  }

  /** Runs `work` in one transaction on one connection; rolls back on any error. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** Serialises every capacity decision at one location, across all server processes. */
  private lockLocation(client: pg.PoolClient, locationId: string): Promise<unknown> {
    return client.query("SELECT pg_advisory_xact_lock(hashtext('booking-location:' || $1))", [locationId]);
  }

  async saveCatalogue(catalogue: Catalogue): Promise<void> {
    await this.transaction(async (client) => {
      // Two servers starting together save the same catalogue one after the other.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('booking-catalogue'))");
      for (const [position, service] of catalogue.services.entries()) {
        await client.query(
          'INSERT INTO services (id, position, json) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET position = excluded.position, json = excluded.json',
          [service.id, position, JSON.stringify(service)],
        );
      }
      for (const [position, { location, schedule, serviceIds }] of catalogue.locations.entries()) {
        await client.query(
          `INSERT INTO locations (id, position, json, schedule) VALUES ($1, $2, $3, $4)
           ON CONFLICT (id) DO UPDATE SET position = excluded.position, json = excluded.json, schedule = excluded.schedule`,
          [location.id, position, JSON.stringify(location), JSON.stringify(schedule)],
        );
        await client.query('DELETE FROM location_services WHERE location_id = $1', [location.id]);
        for (const serviceId of serviceIds) {
          await client.query('INSERT INTO location_services (location_id, service_id) VALUES ($1, $2)', [location.id, serviceId]);
        }
      }
    });
  }

  async services(): Promise<Service[]> {
    const { rows } = await this.pool.query<{ json: string }>('SELECT json FROM services ORDER BY position');
    return rows.map((row) => JSON.parse(row.json) as Service);
  }

  async service(id: string): Promise<Service | undefined> {
    const { rows } = await this.pool.query<{ json: string }>('SELECT json FROM services WHERE id = $1', [id]);
    return rows[0] ? (JSON.parse(rows[0].json) as Service) : undefined;
  }

  private readonly locationSelect = `
    SELECT l.id, l.json, l.schedule,
      (SELECT string_agg(ls.service_id, ',' ORDER BY s.position)
         FROM location_services ls JOIN services s ON s.id = ls.service_id
        WHERE ls.location_id = l.id) AS service_ids
    FROM locations l`;

  async locations(serviceId?: string): Promise<LocationRecord[]> {
    const { rows } =
      serviceId === undefined
        ? await this.pool.query<LocationRow>(`${this.locationSelect} ORDER BY l.position`)
        : await this.pool.query<LocationRow>(
            `${this.locationSelect} WHERE EXISTS (SELECT 1 FROM location_services WHERE location_id = l.id AND service_id = $1) ORDER BY l.position`,
            [serviceId],
          );
    return rows.map(toLocationRecord);
  }

  async location(id: string): Promise<LocationRecord | undefined> {
    const { rows } = await this.pool.query<LocationRow>(`${this.locationSelect} WHERE l.id = $1`, [id]);
    return rows[0] ? toLocationRecord(rows[0]) : undefined;
  }

  async bookedIntervals(locationId: string, fromMs: number, toMs: number): Promise<Interval[]> {
    return this.booked(this.pool, locationId, fromMs, toMs);
  }

  /**
   * Every calendar counter in one query (a named statement: parsed and planned once per connection),
   * shared by all the requests that arrived while the previous query was out (fresh-reads.ts): never
   * older than the request asking.
   */
  private readonly versions = new FreshReads(async () => {
    const { rows } = await this.pool.query<{ scope: string; version: number }>({
      name: 'calendar-versions',
      text: 'SELECT scope, version FROM calendar_versions',
    });
    return new Map(rows.map((row) => [row.scope, row.version]));
  });

  /** Kept by triggers (migration 3); the sum of the catalogue's counter and the location's. */
  async calendarVersion(locationId: string): Promise<number> {
    const versions = await this.versions.get();
    return (versions.get('*') ?? 0) + (versions.get(locationId) ?? 0);
  }

  /** Confirmed bookings overlapping [fromMs, toMs), optionally leaving one booking out. */
  private async booked(db: pg.Pool | pg.PoolClient, locationId: string, fromMs: number, toMs: number, exceptId = ''): Promise<Interval[]> {
    // The lower bound on start_ms lets the index do the work; no booking lasts longer than a day.
    const { rows } = await db.query<Interval>(
      `SELECT start_ms AS start, end_ms AS end FROM bookings
         WHERE location_id = $1 AND status = 'confirmed' AND start_ms >= $2 AND start_ms < $3 AND end_ms > $4 AND id <> $5`,
      [locationId, fromMs - this.longestBookingMs, toMs, fromMs, exceptId],
    );
    return rows;
  }

  private async hasRoom(client: pg.PoolClient, time: BookedTime, counters: number, exceptId?: string): Promise<boolean> {
    return remainingCapacity(time, counters, await this.booked(client, time.locationId, time.start, time.end, exceptId)) > 0;
  }

  async idempotencyRecord(keyHash: Buffer): Promise<IdempotencyRecord | undefined> {
    return this.readIdempotency(this.pool, keyHash);
  }

  private async readIdempotency(db: pg.Pool | pg.PoolClient, keyHash: Buffer): Promise<IdempotencyRecord | undefined> {
    const { rows } = await db.query<IdempotencyRow>('SELECT body_mac, status, sealed_answer FROM idempotency_keys WHERE key_hash = $1', [
      keyHash,
    ]);
    const row = rows[0];
    return row ? { bodyMac: row.body_mac, status: row.status, sealedAnswer: row.sealed_answer } : undefined;
  }

  async createBooking(input: CreateBookingInput): Promise<CreateBookingResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.transaction((client) => this.createIn(client, input));
      } catch (error) {
        // Another server committed this key first: answer from its record.
        if (isUniqueViolation(error, 'idempotency_keys_pkey')) {
          const record = await this.readIdempotency(this.pool, input.idempotencyKeyHash);
          if (record) return { kind: 'existing', record };
        }
        // Two servers drew the same booking code at once (about 1 in 900 million): draw again.
        if (isUniqueViolation(error, 'bookings_code_key') && attempt < 3) continue;
        throw error;
      }
    }
  }

  private async createIn(client: pg.PoolClient, input: CreateBookingInput): Promise<CreateBookingResult> {
    const { booking, counters, citizen } = input;
    const early = await this.readIdempotency(client, input.idempotencyKeyHash);
    if (early) return { kind: 'existing', record: early };
    // A slot already full needs no lock to be refused (capacity only shrinks under new bookings;
    // a cancel racing with this is the same as the cancel coming a moment later). So a crowd
    // asking for one popular slot does not queue on its location's lock.
    const fullAlready = !(await this.hasRoom(client, booking.time, counters));
    if (!fullAlready) {
      // Citizen locks before the location lock, always in this order, so no two requests deadlock.
      for (const hash of [citizen?.hashes.emailHash, citizen?.hashes.phoneHash]) {
        if (hash && citizen && citizen.limit > 0) {
          await client.query("SELECT pg_advisory_xact_lock(hashtext('booking-citizen:' || encode($1, 'hex')))", [hash]);
        }
      }
      await this.lockLocation(client, booking.time.locationId);
      const existing = await this.readIdempotency(client, input.idempotencyKeyHash);
      if (existing) return { kind: 'existing', record: existing };
    }

    let decision: CreateBookingResult & { kind: 'decided' };
    if (fullAlready) {
      decision = { kind: 'decided', decision: { kind: 'slot_taken' } };
    } else if (citizen && citizen.limit > 0 && (await this.futureBookingsOf(client, citizen.hashes, citizen.nowMs)) >= citizen.limit) {
      decision = { kind: 'decided', decision: { kind: 'citizen_limit', limit: citizen.limit } };
    } else if (!(await this.hasRoom(client, booking.time, counters))) {
      decision = { kind: 'decided', decision: { kind: 'slot_taken' } };
    } else {
      let code = input.newCode();
      while ((await client.query('SELECT 1 FROM bookings WHERE code = $1', [code])).rowCount) code = input.newCode();
      const { time, personalData } = booking;
      await client.query(
        `INSERT INTO bookings (id, code, service_id, location_id, start_ms, end_ms, start_iso, end_iso, status, token_hash, name, email, phone, lang, created_ms, email_hash, phone_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'confirmed', $9, $10, $11, $12, $13, $14, $15, $16)`,
        [
          booking.id,
          code,
          booking.serviceId,
          time.locationId,
          time.start,
          time.end,
          time.startIso,
          time.endIso,
          booking.tokenHash,
          personalData.name,
          personalData.email ?? null,
          personalData.phone ?? null,
          personalData.lang ?? null,
          booking.createdAtMs,
          citizen?.hashes.emailHash ?? null,
          citizen?.hashes.phoneHash ?? null,
        ],
      );
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
      await this.queueMails(client, input.mails?.(created) ?? []);
    }
    const record = input.recordAnswer(decision.decision);
    await client.query('INSERT INTO idempotency_keys (key_hash, body_mac, status, sealed_answer, created_ms) VALUES ($1, $2, $3, $4, $5)', [
      input.idempotencyKeyHash,
      record.bodyMac,
      record.status,
      record.sealedAnswer,
      booking.createdAtMs,
    ]);
    return decision;
  }

  /** Confirmed bookings that end after `nowMs` held by the same e-mail or phone (by hash). */
  private async futureBookingsOf(client: pg.PoolClient, hashes: CitizenHashes, nowMs: number): Promise<number> {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM bookings WHERE status = 'confirmed' AND end_ms > $1 AND (email_hash = $2 OR phone_hash = $3)`,
      [nowMs, hashes.emailHash ?? null, hashes.phoneHash ?? null],
    );
    return rows[0]?.n ?? 0;
  }

  async findBooking(id: string): Promise<BookingRecord | undefined> {
    const { rows } = await this.pool.query<BookingRow>('SELECT * FROM bookings WHERE id = $1', [id]);
    return rows[0] ? toBookingRecord(rows[0]) : undefined;
  }

  /** Inserts outbox rows (inside the caller's transaction). */
  private async queueMails(client: pg.PoolClient, mails: readonly NewMail[]): Promise<void> {
    for (const mail of mails) {
      await client.query(
        `INSERT INTO mail_outbox (booking_id, kind, status, due_ms, next_attempt_ms, end_ms, created_ms, ${CONTENT_COLUMNS.join(', ')})
         VALUES ($1, $2, 'pending', $3, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [mail.bookingId, mail.kind, mail.dueMs, mail.endMs, mail.createdMs, ...contentValues(mail.content)],
      );
    }
  }

  async moveBooking(
    id: string,
    serviceId: string,
    time: BookedTime,
    counters: number,
    mails?: (booking: Booking) => NewMail[],
  ): Promise<MoveResult> {
    return this.transaction(async (client) => {
      await this.lockLocation(client, time.locationId);
      // FOR UPDATE: a cancel running at the same time waits for this move, or this move sees it.
      const row = (await client.query<BookingRow>('SELECT * FROM bookings WHERE id = $1 FOR UPDATE', [id])).rows[0];
      if (!row) return { kind: 'not_found' };
      if (row.status !== 'confirmed') return { kind: 'cancelled' };
      if (!(await this.hasRoom(client, time, counters, id))) return { kind: 'slot_taken' };
      const moved = await client.query<BookingRow>(
        'UPDATE bookings SET service_id = $1, location_id = $2, start_ms = $3, end_ms = $4, start_iso = $5, end_iso = $6 WHERE id = $7 RETURNING *',
        [serviceId, time.locationId, time.start, time.end, time.startIso, time.endIso, id],
      );
      const booking = toBooking(moved.rows[0] as BookingRow);
      // A reminder for the old time must not go out; the new one comes with `mails`.
      await client.query(`DELETE FROM mail_outbox WHERE booking_id = $1 AND status = 'pending' AND kind = 'reminder'`, [id]);
      await client.query('UPDATE mail_outbox SET end_ms = $1 WHERE booking_id = $2', [time.end, id]);
      await this.queueMails(client, mails?.(booking) ?? []);
      return { kind: 'moved', booking };
    });
  }

  async cancelBooking(id: string, nowMs: number, mails?: (booking: Booking) => NewMail[]): Promise<Booking | undefined> {
    return this.transaction(async (client) => {
      // Nothing more is needed from a cancelled booking's citizen: erase them now.
      const { rows } = await client.query<BookingRow>(
        `UPDATE bookings SET status = 'cancelled', name = NULL, email = NULL, phone = NULL, lang = NULL, email_hash = NULL, phone_hash = NULL,
           erased_ms = coalesce(erased_ms, $1) WHERE id = $2 RETURNING *`,
        [nowMs, id],
      );
      if (!rows[0]) return undefined;
      // Mails not yet sent are moot; sent or kept ones lose their address and texts with the booking.
      await client.query(`DELETE FROM mail_outbox WHERE booking_id = $1 AND status = 'pending'`, [id]);
      await client.query(`UPDATE mail_outbox SET ${ERASE_CONTENT} WHERE booking_id = $1 AND status <> 'sending'`, [id]);
      const cancelled = toBooking(rows[0]);
      await this.queueMails(client, mails?.(cancelled) ?? []);
      return cancelled;
    });
  }

  async erasePersonalData(endedBeforeMs: number, nowMs: number): Promise<number> {
    const result = await this.pool.query(
      'UPDATE bookings SET name = NULL, email = NULL, phone = NULL, lang = NULL, email_hash = NULL, phone_hash = NULL, erased_ms = $1 WHERE erased_ms IS NULL AND end_ms < $2',
      [nowMs, endedBeforeMs],
    );
    // An UPDATE leaves the old row version (with the personal data) in the table as a dead tuple
    // until VACUUM prunes it; cancellations since the last pass too. So every pass ends with one.
    // (WAL segments keep the values until PostgreSQL recycles them; base backups keep them as
    // long as they are kept: see server/README.md.)
    // Outbox rows may hold the address and the texts: gone with the booking's data.
    await this.pool.query('DELETE FROM mail_outbox WHERE end_ms < $1', [endedBeforeMs]);
    await this.pool.query('VACUUM bookings, mail_outbox');
    return result.rowCount ?? 0;
  }

  async claimMails(nowMs: number, limit: number, leaseMs: number): Promise<OutboxMail[]> {
    // SKIP LOCKED: a row another server is claiming at this moment is passed over, not waited for;
    // once claimed, its lease (next_attempt_ms in the future) keeps every other worker away.
    const { rows } = await this.pool.query<OutboxRow>(
      `UPDATE mail_outbox SET status = 'sending', next_attempt_ms = $1, attempts = attempts + 1
        WHERE id IN (SELECT id FROM mail_outbox WHERE status IN ('pending', 'sending') AND next_attempt_ms <= $2
                     ORDER BY next_attempt_ms, id LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING *`,
      [nowMs + leaseMs, nowMs, limit],
    );
    return rows.sort((a, b) => Number(a.id) - Number(b.id)).map(toOutboxMail);
  }

  async finishMail(id: number, attempt: number, outcome: MailOutcome, nowMs: number): Promise<boolean> {
    const where = (n: number) => `WHERE id = $${n} AND attempts = $${n + 1} AND status = 'sending'`;
    let result: pg.QueryResult;
    switch (outcome.kind) {
      case 'retry':
        result = await this.pool.query(`UPDATE mail_outbox SET status = 'pending', next_attempt_ms = $1, last_error = $2 ${where(3)}`, [
          outcome.nextAttemptMs,
          outcome.error,
          id,
          attempt,
        ]);
        break;
      case 'unsent':
        result = await this.pool.query(
          `UPDATE mail_outbox SET status = 'unsent', finished_ms = $1, ${CONTENT_COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ')} ${where(9)}`,
          [nowMs, ...contentValues(outcome.content), id, attempt],
        );
        break;
      default:
        result = await this.pool.query(
          `UPDATE mail_outbox SET status = $1, finished_ms = $2, last_error = $3, ${ERASE_CONTENT} ${where(4)}`,
          [outcome.kind, nowMs, outcome.kind === 'failed' ? outcome.error : null, id, attempt],
        );
    }
    return (result.rowCount ?? 0) > 0;
  }

  async mailOutbox(limit: number): Promise<OutboxMail[]> {
    const { rows } = await this.pool.query<OutboxRow>('SELECT * FROM mail_outbox ORDER BY id DESC LIMIT $1', [limit]);
    return rows.map(toOutboxMail);
  }

  async forgetIdempotencyKeys(createdBeforeMs: number): Promise<number> {
    return (await this.pool.query('DELETE FROM idempotency_keys WHERE created_ms < $1', [createdBeforeMs])).rowCount ?? 0;
  }

  async secret(name: string, make: () => Buffer): Promise<Buffer> {
    await this.pool.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, make()]);
    const { rows } = await this.pool.query<{ value: Buffer }>('SELECT value FROM server_secrets WHERE name = $1', [name]);
    return (rows[0] as { value: Buffer }).value;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

// PostgreSQL schema changes, applied in order on start (the same tables as migrations.ts for
// SQLite). `booking_schema_version` remembers how far a database has come; a migration is never
// edited once released, only followed by a new one.
import type { PoolClient } from 'pg';

export const PG_MIGRATIONS: readonly string[] = [
  // 1: catalogue, bookings, idempotency records. JSON is kept as text so the API answers with
  // exactly the bytes SQLite gives (jsonb would reorder keys).
  `
  CREATE TABLE services (
    id text PRIMARY KEY,
    position integer NOT NULL,
    json text NOT NULL
  );
  CREATE TABLE locations (
    id text PRIMARY KEY,
    position integer NOT NULL,
    json text NOT NULL,
    schedule text NOT NULL
  );
  CREATE TABLE location_services (
    location_id text NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
    service_id text NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    PRIMARY KEY (location_id, service_id)
  );
  CREATE TABLE bookings (
    id text PRIMARY KEY,
    code text NOT NULL UNIQUE,
    service_id text NOT NULL,
    location_id text NOT NULL,
    start_ms bigint NOT NULL,
    end_ms bigint NOT NULL,
    start_iso text NOT NULL,
    end_iso text NOT NULL,
    status text NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
    token_hash bytea NOT NULL,
    name text,
    email text,
    phone text,
    lang text,
    created_ms bigint NOT NULL,
    erased_ms bigint
  );
  CREATE INDEX bookings_by_location_time ON bookings (location_id, start_ms) WHERE status = 'confirmed';
  CREATE INDEX bookings_to_erase ON bookings (end_ms) WHERE erased_ms IS NULL;
  CREATE TABLE idempotency_keys (
    key_hash bytea PRIMARY KEY,
    body_mac bytea NOT NULL,
    status integer NOT NULL,
    sealed_answer bytea NOT NULL,
    created_ms bigint NOT NULL
  );
  CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_ms);
  `,
  // 2: the per-citizen cap (keyed hashes of e-mail and phone) and the server's own secrets.
  `
  ALTER TABLE bookings ADD COLUMN email_hash bytea;
  ALTER TABLE bookings ADD COLUMN phone_hash bytea;
  CREATE INDEX bookings_by_email_hash ON bookings (email_hash, end_ms) WHERE status = 'confirmed' AND email_hash IS NOT NULL;
  CREATE INDEX bookings_by_phone_hash ON bookings (phone_hash, end_ms) WHERE status = 'confirmed' AND phone_hash IS NOT NULL;
  CREATE TABLE server_secrets (
    name text PRIMARY KEY,
    value bytea NOT NULL
  );
  `,
  // 3: the mail outbox (server/mail/outbox.ts). Rows are written in the booking's own transaction;
  // workers claim due rows with FOR UPDATE SKIP LOCKED, so two servers never claim one row.
  `
  CREATE TABLE mail_outbox (
    id bigserial PRIMARY KEY,
    booking_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('confirmation', 'reminder', 'rescheduled', 'cancelled')),
    status text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'unsent', 'failed', 'dropped')),
    due_ms bigint NOT NULL,
    next_attempt_ms bigint NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    end_ms bigint NOT NULL,
    created_ms bigint NOT NULL,
    finished_ms bigint,
    last_error text,
    recipient text,
    lang text,
    subject text,
    body_text text,
    body_html text,
    ics_name text,
    ics text
  );
  CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_ms) WHERE status IN ('pending', 'sending');
  CREATE INDEX mail_outbox_by_booking ON mail_outbox (booking_id);
  CREATE INDEX mail_outbox_by_end ON mail_outbox (end_ms);
  `,
  // 4: the calendar version (GET /slots answer cache, slots-cache.ts). Triggers bump a counter per
  // location when a confirmed booking there appears, moves, ends or goes, and the '*' counter when
  // the catalogue changes, in the writing transaction itself: whichever server or tool writes,
  // every server sees the new version on its next read. Counters are bumped in sorted order, so
  // two moves between the same two locations cannot deadlock. Erasing personal data bumps nothing.
  `
  CREATE TABLE calendar_versions (
    scope text PRIMARY KEY,
    version bigint NOT NULL
  );
  CREATE FUNCTION bump_calendar_versions(scopes text[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO calendar_versions (scope, version)
      SELECT DISTINCT s, 1 FROM unnest(scopes) AS s ORDER BY 1
      ON CONFLICT (scope) DO UPDATE SET version = calendar_versions.version + 1
  $$;
  CREATE FUNCTION calendar_booking_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      IF NEW.status = 'confirmed' THEN PERFORM bump_calendar_versions(ARRAY[NEW.location_id]); END IF;
    ELSIF TG_OP = 'DELETE' THEN
      IF OLD.status = 'confirmed' THEN PERFORM bump_calendar_versions(ARRAY[OLD.location_id]); END IF;
    ELSIF (OLD.status, OLD.location_id, OLD.start_ms, OLD.end_ms) IS DISTINCT FROM (NEW.status, NEW.location_id, NEW.start_ms, NEW.end_ms) THEN
      PERFORM bump_calendar_versions(ARRAY[OLD.location_id, NEW.location_id]);
    END IF;
    RETURN NULL;
  END
  $$;
  CREATE FUNCTION calendar_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM bump_calendar_versions(ARRAY['*']);
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER calendar_bookings AFTER INSERT OR UPDATE OR DELETE ON bookings
    FOR EACH ROW EXECUTE FUNCTION calendar_booking_changed();
  CREATE TRIGGER calendar_bookings_truncated AFTER TRUNCATE ON bookings
    FOR EACH STATEMENT EXECUTE FUNCTION calendar_catalogue_changed();
  CREATE TRIGGER calendar_services AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON services
    FOR EACH STATEMENT EXECUTE FUNCTION calendar_catalogue_changed();
  CREATE TRIGGER calendar_locations AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON locations
    FOR EACH STATEMENT EXECUTE FUNCTION calendar_catalogue_changed();
  CREATE TRIGGER calendar_location_services AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON location_services
    FOR EACH STATEMENT EXECUTE FUNCTION calendar_catalogue_changed();
  `,
];

// Any constant both servers agree on: the lock that lets one server at a time migrate.
const MIGRATION_LOCK = 0x626f6f6b; // "book"

/** Brings the schema on `client`'s search_path up to date; returns the version it is at. */
export async function migratePostgres(client: PoolClient): Promise<number> {
  // A session lock, so two servers starting at once apply each migration once.
  // Another server may be migrating: wait for it longer than a request would wait for a lock.
  await client.query("SET lock_timeout = '120s'");
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS booking_schema_version (version integer NOT NULL)');
    const rows = (await client.query<{ version: number }>('SELECT version FROM booking_schema_version')).rows;
    let current = rows[0]?.version ?? 0;
    if (rows.length === 0) await client.query('INSERT INTO booking_schema_version (version) VALUES (0)');
    if (current > PG_MIGRATIONS.length) {
      throw new Error(`The database is at schema version ${current}, newer than this server (${PG_MIGRATIONS.length}).`);
    }
    while (current < PG_MIGRATIONS.length) {
      // One migration per transaction, so a failure leaves the database at the last good version.
      await client.query('BEGIN');
      try {
        await client.query(PG_MIGRATIONS[current] as string);
        await client.query('UPDATE booking_schema_version SET version = $1', [current + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      current++;
    }
    return current;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await client.query('RESET lock_timeout');
  }
}

// Schema changes, applied in order on start. `PRAGMA user_version` remembers how far a database
// has come; a migration is never edited once released, only followed by a new one.
import type Database from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  // 1: catalogue, bookings, idempotency records.
  `
  CREATE TABLE services (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    json TEXT NOT NULL                      -- the API's Service, as JSON
  ) STRICT;
  CREATE TABLE locations (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    json TEXT NOT NULL,                     -- the API's Location, as JSON
    schedule TEXT NOT NULL                  -- counters, horizon and weekly hours, as JSON
  ) STRICT;
  CREATE TABLE location_services (
    location_id TEXT NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
    service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    PRIMARY KEY (location_id, service_id)
  ) STRICT;
  CREATE TABLE bookings (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL,
    location_id TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL,
    start_iso TEXT NOT NULL,
    end_iso TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
    token_hash BLOB NOT NULL,
    name TEXT,                              -- personal data: erased by the retention job
    email TEXT,
    phone TEXT,
    lang TEXT,
    created_ms INTEGER NOT NULL,
    erased_ms INTEGER                       -- when the personal data was erased
  ) STRICT;
  CREATE INDEX bookings_by_location_time ON bookings (location_id, start_ms) WHERE status = 'confirmed';
  CREATE INDEX bookings_to_erase ON bookings (end_ms) WHERE erased_ms IS NULL;
  CREATE TABLE idempotency_keys (
    key_hash BLOB PRIMARY KEY,
    body_mac BLOB NOT NULL,
    status INTEGER NOT NULL,
    sealed_answer BLOB NOT NULL,
    created_ms INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_ms);
  `,
  // 2: the per-citizen cap (keyed hashes of e-mail and phone) and the server's own secrets.
  `
  ALTER TABLE bookings ADD COLUMN email_hash BLOB;
  ALTER TABLE bookings ADD COLUMN phone_hash BLOB;
  CREATE INDEX bookings_by_email_hash ON bookings (email_hash, end_ms) WHERE status = 'confirmed' AND email_hash IS NOT NULL;
  CREATE INDEX bookings_by_phone_hash ON bookings (phone_hash, end_ms) WHERE status = 'confirmed' AND phone_hash IS NOT NULL;
  CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
  ) STRICT;
  `,
  // 3: the mail outbox (server/mail/outbox.ts). Rows are written in the booking's own transaction.
  `
  CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    booking_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('confirmation', 'reminder', 'rescheduled', 'cancelled')),
    status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'unsent', 'failed', 'dropped')),
    due_ms INTEGER NOT NULL,
    next_attempt_ms INTEGER NOT NULL,       -- pending: next try; sending: end of the claim's lease
    attempts INTEGER NOT NULL DEFAULT 0,
    end_ms INTEGER NOT NULL,                -- the appointment's end: retention deletes the row with the booking's data
    created_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    last_error TEXT,
    recipient TEXT,                         -- personal data: erased once sent, failed or dropped
    lang TEXT,
    subject TEXT,
    body_text TEXT,
    body_html TEXT,
    ics_name TEXT,
    ics TEXT
  ) STRICT;
  CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_ms) WHERE status IN ('pending', 'sending');
  CREATE INDEX mail_outbox_by_booking ON mail_outbox (booking_id);
  CREATE INDEX mail_outbox_by_end ON mail_outbox (end_ms);
  `,
  // 4: the calendar version (GET /slots answer cache, slots-cache.ts). Triggers bump a counter per
  // location when a confirmed booking there appears, moves, ends or goes, and the '*' counter when
  // the catalogue changes, in the writing transaction itself: whichever process or tool writes,
  // every server sees the new version on its next read. Erasing personal data bumps nothing
  // (GET /slots shows none).
  `
  CREATE TABLE calendar_versions (
    scope TEXT PRIMARY KEY,                 -- a location id, or '*' for the catalogue
    version INTEGER NOT NULL
  ) STRICT;
  CREATE TRIGGER calendar_booking_added AFTER INSERT ON bookings WHEN NEW.status = 'confirmed' BEGIN
    INSERT INTO calendar_versions (scope, version) VALUES (NEW.location_id, 1)
      ON CONFLICT (scope) DO UPDATE SET version = version + 1;
  END;
  CREATE TRIGGER calendar_booking_changed AFTER UPDATE OF status, location_id, start_ms, end_ms ON bookings
    WHEN OLD.status IS NOT NEW.status OR OLD.location_id IS NOT NEW.location_id
      OR OLD.start_ms IS NOT NEW.start_ms OR OLD.end_ms IS NOT NEW.end_ms BEGIN
    INSERT INTO calendar_versions (scope, version) VALUES (OLD.location_id, 1)
      ON CONFLICT (scope) DO UPDATE SET version = version + 1;
    INSERT INTO calendar_versions (scope, version) SELECT NEW.location_id, 1 WHERE NEW.location_id IS NOT OLD.location_id
      ON CONFLICT (scope) DO UPDATE SET version = version + 1;
  END;
  CREATE TRIGGER calendar_booking_removed AFTER DELETE ON bookings WHEN OLD.status = 'confirmed' BEGIN
    INSERT INTO calendar_versions (scope, version) VALUES (OLD.location_id, 1)
      ON CONFLICT (scope) DO UPDATE SET version = version + 1;
  END;
  ${['services', 'locations', 'location_services']
    .flatMap((table) =>
      ['INSERT', 'UPDATE', 'DELETE'].map(
        (event) => `CREATE TRIGGER calendar_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
    INSERT INTO calendar_versions (scope, version) VALUES ('*', 1) ON CONFLICT (scope) DO UPDATE SET version = version + 1;
  END;`,
      ),
    )
    .join('\n  ')}
  `,
];

/** Brings the database up to the latest version; returns the version it is at. */
export function migrate(db: Database.Database): number {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  // The version is read inside the write lock: two servers starting on one file must not both
  // apply the same migration.
  const step = db.transaction((): boolean => {
    const current = version();
    if (current > MIGRATIONS.length) {
      throw new Error(`The database is at schema version ${current}, newer than this server (${MIGRATIONS.length}).`);
    }
    if (current === MIGRATIONS.length) return false;
    db.exec(MIGRATIONS[current] as string);
    db.pragma(`user_version = ${current + 1}`);
    return true;
  });
  while (step.immediate()) {
    // One migration per transaction, so a failure leaves the database at the last good version.
  }
  return version();
}

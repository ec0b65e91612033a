// The storage a configuration names: SQLite (the embedded default) or PostgreSQL (DATABASE_URL).
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StorageConfig } from './config.js';
import { PostgresBookingStorage } from './pg-storage.js';
import { SqliteBookingStorage } from './sqlite-storage.js';
import type { BookingStorage } from './storage.js';

/**
 * Opens and migrates the database. Throws if a SQLite file's folder does not exist.
 * `lockTimeoutMs`: the longest a statement waits for a lock (or PostgreSQL for a connection)
 * before failing as "busy" (storage-errors.ts), which the routes answer with 503.
 */
export async function openStorage(config: StorageConfig, options: { lockTimeoutMs?: number } = {}): Promise<BookingStorage> {
  const lockTimeoutMs = options.lockTimeoutMs ?? 2000;
  if (config.kind === 'postgres') return PostgresBookingStorage.open({ url: config.url, lockTimeoutMs });
  // Never created here: a mistyped path must not quietly start an empty database elsewhere.
  if (config.path !== ':memory:' && !existsSync(dirname(config.path))) {
    throw new Error(`The database folder ${dirname(config.path)} does not exist; create it first.`);
  }
  return new SqliteBookingStorage(config.path, { busyTimeoutMs: lockTimeoutMs });
}

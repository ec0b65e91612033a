// Which database failures mean "busy, try again shortly" (answered 503 with Retry-After) rather
// than "broken" (500): a lock held too long by another writer or a backup, a statement that ran
// past its time limit, or no free connection in time.
const BUSY_CODES = new Set([
  'SQLITE_BUSY', // better-sqlite3: the write lock was not free within the busy timeout
  'SQLITE_LOCKED',
  '55P03', // PostgreSQL lock_not_available: lock_timeout passed
  '57014', // PostgreSQL query_canceled: statement_timeout passed
  '40001', // PostgreSQL serialization_failure
  '40P01', // PostgreSQL deadlock_detected
  '53300', // PostgreSQL too_many_connections
  '57P03', // PostgreSQL cannot_connect_now (starting up or shutting down)
]);

export function isStorageBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && BUSY_CODES.has(code)) return true;
  // node-postgres's pool: no connection became free within connectionTimeoutMillis.
  return (
    typeof message === 'string' && /timeout exceeded when trying to connect|Connection terminated due to connection timeout/.test(message)
  );
}

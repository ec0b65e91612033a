// Personal data is kept only as long as the appointment needs it: name, e-mail and phone are
// erased a set number of days after the appointment. Idempotency records (which hold sealed
// tokens) go after a day: a client retries within minutes, not days.
import type { BookingStorage } from './storage.js';

const DAY_MS = 86_400_000;
export const IDEMPOTENCY_RECORD_MS = DAY_MS;

export interface RetentionResult {
  erasedBookings: number;
  forgottenKeys: number;
}

/** One pass of the retention job at `now`. */
export async function runRetention(storage: BookingStorage, now: Date, retentionDays: number): Promise<RetentionResult> {
  const nowMs = now.getTime();
  const erasedBookings = await storage.erasePersonalData(nowMs - retentionDays * DAY_MS, nowMs);
  const forgottenKeys = await storage.forgetIdempotencyKeys(nowMs - IDEMPOTENCY_RECORD_MS);
  return { erasedBookings, forgottenKeys };
}

export interface RetentionScheduleOptions {
  retentionDays: number;
  /** Default: hourly. */
  intervalMs?: number;
  now?: () => Date;
  /** Told the counts after each pass (never any personal data). */
  report?: (result: RetentionResult) => void;
  onError?: (error: unknown) => void;
}

/** Runs the job now and then every `intervalMs`; returns a function that stops it. */
export function scheduleRetention(storage: BookingStorage, options: RetentionScheduleOptions): () => void {
  const now = options.now ?? (() => new Date());
  const pass = () => {
    runRetention(storage, now(), options.retentionDays).then(
      (result) => options.report?.(result),
      (error: unknown) => options.onError?.(error),
    );
  };
  pass();
  const timer = setInterval(pass, options.intervalMs ?? 60 * 60_000);
  // The job alone must not keep the process alive.
  timer.unref();
  return () => clearInterval(timer);
}

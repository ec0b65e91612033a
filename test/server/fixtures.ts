// Shared setup for the server tests: a seeded in-memory database, a clock the test controls,
// and small helpers for requests against `app.request()`.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { pino } from 'pino';
import type * as z from 'zod/mini';
import { type AppOptions, createApp } from '../../server/app.js';
import { ConfigError, readConfig } from '../../server/config.js';
import { BookingMetrics } from '../../server/metrics.js';
import { seedCatalogue } from '../../server/seed.js';
import { SqliteBookingStorage } from '../../server/sqlite-storage.js';
import { formatProblems, validate } from '../../src/core/validation.js';

/** Monday 30 March 2026, 08:00 in Copenhagen: the first Monday of summer time, the week of Easter. */
export const NOW = new Date('2026-03-30T08:00:00+02:00');

export interface TestApp {
  app: Hono;
  storage: SqliteBookingStorage;
  clock: { now: Date };
  /** The JSON log records the app wrote (pino). */
  logRecords: Array<Record<string, unknown>>;
  metrics: BookingMetrics;
  close(): Promise<void>;
}

export async function makeApp(options: AppOptions = {}): Promise<TestApp> {
  const storage = new SqliteBookingStorage(':memory:');
  await seedCatalogue(storage);
  const clock = { now: NOW };
  const logRecords: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logRecords.push(JSON.parse(line) as Record<string, unknown>) });
  const metrics = new BookingMetrics();
  const app = createApp(storage, {
    now: () => clock.now,
    rateLimit: false,
    // Tests book many times as "Anna"; the cap has tests of its own (citizen-cap.test.ts).
    citizenLimit: 0,
    logger,
    metrics,
    ...options,
  });
  return { app, storage, clock, logRecords, metrics, close: () => storage.close() };
}

export function newKey(): string {
  return randomUUID();
}

export function valbyPasSlotId(startIso: string): string {
  return `bibliotek-valby:pas:${startIso}`;
}

export const FIRST_VALBY_SLOT = valbyPasSlotId('2026-03-30T12:00:00+02:00');

export function bookingBody(slotId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { slotId, name: 'Anna Jensen', email: 'anna@example.dk', ...extra };
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export async function call(
  app: Hono,
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const response = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text ? (JSON.parse(text) as unknown) : undefined };
}

export function postBooking(app: Hono, body: unknown, key: string = newKey()): Promise<JsonResponse> {
  return call(app, 'POST', '/bookings', { body, headers: { 'Idempotency-Key': key } });
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

/** The value, typed, if it matches the contract's schema; a failed assertion listing the problems if not. */
export function expectShape<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = validate(schema, value);
  if (!result.ok) assert.fail(`does not match the contract:\n${formatProblems(result.problems)}\n${JSON.stringify(value)}`);
  return result.value;
}

/** The problems `readConfig` reports for `env` (a failed assertion if it accepts it). */
export function configProblems(env: Record<string, string>): readonly string[] {
  try {
    readConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.problems;
  }
  assert.fail(`accepted ${JSON.stringify(env)}`);
}

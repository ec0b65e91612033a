// Settings from the environment, checked once at start so a typo fails loudly instead of quietly.
import { type CorsOrigins, parseCorsOrigins } from './cors.js';

export interface ServerConfig {
  port: number;
  host: string;
  dbPath: string;
  retentionDays: number;
  corsOrigins: CorsOrigins;
  /** Requests per minute and client; false when both limits are 0. */
  rateLimit: { reads: number; writes: number } | false;
}

export const DEFAULT_DB_PATH = 'server/data/booking.db';

function whole(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)}.`);
  }
  return number;
}

function rateLimit(env: Record<string, string | undefined>): ServerConfig['rateLimit'] {
  const reads = whole('RATE_LIMIT_READS', env.RATE_LIMIT_READS, 600, 0, 1_000_000);
  const writes = whole('RATE_LIMIT_WRITES', env.RATE_LIMIT_WRITES, 30, 0, 1_000_000);
  if (reads === 0 && writes === 0) return false;
  // 0 for one kind alone means "no limit" for that kind.
  return { reads: reads || Number.MAX_SAFE_INTEGER, writes: writes || Number.MAX_SAFE_INTEGER };
}

export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  return {
    port: whole('PORT', env.PORT, 8787, 0, 65535),
    // Loopback unless told otherwise: the demo server is not meant to face a network by accident.
    host: env.HOST?.trim() || '127.0.0.1',
    dbPath: env.DB_PATH?.trim() || DEFAULT_DB_PATH,
    retentionDays: whole('RETENTION_DAYS', env.RETENTION_DAYS, 30, 0, 3650),
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    rateLimit: rateLimit(env),
  };
}

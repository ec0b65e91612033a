// CORS: the booking widget runs on the municipality's pages, so the API answers those origins only.
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** An exact allow-list, or 'localhost': any port on localhost, 127.0.0.1 or [::1] (development). */
export type CorsOrigins = readonly string[] | 'localhost';

const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/** `CORS_ORIGINS` is a comma-separated list of origins; unset or empty means 'localhost'. */
export function parseCorsOrigins(value: string | undefined): CorsOrigins {
  const origins = (value ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin.length > 0);
  return origins.length > 0 ? origins : 'localhost';
}

export function originAllowed(origin: string, allowed: CorsOrigins): boolean {
  return allowed === 'localhost' ? LOCALHOST.test(origin) : allowed.includes(origin);
}

export function corsPolicy(allowed: CorsOrigins): MiddlewareHandler {
  return cors({
    origin: (origin) => (origin && originAllowed(origin, allowed) ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
    // No cookies: the token travels in the Authorization header.
    credentials: false,
  });
}

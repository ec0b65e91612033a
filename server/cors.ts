// CORS: the booking widget runs on the municipality's pages, so the API answers those origins only.
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** An exact allow-list, or 'localhost': any port on localhost, 127.0.0.1 or [::1] (development). */
export type CorsOrigins = readonly string[] | 'localhost';

/** Headers a page's script may read: the wait after a 429 or 503. */
const EXPOSE_HEADERS = ['Retry-After'];

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

/**
 * The CORS headers of an answer that is not a preflight: `Access-Control-Allow-Origin` when
 * `origin` is allowed, and the exposed headers. (`Vary: Origin` is appended to the answer's own.)
 */
export function corsHeaders(origin: string | undefined, allowed: CorsOrigins): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  if (origin && originAllowed(origin, allowed)) headers.push(['Access-Control-Allow-Origin', origin]);
  headers.push(['Access-Control-Expose-Headers', EXPOSE_HEADERS_VALUE]);
  return headers;
}

const EXPOSE_HEADERS_VALUE = EXPOSE_HEADERS.join(',');

/**
 * Preflights (OPTIONS) are answered by hono's `cors`. On every other request the same headers are
 * set before the answer is made (`c.header`): hono's `cors` sets them on `c.res` first, which makes
 * every answer be copied into a new Response with a streamed body, a quarter of the CPU of a
 * cached GET /slots answer (measured with `--cpu-prof`, scripts/bench-booking-server.ts).
 */
export function corsPolicy(allowed: CorsOrigins): MiddlewareHandler {
  const preflight = cors({
    origin: (origin) => (origin && originAllowed(origin, allowed) ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key'],
    exposeHeaders: EXPOSE_HEADERS,
    maxAge: 600,
    // No cookies: the token travels in the Authorization header.
    credentials: false,
  });
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    for (const [name, value] of corsHeaders(c.req.header('Origin'), allowed)) c.header(name, value);
    await next();
    c.res.headers.append('Vary', 'Origin');
  };
}

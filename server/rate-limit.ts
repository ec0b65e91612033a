// Per-client request budgets, through hono-rate-limiter (fixed windows, `RateLimit-*` and
// `Retry-After` headers). The key is the real client (client-address.ts, TRUST_PROXY), so citizens
// behind one municipal proxy do not share a budget. Counts live in each server process's memory:
// with N processes behind a load balancer a client gets up to N times the budget, which is still
// a cap; the per-citizen booking cap (citizen-cap.ts) is kept in the database and holds across all.
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { sendError } from './errors.js';

export interface RateLimitOptions {
  windowMs?: number;
  /** GET requests per window and client. Default 600. */
  reads?: number;
  /** POST and DELETE requests per window and client. Default 30. */
  writes?: number;
}

const isRead = (c: Context) => c.req.method === 'GET' || c.req.method === 'HEAD';

/** Two middlewares (reads, writes), each counting only its own kind of request. */
export function rateLimit(options: RateLimitOptions, clientKey: (c: Context) => string): MiddlewareHandler[] {
  const windowMs = options.windowMs ?? 60_000;
  const limiter = (limit: number, skip: (c: Context) => boolean): MiddlewareHandler =>
    rateLimiter({
      windowMs,
      limit,
      standardHeaders: 'draft-6',
      keyGenerator: clientKey,
      skip,
      handler: (c) => {
        const reset = (c.get('rateLimit' as never) as { resetTime?: Date } | undefined)?.resetTime;
        const seconds = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
        c.header('Retry-After', String(seconds));
        return sendError(c, 429, 'rate_limited', `Too many requests; try again in ${seconds} s.`);
      },
    });
  return [limiter(options.reads ?? 600, (c) => !isRead(c)), limiter(options.writes ?? 30, (c) => isRead(c) || c.req.method === 'OPTIONS')];
}

// Per-client request budgets in fixed windows. In memory: enough for one demo process; a real
// deployment limits at its proxy or shares the counts.
import type { Context, MiddlewareHandler } from 'hono';
import { sendError } from './errors.js';

export interface RateLimitOptions {
  windowMs?: number;
  /** GET requests per window and client. Default 600. */
  reads?: number;
  /** POST and DELETE requests per window and client. Default 30. */
  writes?: number;
}

export class FixedWindowLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Counts one request; `retryAfterSeconds` tells a refused client when to come back. */
  hit(key: string): { allowed: boolean; retryAfterSeconds: number } {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      // A new window forgets everyone, so memory never grows past one window's clients.
      this.windowStart = now - ((now - this.windowStart) % this.windowMs);
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    const retryAfterSeconds = Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000));
    return { allowed: count <= this.max, retryAfterSeconds };
  }
}

export function rateLimit(options: RateLimitOptions, clientKey: (c: Context) => string, now: () => number): MiddlewareHandler {
  const windowMs = options.windowMs ?? 60_000;
  const reads = new FixedWindowLimiter(options.reads ?? 600, windowMs, now);
  const writes = new FixedWindowLimiter(options.writes ?? 30, windowMs, now);
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const limiter = c.req.method === 'GET' || c.req.method === 'HEAD' ? reads : writes;
    const { allowed, retryAfterSeconds } = limiter.hit(clientKey(c));
    if (!allowed) {
      c.header('Retry-After', String(retryAfterSeconds));
      return sendError(c, 429, 'rate_limited', `Too many requests; try again in ${retryAfterSeconds} s.`);
    }
    return next();
  };
}

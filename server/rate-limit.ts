// Per-client request budgets: fixed windows counted in hono-rate-limiter's `MemoryStore`, with its
// `RateLimit-*` (draft-6) and `Retry-After` headers. The key is the real client (client-address.ts,
// TRUST_PROXY), so citizens behind one municipal proxy do not share a budget. Counts live in each
// server process's memory: with N processes behind a load balancer a client gets up to N times the
// budget, which is still a cap; the per-citizen booking cap (citizen-cap.ts) is kept in the
// database and holds across all.
// The counting and the headers are one function (`RequestBudgets.take`) rather than the library's
// middleware, because cached GET /slots answers are sent before Hono runs (slots-fast-path.ts) and
// must be counted and labelled exactly as every other request.
import type { MiddlewareHandler } from 'hono';
import { MemoryStore } from 'hono-rate-limiter';
import { sendError } from './errors.js';

export interface RateLimitOptions {
  windowMs?: number;
  /** GET requests per window and client. Default 600. */
  reads?: number;
  /** POST and DELETE requests per window and client. Default 30. */
  writes?: number;
}

/** One counted request: the headers its answer carries, and whether it is refused. */
export interface BudgetVerdict {
  /** `RateLimit-Policy`, `-Limit`, `-Remaining`, `-Reset`; with `Retry-After` when refused. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** Seconds to wait (≥ 1) when over budget; undefined when the request may go on. */
  readonly refusedForSeconds?: number;
}

class Budget {
  private readonly store = new MemoryStore();
  private readonly policy: string;

  constructor(
    private readonly limit: number,
    windowMs: number,
  ) {
    this.store.init({ windowMs } as Parameters<MemoryStore['init']>[0]);
    this.policy = `${limit};w=${Math.ceil(windowMs / 1000)}`;
  }

  take(client: string, nowMs: number): BudgetVerdict {
    const { totalHits, resetTime } = this.store.increment(client) as { totalHits: number; resetTime: Date };
    const resetSeconds = Math.max(0, Math.ceil((resetTime.getTime() - nowMs) / 1000));
    const headers: Array<[string, string]> = [
      ['RateLimit-Policy', this.policy],
      ['RateLimit-Limit', String(this.limit)],
      ['RateLimit-Remaining', String(Math.max(this.limit - totalHits, 0))],
    ];
    if (resetSeconds > 0) headers.push(['RateLimit-Reset', String(resetSeconds)]);
    if (totalHits <= this.limit) return { headers };
    const wait = Math.max(1, resetSeconds);
    headers.push(['Retry-After', String(wait)]);
    return { headers, refusedForSeconds: wait };
  }

  stop(): void {
    this.store.shutdown();
  }
}

/** Reads (GET, HEAD) and writes (POST, DELETE, …) counted apart; preflights (OPTIONS) not at all. */
export class RequestBudgets {
  private readonly reads: Budget;
  private readonly writes: Budget;

  constructor(options: RateLimitOptions = {}) {
    const windowMs = options.windowMs ?? 60_000;
    this.reads = new Budget(options.reads ?? 600, windowMs);
    this.writes = new Budget(options.writes ?? 30, windowMs);
  }

  /** Counts one request of `client`; undefined for a method that is not counted. */
  take(method: string, client: string, nowMs = Date.now()): BudgetVerdict | undefined {
    if (method === 'GET' || method === 'HEAD') return this.reads.take(client, nowMs);
    if (method === 'OPTIONS') return undefined;
    return this.writes.take(client, nowMs);
  }

  /** Stops the stores' window timers (they are unref'd, so this only matters to tidy tests). */
  stop(): void {
    this.reads.stop();
    this.writes.stop();
  }
}

/** The 429 answer's text for a wait of `seconds`. */
export function rateLimitedMessage(seconds: number): string {
  return `Too many requests; try again in ${seconds} s.`;
}

/** The Hono middleware: counts each request, labels the answer, refuses with 429 over budget. */
export function rateLimit(budgets: RequestBudgets, clientKey: (c: Parameters<MiddlewareHandler>[0]) => string): MiddlewareHandler {
  return async (c, next) => {
    const verdict = budgets.take(c.req.method, clientKey(c));
    if (!verdict) return next();
    for (const [name, value] of verdict.headers) c.header(name, value);
    if (verdict.refusedForSeconds !== undefined) {
      return sendError(c, 429, 'rate_limited', rateLimitedMessage(verdict.refusedForSeconds));
    }
    await next();
  };
}

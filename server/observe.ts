// One JSON log line (pino) and one metrics sample per request, with a request id and no personal
// data: method, route pattern (never the real path or its query, which could carry ids), status and
// milliseconds. The id is the caller's `X-Request-Id` when it is a plain token (so a proxy's id
// follows the request), else a new one; it is echoed in the answer. `requestIdFor` and
// `RequestRecorder` are shared by the Hono middleware here and the cached-answer fast path
// (slots-fast-path.ts), so both log and count alike.
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from 'pino';
import type { BookingMetrics } from './metrics.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

declare module 'hono' {
  interface ContextVariableMap {
    requestId: string;
    startedAt: number;
  }
}

/** The request's id: the caller's `X-Request-Id` when it is 8–64 of `A–Z a–z 0–9 . _ -`, else a new UUID. */
export function requestIdFor(given: string | undefined): string {
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The route pattern that answered, e.g. `/bookings/:id`; `(no route)` for 404s. */
export function routePattern(c: Context): string {
  return (
    matchedRoutes(c)
      .filter((r) => r.method !== 'ALL')
      .at(-1)?.path ?? '(no route)'
  );
}

/** Logs and counts answered requests (one place for the Hono pipeline and the fast path). */
export class RequestRecorder {
  constructor(
    private readonly logger: Logger | undefined,
    private readonly metrics: BookingMetrics | undefined,
  ) {}

  /** One answered request: `ms` from arrival to answer. */
  record(requestId: string, method: string, route: string, status: number, ms: number): void {
    this.metrics?.requests.inc({ method, route, status });
    this.metrics?.duration.observe({ method, route, status }, ms / 1000);
    this.logger?.info({ reqId: requestId, method, route, status, ms: Math.round(ms * 10) / 10 }, 'request');
  }
}

export function observe(recorder: RequestRecorder): MiddlewareHandler {
  return async (c, next) => {
    const startedAt = performance.now();
    const requestId = requestIdFor(c.req.header('X-Request-Id'));
    c.set('requestId', requestId);
    c.set('startedAt', startedAt);
    await next();
    // On the answer's own headers: `c.header` after the answer is made would copy the answer and
    // turn its body into a stream (a tenth of a cached GET /slots answer's CPU).
    c.res.headers.set('X-Request-Id', requestId);
    recorder.record(requestId, c.req.method, routePattern(c), c.res.status, performance.now() - startedAt);
  };
}

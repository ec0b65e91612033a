// One JSON log line (pino) and one metrics sample per request, with a request id and no personal
// data: method, route pattern (never the real path or its query, which could carry ids), status and
// milliseconds. The id is the caller's `X-Request-Id` when it is a plain token (so a proxy's id
// follows the request), else a new one; it is echoed in the answer.
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

/** The route pattern that answered, e.g. `/bookings/:id`; `(no route)` for 404s. */
export function routePattern(c: Context): string {
  return (
    matchedRoutes(c)
      .filter((r) => r.method !== 'ALL')
      .at(-1)?.path ?? '(no route)'
  );
}

export function observe(logger: Logger | undefined, metrics: BookingMetrics | undefined): MiddlewareHandler {
  return async (c, next) => {
    const startedAt = performance.now();
    const given = c.req.header('X-Request-Id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    c.set('requestId', requestId);
    c.set('startedAt', startedAt);
    await next();
    // On the answer's own headers: `c.header` after the answer is made would copy the answer and
    // turn its body into a stream (a tenth of a cached GET /slots answer's CPU).
    c.res.headers.set('X-Request-Id', requestId);
    const ms = performance.now() - startedAt;
    const route = routePattern(c);
    const status = c.res.status;
    metrics?.requests.inc({ method: c.req.method, route, status });
    metrics?.duration.observe({ method: c.req.method, route, status }, ms / 1000);
    logger?.info({ reqId: requestId, method: c.req.method, route, status, ms: Math.round(ms * 10) / 10 }, 'request');
  };
}

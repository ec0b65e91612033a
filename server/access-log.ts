// One line per request with no personal data: method, route pattern (never the real path or its
// query, which could carry ids), status and milliseconds.
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

export type LogLine = (line: string) => void;

export function accessLog(log: LogLine): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const route =
      matchedRoutes(c)
        .filter((r) => r.method !== 'ALL')
        .at(-1)?.path ?? '(no route)';
    log(`${c.req.method} ${route} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  };
}

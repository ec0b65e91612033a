// Cached GET /slots answers straight from node:http, ahead of Hono: the question a citizen's
// browser asks most, answered for a version read, a cache look-up and one write. Everything the
// Hono pipeline does to that answer happens here too, through the same functions: request id and
// access log + metrics (observe.ts), security headers, CORS (cors.ts), the read budget
// (rate-limit.ts), ETag/304 and compression (slots-cache.ts `cachedReply`). Anything else — another
// route, a query this parser does not take as plain, a miss, a stale answer, a refused budget, a
// failing version read — goes to Hono unchanged, which answers it as before.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { type CorsOrigins, corsHeaders } from './cors.js';
import type { RequestRecorder } from './observe.js';
import { requestIdFor } from './observe.js';
import type { RequestBudgets } from './rate-limit.js';
import { SECURITY_HEADERS_BUT_CACHING } from './security-headers.js';
import { cachedReply, type SlotsAnswerCache } from './slots-cache.js';

const PREFIX = '/slots?';
const ROUTE = '/slots';

/** What the fast path shares with the app (app.ts `createBookingApi`). */
export interface FastPathParts {
  cache: SlotsAnswerCache;
  /** The location's calendar version, read after the request arrived (storage.ts). */
  calendarVersion(locationId: string): Promise<number>;
  now(): Date;
  recorder: RequestRecorder;
  /** Undefined: no rate limit. */
  budgets: RequestBudgets | undefined;
  /** The real client from the socket's address and X-Forwarded-For (client-address.ts). */
  clientOf(socketAddress: string, forwardedFor: string | undefined): string;
  corsOrigins: CorsOrigins;
}

/**
 * The answer cache's key (`service location from to`, as app.ts files it) for a request target
 * `/slots?…` whose four parameters are plain (no `%` or `+` to decode, so hono reads them as the
 * same text; the first of a repeated name wins, as in hono); else undefined.
 */
export function plainSlotsKey(target: string): { key: string; locationId: string } | undefined {
  if (!target.startsWith(PREFIX) || /[%+#]/.test(target)) return undefined;
  let service: string | undefined;
  let location: string | undefined;
  let from: string | undefined;
  let to: string | undefined;
  for (const pair of target.slice(PREFIX.length).split('&')) {
    const equals = pair.indexOf('=');
    const name = equals === -1 ? pair : pair.slice(0, equals);
    const value = equals === -1 ? '' : pair.slice(equals + 1);
    if (name === 'service') service ??= value;
    else if (name === 'location') location ??= value;
    else if (name === 'from') from ??= value;
    else if (name === 'to') to ??= value;
  }
  if (!service || !location || !from || !to) return undefined;
  return { key: `${service} ${location} ${from} ${to}`, locationId: location };
}

/** A listener that answers cached GET /slots itself and hands every other request to `next`. */
export function cachedSlotsListener(parts: FastPathParts, next: RequestListener): RequestListener {
  const header = (req: IncomingMessage, name: string): string | undefined => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };

  /** Sends the cached answer at `version`, if it is there and the budget allows; else false. */
  function send(req: IncomingMessage, res: ServerResponse, startedAt: number, key: string, version: number): boolean {
    const nowMs = parts.now().getTime();
    const answer = parts.cache.get(key, version, nowMs);
    if (!answer) return false;
    const verdict = parts.budgets?.take('GET', parts.clientOf(req.socket.remoteAddress ?? 'unknown', header(req, 'x-forwarded-for')));
    // Over budget: Hono counts it once more and answers 429 (past the limit, a further count
    // changes no header), so the refusal is made in one place.
    if (verdict?.refusedForSeconds !== undefined) return false;
    const requestId = requestIdFor(header(req, 'x-request-id'));
    const reply = cachedReply(parts.cache, key, answer, header(req, 'if-none-match'), header(req, 'accept-encoding'));
    const lines: string[] = ['X-Request-Id', requestId];
    // As corsPolicy appends `Origin` to the route's `Vary`.
    for (const [name, value] of reply.headers) lines.push(name, name === 'Vary' ? `${value}, Origin` : value);
    for (const [name, value] of SECURITY_HEADERS_BUT_CACHING) lines.push(name, value);
    for (const [name, value] of corsHeaders(header(req, 'origin'), parts.corsOrigins)) lines.push(name, value);
    if (verdict) for (const [name, value] of verdict.headers) lines.push(name, value);
    res.writeHead(reply.status, lines);
    res.end(reply.body);
    parts.recorder.record(requestId, 'GET', ROUTE, reply.status, performance.now() - startedAt);
    return true;
  }

  return (req, res) => {
    const target = req.method === 'GET' ? plainSlotsKey(req.url ?? '') : undefined;
    if (!target || !parts.cache.has(target.key)) return next(req, res);
    const startedAt = performance.now();
    parts.calendarVersion(target.locationId)
      .then(
        (version) => send(req, res, startedAt, target.key, version) || next(req, res),
        // A failing version read is Hono's to answer (503 or 500, logged), as on a miss.
        () => next(req, res),
      )
      // Never an unhandled rejection (it would end the process): Hono answers, or the connection ends.
      .catch(() => (res.headersSent ? res.destroy() : next(req, res)));
  };
}

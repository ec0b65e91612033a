// Headers for a JSON API that holds personal data: never cached (unless a route that holds none
// says otherwise), never framed, never sniffed.
import type { MiddlewareHandler } from 'hono';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

/** Every security header but `Cache-Control`, which a route whose answer holds no personal data (GET /slots) may set itself. */
export const SECURITY_HEADERS_BUT_CACHING: ReadonlyArray<readonly [string, string]> = Object.entries(SECURITY_HEADERS).filter(
  ([name]) => name !== 'Cache-Control',
);

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', SECURITY_HEADERS['Cache-Control'] as string);
    for (const [name, value] of SECURITY_HEADERS_BUT_CACHING) headers.set(name, value);
  };
}

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

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      // A route whose answer holds no personal data (GET /slots) may say how it is cached.
      if (name === 'Cache-Control' && c.res.headers.has(name)) continue;
      c.res.headers.set(name, value);
    }
  };
}

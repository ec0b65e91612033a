// `npm start`: serves the demo pages with the built CDN bundle, under the strict Content-Security-Policy
// with Trusted Types that the widgets promise to work under. Localhost only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'";

const root = resolve(import.meta.dirname, '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json',
};

// URL prefix → folder. Everything else is a page from demo/pages/.
const MOUNTS: [string, string][] = [
  ['/borger-widgets/cdn/', 'dist/cdn'],
  ['/borger-widgets/schemas/', 'dist/schemas'],
  ['/content/', 'demo/content'],
  ['/assets/', 'demo/assets'],
  ['/demo-react/', 'dist/demo-react'],
  // The accessibility statement the project ships (docs/tilgaengelighed.md), linked from the footer.
  ['/docs/', 'docs'],
];

async function renderPage(name: string): Promise<string | undefined> {
  const page = await readFile(join(root, 'demo/pages', name), 'utf8').catch(() => undefined);
  if (page === undefined) return undefined;
  return inLayout(page);
}

/** A `<main data-title="…">` in the site's layout (header, breadcrumb, footer). `main` must be safe HTML. */
export async function inLayout(main: string): Promise<string> {
  const layout = await readFile(join(root, 'demo/layout.html'), 'utf8');
  const title = /data-title="([^"]*)"/.exec(main)?.[1] ?? 'Borgerservice';
  // A page that brings its own build of the elements (the React page) does not also load the CDN file.
  const withLayout = /data-own-bundle/.test(main) ? layout.replace(/^.*\/borger-widgets\/cdn\/.*\n/m, '') : layout;
  // A function as replacement: "$&" and friends in the page are text, not patterns.
  return withLayout.replaceAll('{{title}}', () => title).replace('{{main}}', () => main);
}

// Text is compressed as any real web server would (the size a citizen's phone downloads).
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

export function send(response: ServerResponse, status: number, type: string, body: string | Buffer, acceptEncoding = ''): void {
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(acceptEncoding);
  const payload = gzip ? gzipSync(body) : body;
  response.writeHead(status, {
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  response.end(payload);
}

/** The file a URL path names inside `folder`, or undefined for paths that try to leave it. */
function inside(folder: string, rest: string): string | undefined {
  const base = join(root, folder);
  const file = normalize(join(base, decodeURIComponent(rest)));
  return file.startsWith(base + sep) ? file : undefined;
}

export type Route = (url: URL) => ((request: IncomingMessage, response: ServerResponse) => void) | undefined;

export function createDemoServer(extraRoutes?: Route) {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const accept = String(request.headers['accept-encoding'] ?? '');
    const extra = extraRoutes?.(url);
    if (extra) return extra(request, response);
    try {
      for (const [prefix, folder] of MOUNTS) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = inside(folder, url.pathname.slice(prefix.length));
        if (!file) return send(response, 400, 'text/plain', 'Bad path');
        const body = await readFile(file);
        return send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', body, accept);
      }
      const name = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
      const page = /^[\w-]+\.html$/.test(name) && name !== '404.html' ? await renderPage(name) : undefined;
      if (page) return send(response, 200, TYPES['.html']!, page, accept);
      return await notFound(response, accept);
    } catch {
      return await notFound(response, accept);
    }
  });
}

/** A missing page in the site's own layout (header, way home, footer), with status 404. */
async function notFound(response: ServerResponse, accept: string): Promise<void> {
  const page = await renderPage('404.html').catch(() => undefined);
  if (page) return send(response, 404, TYPES['.html']!, page, accept);
  return send(response, 404, 'text/plain; charset=utf-8', 'Siden findes ikke.');
}

/** Forwards `/api/booking/v1/*` to the reference booking server, so the demo pages book same-origin. */
export function bookingProxy(apiUrl: string) {
  return (url: URL) => {
    if (!url.pathname.startsWith(BOOKING_PREFIX)) return undefined;
    return async (request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const name of ['content-type', 'authorization', 'idempotency-key', 'accept']) {
        const value = request.headers[name];
        if (typeof value === 'string') headers.set(name, value);
      }
      try {
        const upstream = await fetch(`${apiUrl}${url.pathname.slice(BOOKING_PREFIX.length - 1)}${url.search}`, {
          method: request.method,
          headers,
          body: chunks.length ? Buffer.concat(chunks) : undefined,
        });
        response.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'application/json', 'Cache-Control': 'no-store' });
        response.end(Buffer.from(await upstream.arrayBuffer()));
      } catch {
        response.writeHead(502, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 'internal', message: 'The booking server is not answering.' } }));
      }
    };
  };
}

export const BOOKING_PREFIX = '/api/booking/v1/';

if (import.meta.url === `file://${process.argv[1]}`) {
  const { startServer } = await import('../server/start.js');
  const { demoMailOptions, mailsRoute } = await import('./mails.js');
  const port = Number(process.env.PORT ?? 5173);
  // No SMTP in the demo: the booking server renders its mails and keeps them; /demo/mails shows them.
  const booking = await startServer({
    dbPath: process.env.DB_PATH ?? join(root, 'server/data/booking.db'),
    port: 0,
    mail: demoMailOptions(`http://localhost:${port}/book.html`),
  });
  const proxy = bookingProxy(booking.url);
  const mails = mailsRoute(booking.storage);
  const server = createDemoServer((url) => mails(url) ?? proxy(url));
  // A taken port is a fact the person starting the demo can act on, not a stack trace: one line.
  server.on('error', (error: NodeJS.ErrnoException) => {
    const message =
      error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Start on another port with PORT=5174 npm start`
        : `The demo server could not start on port ${port}: ${error.message}`;
    console.error(message);
    void booking.close().then(() => process.exit(1));
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`Demo: http://localhost:${port}/  (pages: /pas.html, /flyt.html, /kontakt.html, /book.html, /react.html)`);
    console.log(`E-mails the booking server would have sent (no SMTP in the demo): http://localhost:${port}/demo/mails`);
    console.log(`Booking API (reference server, SQLite): http://localhost:${port}${BOOKING_PREFIX}services`);
  });
  const stop = () => {
    server.close();
    void booking.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

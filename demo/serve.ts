// `npm start`: serves the demo pages with the built CDN bundle, under the strict Content-Security-Policy
// with Trusted Types that the widgets promise to work under. Localhost only.
import { createServer, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

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
  '.map': 'application/json',
};

// URL prefix → folder. Everything else is a page from demo/pages/.
const MOUNTS: [string, string][] = [
  ['/borger-widgets/cdn/', 'dist/cdn'],
  ['/borger-widgets/schemas/', 'dist/schemas'],
  ['/content/', 'demo/content'],
  ['/assets/', 'demo/assets'],
];

async function renderPage(name: string): Promise<string | undefined> {
  const layout = await readFile(join(root, 'demo/layout.html'), 'utf8');
  const page = await readFile(join(root, 'demo/pages', name), 'utf8').catch(() => undefined);
  if (page === undefined) return undefined;
  const title = /data-title="([^"]*)"/.exec(page)?.[1] ?? 'Borgerservice';
  return layout.replaceAll('{{title}}', title).replace('{{main}}', page);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  response.end(body);
}

/** The file a URL path names inside `folder`, or undefined for paths that try to leave it. */
function inside(folder: string, rest: string): string | undefined {
  const base = join(root, folder);
  const file = normalize(join(base, decodeURIComponent(rest)));
  return file.startsWith(base + sep) ? file : undefined;
}

export function createDemoServer(extraRoutes?: (url: URL) => ((req: import('node:http').IncomingMessage, res: ServerResponse) => void) | undefined) {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const extra = extraRoutes?.(url);
    if (extra) return extra(request, response);
    try {
      for (const [prefix, folder] of MOUNTS) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = inside(folder, url.pathname.slice(prefix.length));
        if (!file) return send(response, 400, 'text/plain', 'Bad path');
        const body = await readFile(file);
        return send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
      }
      const name = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
      const page = /^[\w-]+\.html$/.test(name) ? await renderPage(name) : undefined;
      if (page) return send(response, 200, TYPES['.html']!, page);
      return send(response, 404, 'text/plain; charset=utf-8', 'Siden findes ikke.');
    } catch {
      return send(response, 404, 'text/plain; charset=utf-8', 'Siden findes ikke.');
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 5173);
  const server = createDemoServer();
  server.listen(port, '127.0.0.1', () => {
    console.log(`Demo: http://localhost:${port}/  (pages: /pas.html, /flyt.html, /kontakt.html, /book.html)`);
  });
}

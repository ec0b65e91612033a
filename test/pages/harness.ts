// Serves the demo pages exactly as `npm start` does (strict CSP with Trusted Types, booking API
// behind /api/booking/v1) and opens them in headless Chromium, recording everything that goes wrong.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { bookingProxy, CSP, createDemoServer, type Route } from '../../demo/serve.js';
import { startServer } from '../../demo/server/start.js';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

export interface PageProblems {
  cspViolations: string[];
  /** `borger-error` and `borger-booking-error` events: a widget told the citizen something went wrong. */
  widgetErrors: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export interface DemoSite {
  origin: string;
  browser: Browser;
  open(path: string, options?: { width?: number; lang?: string; before?: (page: Page) => Promise<void> }): Promise<{ page: Page; problems: PageProblems }>;
  close(): Promise<void>;
}

const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** Where test-only pages live; served under /__fixtures/ by the test site only, never by `npm start`. */
export const FIXTURES_PREFIX = '/__fixtures/';
const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const FIXTURE_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves test/pages/fixtures under the same strict CSP as the demo pages. */
const fixtureRoute: Route = (url) => {
  if (!url.pathname.startsWith(FIXTURES_PREFIX)) return undefined;
  return async (_request: IncomingMessage, response: ServerResponse) => {
    const file = normalize(join(FIXTURES, decodeURIComponent(url.pathname.slice(FIXTURES_PREFIX.length))));
    const body = file.startsWith(FIXTURES + sep) ? await readFile(file).catch(() => undefined) : undefined;
    response.writeHead(body ? 200 : 404, {
      'Content-Type': (body && FIXTURE_TYPES[extname(file)]) || 'text/plain; charset=utf-8',
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-cache',
    });
    response.end(body ?? 'Not a fixture.');
  };
};

export async function startDemoSite(): Promise<DemoSite> {
  const booking = await startServer({ dbPath: ':memory:', port: 0, rateLimit: false });
  const proxy = bookingProxy(booking.url);
  const server: Server = createDemoServer((url) => fixtureRoute(url) ?? proxy(url));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await puppeteer.launch({ executablePath: (await findChrome()).path, args: CHROME_ARGS });

  return {
    origin,
    browser,
    async open(path, options = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width: options.width ?? 1024, height: 800 });
      const problems: PageProblems = { cspViolations: [], widgetErrors: [], consoleErrors: [], pageErrors: [] };
      await page.exposeFunction('__reportWidgetError', (text: string) => problems.widgetErrors.push(text));
      await page.exposeFunction('__reportViolation', (text: string) => problems.cspViolations.push(text));
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
        });
        for (const type of ['borger-error', 'borger-booking-error']) {
          document.addEventListener(type, (event) => {
            const report = (window as unknown as { __reportWidgetError(text: string): void }).__reportWidgetError;
            report(`${type} from <${(event.target as Element).localName}>: ${JSON.stringify((event as CustomEvent).detail)}`);
          });
        }
      });
      if (options.lang) await page.evaluateOnNewDocument((lang) => sessionStorage.setItem('demo-lang', lang), options.lang);
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
      await options.before?.(page);
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
      return { page, problems };
    },
    async close() {
      await browser.close();
      server.close();
      await booking.close();
    },
  };
}

/** Runs axe-core in the page (through the DevTools protocol, which the page's CSP does not govern). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** Every borger-* element on the page, with whether it rendered its content (not loading, not error). */
export async function widgetStates(page: Page): Promise<{ tag: string; state: 'ready' | 'loading' | 'error' | 'undefined' }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('borger-') && element.localName !== 'borger-term')
      .map((element) => {
        const tag = element.localName;
        if (!customElements.get(tag)) return { tag, state: 'undefined' as const };
        const root = element.shadowRoot;
        if (root?.querySelector('[part~="error"]')) return { tag, state: 'error' as const };
        if (!root || root.querySelector('[aria-busy="true"]')) return { tag, state: 'loading' as const };
        return { tag, state: 'ready' as const };
      }),
  );
}

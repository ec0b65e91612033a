// Trusted Types allow-lists (issue 12, kind 6), in Chromium with real CSP headers. Lit creates a
// policy named "lit-html"; the documented directive is `trusted-types lit-html 'allow-duplicates'`.
// Under it, two copies of the bundle, every widget file and the autoloader work together. Under an
// allow-list without lit-html, every widget still offers its fallback phone, and the console names
// the directive to add. Nothing throws into the page in either case.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { bookingProxy, CSP, createDemoServer } from '../../demo/serve.js';
import { startServer } from '../../server/start.js';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { TRUSTED_TYPES_DIRECTIVE } from '../../src/core/trusted-types.js';
import { widgetStates } from './harness.js';

const root = resolve(import.meta.dirname, '../..');
const CDN = join(root, 'dist/cdn');

/** The page's CSP: the demo's strict one (which requires Trusted Types) plus an allow-list. */
const POLICIES: Record<string, string> = {
  documented: `${CSP}; ${TRUSTED_TYPES_DIRECTIVE}`,
  'lit-html without allow-duplicates': `${CSP}; trusted-types lit-html`,
  'no allow-list': CSP,
  'an allow-list without lit-html': `${CSP}; trusted-types kommune-policy`,
};

function pageRoute(url: URL) {
  if (url.pathname === '/tt.html') {
    return async (_request: IncomingMessage, response: ServerResponse) => {
      const csp = POLICIES[url.searchParams.get('policy') ?? ''] ?? CSP;
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp, 'Cache-Control': 'no-cache' });
      response.end(await readFile(join(import.meta.dirname, 'fixtures/trusted-types/page.html')));
    };
  }
  // A second copy of the CDN files under another folder: its chunks have other URLs, so Lit runs twice.
  if (url.pathname.startsWith('/copy-2/cdn/')) {
    return async (_request: IncomingMessage, response: ServerResponse) => {
      const file = normalize(join(CDN, url.pathname.slice('/copy-2/cdn/'.length)));
      const body = file.startsWith(CDN + sep) ? await readFile(file).catch(() => undefined) : undefined;
      response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      response.end(body ?? '');
    };
  }
  return undefined;
}

interface Seen {
  states: { tag: string; state: string }[];
  fallbackPhones: number;
  articleText: string;
  consoleErrors: string[];
  pageErrors: string[];
  violations: string[];
}

describe('Trusted Types allow-lists (real CSP headers)', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  let booking: Awaited<ReturnType<typeof startServer>>;

  before(async () => {
    booking = await startServer({ dbPath: ':memory:', port: 0, rateLimit: false });
    const proxy = bookingProxy(booking.url);
    server = createDemoServer((url) => pageRoute(url) ?? proxy(url));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await puppeteer.launch({ executablePath: (await findChrome()).path, args: CHROME_ARGS });
  });
  after(async () => {
    await browser?.close();
    server?.close();
    await booking?.close();
  });

  async function open(policy: string, ready: string): Promise<Seen> {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.evaluateOnNewDocument('globalThis.__name = (target) => target;');
    await page.evaluateOnNewDocument(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.sample}`),
      );
    });
    try {
      await page.goto(`${origin}/tt.html?policy=${encodeURIComponent(policy)}`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(ready, { timeout: 8000 });
      const inPage = await page.evaluate(() => ({
        fallbackPhones: [...document.querySelectorAll('borger-channels, borger-guide, borger-booking, borger-help')].filter((element) =>
          element.shadowRoot?.querySelector('a[href="tel:+4533663366"]'),
        ).length,
        articleText: document.querySelector('borger-help')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        violations: (window as unknown as { __violations: string[] }).__violations,
      }));
      return { states: await widgetStates(page), consoleErrors, pageErrors, ...inPage };
    } finally {
      await page.close();
    }
  }

  const allReady = `[...document.querySelectorAll('borger-channels, borger-guide, borger-booking')].every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]')) && document.querySelector('borger-help borger-term') !== null`;

  for (const policy of ['documented', 'lit-html without allow-duplicates', 'no allow-list']) {
    it(`${policy}: two bundle copies, every widget file and the autoloader render every widget`, async () => {
      const seen = await open(policy, allReady);
      for (const { tag, state } of seen.states) assert.equal(state, 'ready', `<${tag}>`);
      assert.deepEqual(seen.pageErrors, []);
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(seen.violations, []);
    });
  }

  it('an allow-list without lit-html: every widget offers its fallback phone, the article stays, the console names the directive', async () => {
    const seen = await open(
      'an allow-list without lit-html',
      `[...document.querySelectorAll('borger-channels, borger-guide, borger-booking, borger-help')].every((el) => el.shadowRoot?.querySelector('a[href^="tel:"]'))`,
    );
    assert.equal(seen.fallbackPhones, 4);
    assert.equal(seen.articleText, 'Du får et nyt sundhedskort, når du flytter.');
    assert.deepEqual(seen.pageErrors, []);
    const advice = seen.consoleErrors.filter((text) => text.includes(TRUSTED_TYPES_DIRECTIVE));
    assert.equal(advice.length, 1, `one console.error naming the directive; got ${JSON.stringify(seen.consoleErrors)}`);
    assert.match(advice[0]!, /"lit-html"/);
  });
});

// Serves the demo pages exactly as `npm start` does (strict CSP with Trusted Types, booking API
// behind /api/booking/v1) and opens them in headless Chromium, recording everything that goes wrong.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { demoMailOptions, mailsRoute } from '../../demo/mails.js';
import { bookingProxy, CSP, createDemoServer, type Route } from '../../demo/serve.js';
import { startServer } from '../../server/start.js';
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
  // As `npm start`: the site first (its address is the manage link's page), then the booking server
  // with the demo's mail settings (no SMTP; its mails are listed at /demo/mails).
  let routes: Route = () => undefined;
  const server: Server = createDemoServer((url) => fixtureRoute(url) ?? routes(url));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const booking = await startServer({ dbPath: ':memory:', port: 0, rateLimit: false, mail: demoMailOptions(`${origin}/book.html`) });
  const proxy = bookingProxy(booking.url);
  const mails = mailsRoute(booking.storage);
  routes = (url) => mails(url) ?? proxy(url);
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
      // tsx compiles functions handed to page.evaluate with esbuild's keepNames, which calls a `__name`
      // helper that exists only in Node; give the page a no-op one.
      await page.evaluateOnNewDocument('globalThis.__name = (target) => target;');
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

export interface InjectionReport {
  /** `window.__pwned`, set by every payload's script: anything but undefined means a payload ran. */
  pwned: unknown;
  /** What is wrong in the DOM: event-handler attributes, script-capable elements, unsafe URLs, markup outside the subset. */
  findings: string[];
  /** The visible text of every borger-* element, shadow roots flattened (to see that payloads show as text). */
  text: string;
}

/**
 * Looks through the whole page — light DOM and every shadow root, nested ones too — for what an injected
 * payload would leave behind. `richSelector` names the containers of rich text inside the widgets; their
 * content must stay within the documented subset (p, ul, ol, li, strong, em, br, a with href and rel).
 */
export async function scanForInjection(page: Page, richSelector = ''): Promise<InjectionReport> {
  return page.evaluate((rich) => {
    const findings: string[] = [];
    // Elements that run script, load content or change the document's base; none belongs in a widget.
    const FORBIDDEN = new Set(
      'script iframe frame frameset object embed applet base meta link img image video audio source track math style noscript marquee isindex xmp animate set foreignobject portal'.split(
        ' ',
      ),
    );
    const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'codebase', 'cite', 'ping']);
    const RICH_TAGS = new Set(['p', 'ul', 'ol', 'li', 'strong', 'em', 'br', 'a']);
    const describe = (element: Element) => {
      const host = (element.getRootNode() as ShadowRoot).host;
      return `<${element.localName}>${host ? ` in <${host.localName}>` : ''}`;
    };
    // How the browser reads a URL when it follows it; the compact form also catches "java\tscript:".
    const unsafeUrl = (value: string) => {
      const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
      let protocol = '';
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        protocol = '';
      }
      return /^(javascript|data|vbscript):/.test(compact) || ['javascript:', 'data:', 'vbscript:'].includes(protocol);
    };
    const checkElement = (element: Element, inWidget: boolean) => {
      const tag = element.localName;
      const own = element.closest('head') !== null || element.hasAttribute('data-page');
      if (tag === 'script' && !own && !(element.getAttribute('type') === 'application/json' && element.parentElement?.localName.startsWith('borger-'))) {
        findings.push(`script element ${describe(element)}`);
      } else if ((inWidget || ['iframe', 'frame', 'object', 'embed'].includes(tag)) && FORBIDDEN.has(tag) && !own && tag !== 'script') {
        findings.push(`forbidden element ${describe(element)}`);
      }
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) findings.push(`event handler ${name}="${attribute.value}" on ${describe(element)}`);
        if (name === 'srcdoc') findings.push(`srcdoc on ${describe(element)}`);
        if (URL_ATTRIBUTES.has(name) && unsafeUrl(attribute.value)) findings.push(`unsafe ${name}="${attribute.value}" on ${describe(element)}`);
        if (name === 'style' && /expression\s*\(|javascript:|url\s*\(/i.test(attribute.value)) findings.push(`style="${attribute.value}" on ${describe(element)}`);
      }
    };
    const widgetAncestor = (element: Element) => {
      for (let at: Element | null = element.parentElement; at; at = at.parentElement) if (at.localName.startsWith('borger-')) return at;
      return null;
    };
    const walk = (root: Document | ShadowRoot, inShadow: boolean) => {
      for (const element of root.querySelectorAll('*')) {
        checkElement(element, inShadow || widgetAncestor(element) !== null);
        if (element.shadowRoot) walk(element.shadowRoot, true);
      }
    };
    walk(document, false);

    // Rich text containers: only the subset, and only href/rel on links.
    const richRoots: Element[] = [];
    const collect = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (rich && element.getRootNode() !== document && element.matches(rich)) richRoots.push(element);
        if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    collect(document);
    // Our own mark after a link to another site (src/core/external-link.ts): the arrow, hidden from
    // screen readers, and the spoken "(andet websted)"; text only, directly inside the link.
    const ownExternalMark = (element: Element) =>
      element.localName === 'span' &&
      element.parentElement?.localName === 'a' &&
      element.children.length === 0 &&
      ((element.className === 'external-mark' && element.getAttribute('aria-hidden') === 'true' && element.attributes.length === 2) ||
        (element.className === 'visually-hidden' && element.attributes.length === 1));
    for (const container of richRoots) {
      for (const element of container.querySelectorAll('*')) {
        if (ownExternalMark(element)) continue;
        if (!RICH_TAGS.has(element.localName)) findings.push(`<${element.localName}> inside rich text ${describe(container)}`);
        for (const attribute of element.attributes) {
          if (!(element.localName === 'a' && (attribute.name === 'href' || attribute.name === 'rel'))) {
            findings.push(`attribute ${attribute.name} on <${element.localName}> inside rich text ${describe(container)}`);
          }
        }
      }
    }

    // The text a citizen sees, across shadow roots (slots are followed through their assigned nodes' own text).
    const texts: string[] = [];
    const read = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) texts.push((node as Text).data);
      const element = node as Element;
      if (element.shadowRoot) for (const child of element.shadowRoot.childNodes) read(child);
      for (const child of node.childNodes) read(child);
    };
    for (const widget of document.querySelectorAll('*')) if (widget.localName.startsWith('borger-') && !widgetAncestor(widget)) read(widget);
    return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, findings: [...new Set(findings)], text: texts.join(' ') };
  }, richSelector);
}

/** Text as compared for "shows as text": control characters dropped, whitespace runs made one space. */
export function comparableText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[\s\u2028\u2029]+/g, ' ').trim();
}

/** The element that has focus, through shadow roots: its tag, text and a few attributes, for keyboard tests. */
export async function focused(page: Page): Promise<{ tag: string; text: string; host: string; type: string; part: string; id: string; value: string }> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    let host = '';
    while (element?.shadowRoot?.activeElement) {
      host = element.localName;
      element = element.shadowRoot.activeElement;
    }
    const e = element as HTMLInputElement | null;
    return {
      tag: e?.localName ?? '',
      text: (e?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      host,
      type: e?.getAttribute('type') ?? '',
      part: e?.getAttribute('part') ?? '',
      id: e?.id ?? '',
      value: e?.value ?? '',
    };
  });
}

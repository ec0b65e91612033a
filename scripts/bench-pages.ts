// First content, longest task and layout shift, in headless Chromium with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), a phone-sized viewport, a fresh browser context (cold cache) per run.
// Pages are served as `npm start` serves them (strict CSP, gzip, the built CDN files, the reference
// booking server behind the same origin).
//   - one small page per widget (only that widget, nothing else on the page), once with the widget's own
//     CDN file and once with the autoloader when the build has one;
//   - every demo page, for CLS (and its longest task).
// "first content": from the end of the first CDN file's download (the script starting) to the first
// animation frame in which the widget shows its first meaningful content: the channel list, the
// guide's first question, the booking's first step, the marked article with its toolbar.
// "longest task": the longest task (Long Tasks API: only tasks ≥ 50 ms are reported) after that.
// Run: npx tsx scripts/bench-pages.ts [--runs N]
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { bookingProxy, createDemoServer } from '../demo/serve.js';
import { startServer } from '../server/start.js';
import { AUTOLOADER } from './entries.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 412, height: 823 };

// The help page's article, as the Pas page has it.
const pasPage = readFileSync(resolve(root, 'demo/pages/pas.html'), 'utf8');
const helpBlock = /<borger-help[\s\S]*?<\/borger-help>/.exec(pasPage)?.[0] ?? '';

const WIDGETS: Record<string, { file: string; markup: string }> = {
  channels: { file: 'channels', markup: '<borger-channels src="/content/kontakt.json" task="pas"></borger-channels>' },
  guide: { file: 'guide', markup: '<borger-guide src="/content/guide-pas.json"></borger-guide>' },
  booking: { file: 'booking', markup: '<borger-booking api="/api/booking/v1" src="/content/booking.json"></borger-booking>' },
  help: { file: 'help', markup: helpBlock },
};

function benchPage(widget: string, script: string): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${widget}</title><script type="module" src="/borger-widgets/cdn/${script}.js"></script></head>
<body><main>${WIDGETS[widget]?.markup}</main></body></html>`;
}

// Installed before any page script (CDP, so the page's CSP does not apply to it). A string, not a
// function: tsx would wrap a function's inner closures in a helper the page does not have.
const INSTRUMENT = `(() => {
  const state = { shifts: 0, longTasks: [], first: {} };
  window.__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const shown = {
    'borger-channels': (el) => Boolean(el.shadowRoot?.querySelector('[part~="list"], [part~="picker"]')),
    'borger-guide': (el) => Boolean(el.shadowRoot?.querySelector('[part~="question"], [part~="intro"], [part~="info"], [part~="outcome"]')),
    'borger-booking': (el) => Boolean(el.shadowRoot?.querySelector('[part~="step"]') && !el.shadowRoot.querySelector('[part~="loading"]')),
    'borger-help': (el) => Boolean(el.shadowRoot?.querySelector('[part~="toolbar"]:not([aria-busy])') && el.querySelector('borger-term[role="button"]')),
  };
  const check = (now) => {
    for (const [tag, isShown] of Object.entries(shown)) {
      const el = document.querySelector(tag);
      if (el && state.first[tag] === undefined && isShown(el)) state.first[tag] = now;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

interface BenchState {
  shifts: number;
  longTasks: { start: number; duration: number }[];
  first: Record<string, number>;
}

interface Sample {
  first: Record<string, number>;
  longest: number;
  shifts: number;
}

async function measure(browser: Browser, url: string, tags: string[]): Promise<Sample> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport(VIEWPORT);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.evaluateOnNewDocument(INSTRUMENT);
    await page.goto(url, { waitUntil: 'load' });
    await page
      .waitForFunction(
        (list: string[]) => list.every((tag) => (window as unknown as { __bench: BenchState }).__bench.first[tag] !== undefined),
        { timeout: 15_000, polling: 100 },
        tags,
      )
      .catch(() => undefined);
    await new Promise((done) => setTimeout(done, 1_000));
    return await page.evaluate(() => {
      const state = (window as unknown as { __bench: BenchState }).__bench;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/borger-widgets/cdn/')) as PerformanceResourceTiming[];
      const start = Math.min(...scripts.map((entry) => entry.responseEnd));
      const first = Object.fromEntries(Object.entries(state.first).map(([tag, at]) => [tag, at - start]));
      const longest = Math.max(0, ...state.longTasks.filter((task) => task.start + task.duration > start).map((task) => task.duration));
      return { first, longest, shifts: state.shifts };
    });
  } finally {
    await context.close();
  }
}

const stats = (values: number[], digits = 0) => {
  if (values.length === 0) return '–';
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  return `${(sorted[0] as number).toFixed(digits)} / ${median.toFixed(digits)} / ${(sorted.at(-1) as number).toFixed(digits)}`;
};
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const longTask = (values: number[]) => (Math.max(...values) === 0 ? 'none ≥ 50 ms' : stats(values.map((v) => (v === 0 ? 49 : v))));

async function main(): Promise<void> {
  const booking = await startServer({ dbPath: ':memory:', port: 0, rateLimit: false });
  const bench = (url: URL) => {
    const match = /^\/bench\/(\w+)\.(\w+)\.html$/.exec(url.pathname);
    if (!match || !WIDGETS[match[1] as string]) return undefined;
    return (_request: IncomingMessage, response: ServerResponse) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      response.end(benchPage(match[1] as string, match[2] as string));
    };
  };
  const proxy = bookingProxy(booking.url);
  const server = createDemoServer((url) => bench(url) ?? proxy(url));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const chrome = await findChrome();
  const browser = await puppeteer.launch({ executablePath: chrome.path, args: CHROME_ARGS, protocolTimeout: 120_000 });
  const hasAutoloader = readdirSync(resolve(root, 'dist/cdn')).includes(`${AUTOLOADER}.js`);
  try {
    console.log(
      `Pages in ${chrome.path}, CPU ${CPU_SLOWDOWN}× slower, ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} runs each (min / median / max)`,
    );
    console.log(
      `(load average now ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${availableParallelism()} cores: timings grow with it)`,
    );
    console.log('| page | loads | first content (ms) | longest task (ms) | CLS (max) | first ≤ 150 ms | task ≤ 50 ms |');
    console.log('|---|---|---:|---:|---:|---|---|');
    for (const widget of Object.keys(WIDGETS)) {
      const tag = widget === 'help' ? 'borger-help' : `borger-${widget}`;
      for (const script of hasAutoloader ? [widget, AUTOLOADER] : [widget]) {
        const samples: Sample[] = [];
        for (let i = 0; i < RUNS; i++) samples.push(await measure(browser, `${origin}/bench/${widget}.${script}.html`, [tag]));
        const firsts = samples.map((s) => s.first[tag]).filter((v): v is number => v !== undefined);
        const longest = samples.map((s) => s.longest);
        const missed = RUNS - firsts.length;
        console.log(
          `| ${widget} alone | cdn/${script}.js | ${stats(firsts)}${missed ? ` (${missed} never shown)` : ''} | ${longTask(longest)} | ` +
            `${Math.max(...samples.map((s) => s.shifts)).toFixed(3)} | ${medianOf(firsts) <= 150 ? 'met' : 'NOT met'} | ${Math.max(...longest) <= 50 ? 'met' : 'NOT met'} |`,
        );
      }
    }
    console.log(
      '\n| demo page | widgets | first content per widget, median (ms) | longest task (ms) | CLS min / median / max | CLS < 0.01 |',
    );
    console.log('|---|---|---|---:|---:|---|');
    const pages = readdirSync(resolve(root, 'demo/pages')).filter((name) => name.endsWith('.html'));
    for (const name of pages) {
      const html = readFileSync(resolve(root, 'demo/pages', name), 'utf8');
      const tags = [...new Set(html.match(/<borger-(channels|guide|booking|help)\b/g)?.map((t) => t.slice(1)) ?? [])];
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await measure(browser, `${origin}/${name}`, tags));
      const firsts = tags
        .map((tag) => `${tag.slice(7)} ${Math.round(medianOf(samples.map((s) => s.first[tag] ?? Number.NaN)))}`)
        .join(', ');
      const shifts = samples.map((s) => s.shifts);
      console.log(
        `| /${name} | ${tags.length} | ${firsts || '–'} | ${longTask(samples.map((s) => s.longest))} | ${stats(shifts, 3)} | ${Math.max(...shifts) < 0.01 ? 'met' : 'NOT met'} |`,
      );
    }
  } finally {
    await browser.close();
    server.close();
    await booking.close();
  }
}

await main();

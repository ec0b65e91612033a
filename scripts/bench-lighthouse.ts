// Lighthouse (12.2.3, runs on Node 20) on each demo page, served as `npm start` serves it (strict CSP,
// built CDN bundle). Prints performance, accessibility and best-practices scores, CLS and the
// JavaScript transferred. Mobile emulation with Lighthouse's simulated throttling (its default).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { bookingProxy, createDemoServer } from '../demo/serve.js';
import { startServer } from '../server/start.js';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const pages = readdirSync(resolve(import.meta.dirname, '../demo/pages')).filter((name) => name.endsWith('.html'));
const booking = await startServer({ dbPath: ':memory:', port: 0, rateLimit: false });
const server = createDemoServer(bookingProxy(booking.url));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const browser = await puppeteer.launch({ executablePath: (await findChrome()).path, args: CHROME_ARGS });

const score = (value: number | null | undefined) => (value == null ? '–' : String(Math.round(value * 100)));
console.log('\nLighthouse 12.2.3 (mobile, simulated throttling)');
console.log('| page | performance | accessibility | best practices | CLS | FCP | LCP | TBT | JS transferred |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
try {
  for (const name of pages) {
    const page = await browser.newPage();
    const result = await lighthouse(`${origin}/${name}`, { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] }, undefined, page as unknown as Parameters<typeof lighthouse>[3]);
    await page.close();
    if (!result) continue;
    const { categories, audits } = result.lhr;
    const cls = audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
    const items = (audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
    const js = items.find((item) => item.resourceType === 'script')?.transferSize ?? 0;
    const ms = (id: string) => `${Math.round(audits[id]?.numericValue ?? Number.NaN)} ms`;
    console.log(
      `| /${name} | ${score(categories.performance?.score)} | ${score(categories.accessibility?.score)} | ${score(categories['best-practices']?.score)} | ` +
        `${cls.toFixed(3)} | ${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} | ${(js / 1024).toFixed(1)} KB |`,
    );
  }
} finally {
  await browser.close();
  server.close();
  await booking.close();
}

// Takes a screenshot of a demo page in headless Chromium, and reports console errors and CSP
// violations: `npx tsx scripts/screenshot.ts /pas.html out.png [width] [lang]`.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { bookingProxy, createDemoServer } from '../demo/serve.js';
import { startServer } from '../server/start.js';

const [path = '/', out = '.tmp/shot.png', width = '1024', lang] = process.argv.slice(2);
const booking = await startServer({ dbPath: ':memory:', port: 0, rateLimit: false });
const server = createDemoServer(bookingProxy(booking.url));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const port = (server.address() as { port: number }).port;
const browser = await puppeteer.launch({ executablePath: (await findChrome()).path, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900 });
  page.on('console', (message) => console.log(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.log(`pageerror: ${error}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  if (lang) await page.evaluateOnNewDocument((l) => sessionStorage.setItem('demo-lang', l), lang);
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle0' });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  server.close();
  await booking.close();
}

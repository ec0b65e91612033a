// The packed tarball in small Vite apps of Vue 3, Svelte 5, Preact, React 19 and Angular (JIT), each
// written with the README's idiom, checked in headless Chromium: it renders, `task` and `lang` follow
// the framework's state, events reach the framework, unmount and remount work, and all of it also
// when the widget script is imported after the framework's first render (`?late`).
// One scratch install (pinned versions) is reused for every framework. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { build, type PluginOption } from 'vite';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { serveFolder } from '../pack/serve-folder.js';

/** The newest versions that run on Node 20 (Angular 22 needs Node 22). */
const FRAMEWORKS = {
  vue: '3.5.45',
  react: '19.3.1',
  'react-dom': '19.3.1',
  preact: '11.2.0',
  svelte: '5.57.3',
  '@sveltejs/vite-plugin-svelte': '7.3.1',
  '@angular/core': '21.2.26',
  '@angular/common': '21.2.26',
  '@angular/compiler': '21.2.26',
  '@angular/platform-browser': '21.2.26',
  rxjs: '7.8.2',
};
const APPS = ['vue', 'react', 'preact', 'svelte', 'angular'] as const;

const root = resolve(import.meta.dirname, '../..');
const work = resolve(root, '.tmp/frameworks');
const scratch = join(work, 'scratch');
const apps = join(scratch, 'apps');
const out = join(work, 'dist');

let browser: Browser;
let server: Server;
let origin: string;

/** Installs the tarball and the frameworks once; a later run with the same tarball and versions reuses it. */
function install(): void {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
  const tarball = join(work, packed[0].filename);
  const marker = join(scratch, 'installed.json');
  const wanted = JSON.stringify({ FRAMEWORKS, tarball: createHash('sha256').update(readFileSync(tarball)).digest('hex') });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', tarball], { cwd: scratch, stdio: 'pipe' });
    return;
  }
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'frameworks-scratch', private: true, type: 'module' }));
  const specs = Object.entries(FRAMEWORKS).map(([name, version]) => `${name}@${version}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '-E', tarball, ...specs], { cwd: scratch, stdio: 'pipe' });
  writeFileSync(marker, wanted);
}

/** The Svelte plugin, from the scratch install (ESM only, so resolved by its package.json). */
async function sveltePlugin(): Promise<PluginOption> {
  const dir = join(scratch, 'node_modules/@sveltejs/vite-plugin-svelte');
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const entry =
    manifest.exports['.'].import?.default ?? manifest.exports['.'].import ?? manifest.exports['.'].default ?? manifest.exports['.'];
  const { svelte } = await import(pathToFileURL(join(dir, typeof entry === 'string' ? entry : entry.default)).href);
  return svelte();
}

interface Seen {
  text: string;
  events: string[];
  count: number;
}

async function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const element = document.querySelector('borger-channels');
    return {
      text: (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
      events: (window as unknown as { __app: { events: string[] } }).__app.events,
      count: document.querySelectorAll('borger-channels').length,
    };
  });
}

const textIncludes = (page: Page, text: string) =>
  page.waitForFunction(
    (t) => document.querySelector('borger-channels')?.shadowRoot?.textContent?.includes(t) === true,
    { timeout: 8000 },
    text,
  );

describe('frameworks: the packed tarball in Vue, React, Preact, Svelte and Angular apps', () => {
  before(async () => {
    assert.ok(existsSync(join(root, 'dist/cdn')), 'run `npm run build` first');
    mkdirSync(work, { recursive: true });
    install();
    rmSync(apps, { recursive: true, force: true });
    cpSync(join(import.meta.dirname, 'apps'), apps, { recursive: true });
    cpSync(join(root, 'demo/content/kontakt.json'), join(apps, 'kontakt.json'));
    await build({
      root: apps,
      configFile: false,
      logLevel: 'warn',
      plugins: [await sveltePlugin()],
      // Vue's templates are compiled in the page (the full build), so no Vue plugin is needed either.
      resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
      define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      build: {
        outDir: out,
        emptyOutDir: true,
        target: 'es2022',
        // Vue's template compiler and Angular's JIT compiler are in the page on purpose.
        chunkSizeWarningLimit: 2000,
        rolldownOptions: { input: Object.fromEntries(APPS.map((name) => [name, join(apps, `${name}.html`)])) },
      },
    });
    browser = await puppeteer.launch({ executablePath: (await findChrome()).path, args: CHROME_ARGS });
    server = await serveFolder(out);
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const app of APPS) {
    for (const late of [false, true]) {
      it(`${app}${late ? ', widget script imported after the first render' : ''}: renders, follows task and lang, events, unmount and remount`, async () => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        try {
          await page.goto(`${origin}/${app}.html${late ? '?late' : ''}`, { waitUntil: 'load' });
          await textIncludes(page, 'Anbefalet');
          assert.match((await seen(page)).text, /Pas/);

          await page.evaluate(() => (window as unknown as { __app: { setTask(t: string): void } }).__app.setTask('koerekort'));
          await textIncludes(page, 'Kørekort');
          await page.evaluate(() => (window as unknown as { __app: { setLang(l: string): void } }).__app.setLang('en'));
          await textIncludes(page, 'Recommended');
          await textIncludes(page, 'Driving licence');

          // A channel's action: the event reaches the framework's handler.
          await page.evaluate(() => {
            const link = document.querySelector('borger-channels')?.shadowRoot?.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
            link?.addEventListener('click', (event) => event.preventDefault(), { once: true });
            link?.click();
          });
          await page.waitForFunction(() => (window as unknown as { __app: { events: string[] } }).__app.events.length > 0, {
            timeout: 5000,
          });
          assert.match((await seen(page)).events[0]!, /^borger-channel-select:/);

          await page.evaluate(() => (window as unknown as { __app: { unmount(): void } }).__app.unmount());
          await page.waitForFunction(() => document.querySelectorAll('borger-channels').length === 0, { timeout: 5000 });
          await page.evaluate(() => (window as unknown as { __app: { mount(): void } }).__app.mount());
          await textIncludes(page, 'Recommended');
          assert.equal((await seen(page)).count, 1);
          assert.deepEqual(errors, []);
        } finally {
          await page.close();
        }
      });
    }
  }
});

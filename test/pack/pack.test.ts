// Packs the package as npm would publish it, installs the tarball into a scratch project, and imports
// every entry: the npm entries through a consumer's bundler (Vite), and the CDN files as plain
// <script type="module"> in headless Chromium. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { build } from 'vite';
import { AUTOLOADER, CDN_ENTRIES, ENTRIES, ENTRY_TAGS, specifier } from '../../scripts/entries.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { serveFolder } from './serve-folder.js';

const root = resolve(import.meta.dirname, '../..');
const work = resolve(root, '.tmp/pack');
const scratch = join(work, 'scratch');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

let browser: Browser;
let server: Server;
let origin: string;
let tarball: string;

async function tagsDefinedOn(url: string): Promise<{ defined: Record<string, boolean>; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url, { waitUntil: 'networkidle0' });
  const tags = [...new Set(Object.values(ENTRY_TAGS).flat())];
  const defined = await page.evaluate((list) => Object.fromEntries(list.map((tag) => [tag, Boolean(customElements.get(tag))])), tags);
  await page.close();
  return { defined, errors };
}

describe('the published package', () => {
  before(async () => {
    assert.ok(existsSync(join(root, 'dist/cdn')), 'run `npm run build` first');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
    tarball = join(work, packed[0].filename);
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: scratch, stdio: 'pipe' });
    browser = await puppeteer.launch({ executablePath: (await findChrome()).path, args: CHROME_ARGS });
    server = await serveFolder(scratch);
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('ships only what consumers need', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    assert.ok(listing.includes('package/custom-elements.json'));
    assert.ok(listing.includes('package/LICENSE'));
    assert.ok(listing.includes('package/README.md'));
    for (const file of listing.filter(Boolean)) {
      assert.match(file, /^package\/(dist\/|bin\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/, `unexpected file ${file}`);
      assert.doesNotMatch(file, /\.map$/, `source map shipped: ${file}`);
    }
  });

  it('resolves every export to a file', () => {
    for (const name of Object.keys(ENTRIES)) {
      const target = import.meta.resolve(specifier(name), `file://${scratch}/index.js`);
      assert.ok(existsSync(new URL(target)), `${specifier(name)} → ${target}`);
    }
    const installed = join(scratch, 'node_modules/borger-widgets');
    for (const [key, value] of Object.entries(pkg.exports as Record<string, string | { types: string }>)) {
      if (typeof value === 'object') assert.ok(existsSync(join(installed, value.types)), `${key} types`);
    }
    for (const name of [...CDN_ENTRIES, AUTOLOADER]) assert.ok(existsSync(join(installed, `dist/cdn/${name}.js`)), `cdn ${name}`);
    assert.ok(existsSync(join(installed, 'dist/schemas/channels.schema.json')));
  });

  it("runs the editors' checker from the installed package", () => {
    const content = join(root, 'demo/content');
    const files = ['kontakt.json', 'guide-pas.json', 'booking-seed.json'].map((name) => join(content, name));
    const out = execFileSync('npx', ['--no-install', 'borger-widgets', 'check', '--json', ...files], { cwd: scratch, encoding: 'utf8' });
    const report = JSON.parse(out);
    assert.ok(Array.isArray(report.files) && report.files.length === 3, out.slice(0, 300));
    const broken = join(scratch, 'broken-guide.json');
    writeFileSync(broken, JSON.stringify({ id: 'x', title: 'X', start: 'nowhere', nodes: {} }));
    assert.throws(
      () => execFileSync('npx', ['--no-install', 'borger-widgets', 'check', broken], { cwd: scratch, stdio: 'pipe' }),
      /status 1|Command failed/,
    );
  });

  it('ships a Custom Elements Manifest with every element and only public attributes', () => {
    const manifest = JSON.parse(readFileSync(join(scratch, 'node_modules/borger-widgets/custom-elements.json'), 'utf8'));
    const elements = manifest.modules.flatMap(
      (module: { declarations?: { tagName?: string; attributes?: { name: string }[]; events?: unknown[] }[] }) =>
        (module.declarations ?? []).filter((declaration) => declaration.tagName),
    );
    const tags = elements.map((element: { tagName: string }) => element.tagName);
    for (const tag of new Set(Object.values(ENTRY_TAGS).flat())) assert.ok(tags.includes(tag), `${tag} in custom-elements.json`);
    for (const element of elements) {
      const attributes = (element.attributes ?? []).map((attribute: { name: string }) => attribute.name);
      assert.ok(attributes.includes('src') || element.tagName === 'borger-term', `${element.tagName} documents src`);
      assert.ok(!attributes.includes('contentState'), `${element.tagName} leaks internal state as an attribute`);
    }
  });

  it('imports the schemas entry in Node (no DOM, no Lit)', async () => {
    const script = join(scratch, 'schemas-check.mjs');
    writeFileSync(
      script,
      `import { validateChannels } from 'borger-widgets/schemas';
       const good = validateChannels({ channels: [{ id: 'x', kind: 'selfservice', label: 'X', href: 'https://x.dk/' }] });
       const bad = validateChannels({ channels: 'nope' });
       console.log(JSON.stringify({ good: good.ok, bad: bad.ok, path: bad.ok ? '' : bad.problems[0].path }));`,
    );
    const result = JSON.parse(execFileSync(process.execPath, [script], { cwd: scratch, encoding: 'utf8' }));
    assert.deepEqual(result, { good: true, bad: false, path: '$.channels' });
  });

  it('bundles every npm entry with a consumer bundler and registers the elements', async () => {
    const imports = Object.keys(ENTRIES).map((name) => `import '${specifier(name)}';`);
    writeFileSync(join(scratch, 'main.js'), `${imports.join('\n')}\n`);
    writeFileSync(join(scratch, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>');
    // Lit and zod must come from the consumer's node_modules: the npm build leaves them external.
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', `lit@${pkg.dependencies.lit}`, `zod@${pkg.dependencies.zod}`],
      { cwd: scratch, stdio: 'pipe' },
    );
    await build({
      root: scratch,
      base: './',
      logLevel: 'silent',
      configFile: false,
      build: { outDir: join(scratch, 'bundled'), emptyOutDir: true },
    });
    const { defined, errors } = await tagsDefinedOn(`${origin}/bundled/index.html`);
    assert.deepEqual(errors, []);
    for (const tag of new Set(Object.values(ENTRY_TAGS).flat())) assert.equal(defined[tag], true, tag);
  });

  for (const name of CDN_ENTRIES) {
    it(`loads the CDN file ${name}.js as a plain module script`, async () => {
      const html = `<!doctype html><script type="module" src="/node_modules/borger-widgets/dist/cdn/${name}.js"></script>`;
      writeFileSync(join(scratch, `cdn-${name}.html`), html);
      const { defined, errors } = await tagsDefinedOn(`${origin}/cdn-${name}.html`);
      assert.deepEqual(errors, []);
      for (const tag of ENTRY_TAGS[name] ?? []) assert.equal(defined[tag], true, `${name}.js defines <${tag}>`);
    });
  }

  it('survives two CDN copies on one page', async () => {
    const scripts = CDN_ENTRIES.map(
      (name) => `<script type="module" src="/node_modules/borger-widgets/dist/cdn/${name}.js"></script>`,
    ).join('');
    writeFileSync(join(scratch, 'cdn-all.html'), `<!doctype html>${scripts}`);
    const { defined, errors } = await tagsDefinedOn(`${origin}/cdn-all.html`);
    assert.deepEqual(errors, []);
    assert.equal(defined['borger-channels'], true);
  });

  it('loads Lit once when two widget files and the autoloader share a page', async () => {
    const files = ['channels', 'guide', AUTOLOADER];
    const scripts = files.map((name) => `<script type="module" src="/node_modules/borger-widgets/dist/cdn/${name}.js"></script>`).join('');
    writeFileSync(join(scratch, 'cdn-shared.html'), `<!doctype html>${scripts}<borger-help></borger-help>`);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/cdn-shared.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => Boolean(customElements.get('borger-help')), { timeout: 10_000 });
    const loaded = await page.evaluate(() => {
      const global = globalThis as unknown as Record<string, string[] | undefined>;
      return { litHtml: global.litHtmlVersions?.length, litElement: global.litElementVersions?.length };
    });
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(loaded, { litHtml: 1, litElement: 1 });
  });

  it('autoloads a widget when its tag is on the page or added later, and only then', async () => {
    const html = `<!doctype html><script type="module" src="/node_modules/borger-widgets/dist/cdn/${AUTOLOADER}.js"></script><borger-channels></borger-channels>`;
    writeFileSync(join(scratch, 'cdn-autoload.html'), html);
    const page = await browser.newPage();
    const errors: string[] = [];
    const requested: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/cdn-autoload.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => Boolean(customElements.get('borger-channels')), { timeout: 10_000 });
    const before = await page.evaluate(() =>
      ['borger-guide', 'borger-booking', 'borger-help', 'borger-term'].filter((tag) => customElements.get(tag)),
    );
    assert.deepEqual(before, [], 'only the widget on the page is defined');
    assert.ok(
      !requested.some((path) => /\/chunks\/(guide|booking|help)-/.test(path)),
      `no other widget downloaded: ${requested.join(', ')}`,
    );
    // A CMS block added later, with the tag nested inside.
    await page.evaluate(() => {
      const block = document.createElement('div');
      block.append(document.createElement('borger-guide'));
      document.body.append(block);
    });
    await page.waitForFunction(() => Boolean(customElements.get('borger-guide')), { timeout: 10_000 });
    await page.close();
    assert.deepEqual(errors, []);
  });
});

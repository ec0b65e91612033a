// Page-level proof: every demo page under the strict Content-Security-Policy with Trusted Types —
// every widget renders, no policy violation fires, nothing throws, and axe finds nothing on the page.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type DemoSite, axeViolations, startDemoSite, widgetStates } from './harness.js';

const PAGES = readdirSync(resolve(import.meta.dirname, '../../demo/pages')).filter((name) => name.endsWith('.html'));

describe('demo pages under a strict CSP with Trusted Types', () => {
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const name of PAGES) {
    for (const lang of ['da', 'en']) {
      it(`/${name} (${lang}): widgets render, no violation, no error, axe clean`, async () => {
        const { page, problems } = await site.open(`/${name}`, { lang });
        const widgets = await widgetStates(page);
        const source = readFileSync(resolve(import.meta.dirname, '../../demo/pages', name), 'utf8');
        // Widgets written in the page, and those a page's script renders at load (data-widgets="…").
        const written = [...(source.match(/<borger-[a-z-]+/g) ?? []), ...(/data-widgets="([^"]*)"/.exec(source)?.[1]?.split(' ').filter(Boolean) ?? [])];
        assert.equal(widgets.length, written.length, 'every widget written on the page is on the page');
        for (const widget of widgets) assert.equal(widget.state, 'ready', `<${widget.tag}> on ${name}`);
        assert.deepEqual(problems.cspViolations, []);
        assert.deepEqual(problems.widgetErrors, []);
        assert.deepEqual(problems.pageErrors, []);
        // The missing-page layout is served with status 404, which the browser logs once for the document itself.
        const documentStatus = name === '404.html' ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
        assert.deepEqual(problems.consoleErrors, documentStatus);
        assert.deepEqual(await axeViolations(page), []);
        await page.close();
      });
    }
  }
});

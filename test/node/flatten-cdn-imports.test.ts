// The CDN files list their whole static import graph (scripts/flatten-cdn-imports.mjs), so a browser
// requests every chunk at once: the same modules must then run in the same order as before.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { flattenStaticImports } from '../../scripts/flatten-cdn-imports.mjs';

const work = mkdtempSync(join(tmpdir(), 'flatten-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A module that logs its name when it runs, after importing `imports` (static) and `lazy` (dynamic). */
function chunk(name: string, imports: string[], lazy: string[] = []): string {
  const statics = imports.map((path, i) => (i % 2 ? `import"${path}";` : `import{x as _${i}}from"${path}";`)).join('');
  const dynamic = lazy.map((path) => `()=>import("${path}")`).join(',');
  return `${statics}globalThis.ran.push(${JSON.stringify(name)});export const x=1;export const later=[${dynamic}];\n`;
}

/** A CDN folder: two widget chunks sharing Lit-like and core-like chunks, one with a lazy chunk. */
function writeCdn(dir: string): void {
  mkdirSync(join(dir, 'chunks'), { recursive: true });
  const files: Record<string, string> = {
    'chunks/lit.js': chunk('lit', []),
    'chunks/locale.js': chunk('locale', []),
    'chunks/core.js': chunk('core', ['./lit.js', './locale.js']),
    'chunks/speech.js': chunk('speech', ['./core.js']),
    'chunks/channels.js': chunk('channels', ['./core.js', './lit.js']),
    'chunks/help.js': chunk('help', ['./locale.js', './help-only.js', './core.js'], ['./speech.js']),
    'chunks/help-only.js': chunk('help-only', ['./lit.js']),
    'channels.js': 'import"./chunks/channels.js";\n',
    'all.js': 'import"./chunks/channels.js";import"./chunks/help.js";\n',
  };
  for (const [path, code] of Object.entries(files)) writeFileSync(join(dir, path), code);
}

async function runOrder(dir: string, entry: string): Promise<string[]> {
  const scope = globalThis as { ran?: string[] };
  scope.ran = [];
  await import(pathToFileURL(join(dir, entry)).href);
  return scope.ran;
}

describe('flattenStaticImports (the CDN files ask for every chunk at once)', () => {
  it('lists every statically reached chunk in the order the modules run, and runs them in the same order', async () => {
    const flat = join(work, 'flat');
    writeCdn(flat);
    const counts = await flattenStaticImports(flat, ['channels.js', 'all.js']);
    assert.equal(
      readFileSync(join(flat, 'channels.js'), 'utf8'),
      'import"./chunks/lit.js";import"./chunks/locale.js";import"./chunks/core.js";import"./chunks/channels.js";\n',
    );
    assert.deepEqual(counts, { 'channels.js': 4, 'all.js': 6 });
    // The lazy chunk stays lazy: nothing imports speech.js statically.
    assert.ok(!readFileSync(join(flat, 'all.js'), 'utf8').includes('speech'));

    // A module runs once per URL: each entry is run from a fresh copy, as built and as flattened.
    for (const entry of ['channels.js', 'all.js']) {
      const before = join(work, `before-${entry}`);
      writeCdn(before);
      const after = join(work, `after-${entry}`);
      cpSync(before, after, { recursive: true });
      await flattenStaticImports(after, [entry]);
      const expected = await runOrder(before, entry);
      assert.ok(expected.length >= 4, `${entry} ran ${expected.join(', ')}`);
      assert.deepEqual(await runOrder(after, entry), expected, entry);
    }
  });

  it('refuses a CDN file that holds more than imports, and an import leaving the folder', async () => {
    const dir = join(work, 'refuse');
    writeCdn(dir);
    writeFileSync(join(dir, 'code.js'), 'import"./chunks/lit.js";console.log(1);\n');
    await assert.rejects(flattenStaticImports(dir, ['code.js']), /only side-effect imports/);
    writeFileSync(join(dir, 'outside.js'), 'import"../elsewhere.js";\n');
    await assert.rejects(flattenStaticImports(dir, ['outside.js']), /leaves/);
  });
});

// The CDN build groups modules by the widgets that need them (scripts/cdn-chunks.mjs): a module three
// widgets import goes into `core`, one two widgets import into their shared chunk (into `core` when
// that chunk would be tiny), a widget's own modules into its chunk, and lazy modules stay lazy. Built
// here with vite (rolldown) from a small project of four "widgets", an all-in-one file and an
// autoloader, as scripts/build.mjs builds the real one.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import { widgetChunks } from '../../scripts/cdn-chunks.mjs';

const work = mkdtempSync(join(tmpdir(), 'cdn-chunks-'));
after(() => rmSync(work, { recursive: true, force: true }));

/**
 * A module that records that it ran, after its static imports, and leaves a loader for `lazy` (imported
 * on first use) in `globalThis.later`. It exports nothing, as a widget's register module.
 */
const module = (name: string, imports: string[], lazy: string[] = []) =>
  `${imports.map((path) => `import './${path}.js';`).join('')}
globalThis.ran.push(${JSON.stringify(name)});
globalThis.later[${JSON.stringify(name)}] = () => Promise.all([${lazy.map((path) => `import('./${path}.js')`).join(',')}]);`;

/** A module with enough code to be worth a file of its own (the build's threshold here is 300 characters). */
const long = (code: string) => `${code}\nglobalThis.text = ${JSON.stringify('x'.repeat(400))};`;

/** Each module's static imports (its lazy ones in LAZY). */
const IMPORTS: Record<string, string[]> = {
  // Every widget imports base; three import three-way; a and b import pair; b and d import tiny-pair;
  // c imports once-c and, on first use, zone (which d imports at once: zone must not end up in d's own
  // chunk).
  base: [],
  'three-way': ['base'],
  pair: ['base'],
  'tiny-pair': [],
  zone: [],
  'once-c': ['base'],
  a: ['base', 'three-way', 'pair'],
  b: ['base', 'three-way', 'pair', 'tiny-pair'],
  c: ['base', 'three-way', 'once-c'],
  d: ['base', 'zone', 'tiny-pair'],
  all: ['a', 'b', 'c', 'd'],
};
const LAZY: Record<string, string[]> = { a: ['explainer'], c: ['zone'], autoload: ['a', 'b', 'c', 'd'] };
/** Modules with enough code to be worth a file of their own. */
const LONG = new Set(['pair', 'zone']);

const SOURCES: Record<string, string> = Object.fromEntries(
  [...Object.keys(IMPORTS), 'explainer', 'autoload'].map((name) => {
    const code = module(name, IMPORTS[name] ?? [], LAZY[name] ?? []);
    return [name, LONG.has(name) ? long(code) : code];
  }),
);
const WIDGETS = { a: 'src/a.js', b: 'src/b.js', c: 'src/c.js', d: 'src/d.js' };

let chunks: Rolldown.OutputChunk[] = [];
const out = join(work, 'dist');

before(async () => {
  mkdirSync(join(work, 'src'));
  for (const [name, code] of Object.entries(SOURCES)) writeFileSync(join(work, 'src', `${name}.js`), code);
  const result = await build({
    root: work,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: out,
      minify: false,
      lib: {
        entry: Object.fromEntries([...Object.keys(WIDGETS), 'all', 'autoload'].map((name) => [name, join(work, 'src', `${name}.js`)])),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        output: { chunkFileNames: 'chunks/[name].js', codeSplitting: widgetChunks(work, WIDGETS, 3, 300) },
      },
    },
  });
  chunks = (Array.isArray(result) ? result[0] : (result as Rolldown.RolldownOutput)).output.filter(
    (file): file is Rolldown.OutputChunk => file.type === 'chunk',
  );
});

/** The chunk that holds source module `name` (its name: entry or group). */
const chunkOf = (name: string) => {
  const file = chunks.find((chunk) => chunk.moduleIds.includes(join(work, 'src', `${name}.js`)))?.fileName;
  return file && chunkName(file);
};
const chunkName = (file: string) => basename(file, '.js');

describe('widgetChunks (the CDN chunks, grouped by the widgets that need each module)', () => {
  it('puts what three widgets import into core, what two import into their chunk, and lazy modules apart', () => {
    assert.equal(chunkOf('base'), 'core');
    assert.equal(chunkOf('three-way'), 'core');
    assert.equal(chunkOf('pair'), 'a_b');
    assert.equal(chunkOf('tiny-pair'), 'core');
    assert.equal(chunkOf('once-c'), 'c');
    assert.equal(chunkOf('c'), 'c');
    // d imports zone at once and c later: a chunk of its own for both, not d's chunk (c would load all of d).
    assert.equal(chunkOf('zone'), 'c_d');
    // Only imported lazily: left to rolldown, a chunk of its own.
    assert.equal(chunkOf('explainer'), 'explainer');
  });

  it('gives a one-widget page core and its own chunk, and runs every module once, each after what it imports', async () => {
    // What a page with widget c downloads before first content: c's file and its static imports.
    const closure = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const [, path] of readFileSync(join(out, file), 'utf8').matchAll(/import\s*"\.\/([^"]+)"/g))
        closure(join(dirname(file), path as string), seen);
      return seen;
    };
    const c = chunks.find((chunk) => chunk.isEntry && chunk.name === 'c')?.fileName as string;
    assert.deepEqual([...closure(c)].map((file) => chunkName(file)).sort(), ['c', 'core']);

    const scope = globalThis as { ran?: string[]; later?: Record<string, () => Promise<unknown>> };
    scope.ran = [];
    scope.later = {};
    await import(pathToFileURL(join(out, 'all.js')).href);
    // Every module once, each after the modules it imports (a module moved into a shared chunk may
    // run earlier than in the sources, as chunking does; never before its own imports).
    assert.deepEqual([...scope.ran].sort(), Object.keys(IMPORTS).sort());
    for (const [name, imports] of Object.entries(IMPORTS)) {
      for (const imported of imports) assert.ok(scope.ran.indexOf(imported) < scope.ran.indexOf(name), `${imported} before ${name}`);
    }
    assert.equal(scope.ran.at(-1), 'all');
    // The lazy imports still load what they name, and a module d already ran does not run again.
    await scope.later.c?.();
    await scope.later.a?.();
    assert.deepEqual(scope.ran.slice(Object.keys(IMPORTS).length), ['explainer']);
  });
});

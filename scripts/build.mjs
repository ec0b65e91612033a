// `npm run build`: the npm library (dist/*.js + .d.ts), the self-contained CDN files (dist/cdn/*.js),
// JSON Schemas (dist/schemas/*.json) and the Custom Elements Manifest.
// The CDN files share chunks (dist/cdn/chunks/); dist/cdn/autoload.js loads a widget when its tag appears.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { widgetChunks } from './cdn-chunks.mjs';
import { AUTOLOADER, CDN_ENTRIES, CDN_SOURCES, WIDGET_SOURCES } from './entries.mjs';
import { flattenStaticImports } from './flatten-cdn-imports.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(resolve(root, 'dist'), { recursive: true, force: true });
// The compact content checks are generated from the zod schemas (and committed): keep them current.
run('npx', ['tsx', 'scripts/build-checks.ts']);

await build({ root, logLevel: 'warn' });

// The CDN build: one file per entry plus the autoloader, with Lit, zod/mini, core and theme inside, and
// the pieces they share split into chunks (dist/cdn/chunks/), so two widget files on one page, or the
// autoloader and a widget file, load Lit and core once. Chunks are grouped by the widgets that need
// them (see cdn-chunks.mjs): a one-widget page loads its entry, `core`, the widget's chunk and a
// chunk or two it shares with another widget.
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [minifyCssLiterals()],
  // The CDN files define their elements in the task after their code ran (core/define.ts).
  define: { 'globalThis.__BORGER_DEFINE_LATER__': 'true' },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: {
        ...Object.fromEntries(CDN_ENTRIES.map((name) => [name, resolve(root, CDN_SOURCES[name])])),
        [AUTOLOADER]: resolve(root, 'src/autoload.ts'),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Modules three of the four widgets import at once go into `core` (measured against two and
        // four: three gives the smallest first download for each widget and for all four together),
        // and so do chunks of two or three widgets under 2,000 characters of code (measured: each
        // one-widget page 0.4 KiB lighter or the same, but booking's 0.2 heavier, all four 0.5 lighter).
        codeSplitting: widgetChunks(root, WIDGET_SOURCES, 3, 2000),
      },
    },
  },
});
// Each CDN file asks for every chunk it needs at once, not level by level (see flatten-cdn-imports.mjs).
await flattenStaticImports(
  resolve(root, 'dist/cdn'),
  CDN_ENTRIES.map((name) => `${name}.js`),
);

// The editors' checker (`npx borger-widgets check`): one Node file with zod and the validators inside.
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'src/cli/main.ts'),
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'cli.js', codeSplitting: false } },
  },
});

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['tsx', 'scripts/build-schemas.ts']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
// The React 19 demo page: the elements used from React with properties and events, npm style.
run('node', ['scripts/build-demo-react.mjs']);
console.log('Built dist/ (npm), dist/cdn/ (CDN + autoloader), dist/schemas/ (JSON Schema) and custom-elements.json.');

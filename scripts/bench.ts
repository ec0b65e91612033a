// `npm run bench`: bundle sizes (gzip -9) of every CDN entry and all together, then each widget's
// benchmark script. Numbers are printed, never asserted: tests stay free of timing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CDN_ENTRIES } from './entries.mjs';

const root = resolve(import.meta.dirname, '..');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (!existsSync(resolve(root, 'dist/cdn')) || process.argv.includes('--build')) {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}

console.log('\nCDN bundle sizes (minified, Lit and zod/mini included)');
console.log('| entry | raw | gzip -9 |');
console.log('|---|---:|---:|');
const all: Buffer[] = [];
for (const name of CDN_ENTRIES) {
  const code = readFileSync(resolve(root, `dist/cdn/${name}.js`));
  all.push(code);
  console.log(`| cdn/${name}.js | ${kb(code.length)} | ${kb(gzipSync(code, { level: 9 }).length)} |`);
}
const widgets = CDN_ENTRIES.filter((name) => name !== 'borger-widgets');
const separate = widgets.reduce((sum, name) => sum + gzipSync(readFileSync(resolve(root, `dist/cdn/${name}.js`)), { level: 9 }).length, 0);
console.log(`| every widget entry, loaded separately | | ${kb(separate)} |`);

// Each widget's own benchmark, when it has one.
const benchmarks = ['scripts/bench-guide-engine.ts', 'scripts/bench-matcher.ts', 'scripts/bench-booking-server.ts', 'scripts/bench-lighthouse.ts'];
for (const script of benchmarks) {
  if (!existsSync(resolve(root, script))) continue;
  console.log(`\n--- ${script} ---`);
  const result = spawnSync('npx', ['tsx', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) console.log(`(${script} exited with ${result.status})`);
}

// `npm run bench`: every number of issue 11's table, from the real build, then each widget's own
// benchmark. Numbers are printed, never asserted: tests stay free of timing.
//   sizes (gzip -9, from dist/cdn)          here
//   first content, longest task, CLS          scripts/bench-pages.ts (headless Chromium, 4× CPU)
//   terms drawn, matcher vs mark.js           scripts/bench-matcher.ts
//   openingState vs opening_hours.js          scripts/bench-opening-hours.ts
//   worst cases at the content limits         scripts/bench-limits.ts (issue 13)
//   mail: render cost, worker mails/s         scripts/bench-mail.ts (issue 10)
// `npm run bench -- --build` rebuilds first; `--only sizes,options,pages,matcher,hours,…` runs a part.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { hotPathOptions } from './bench/options.js';
import { citizenSkip, gzipBytes, kib, moduleClosure } from './bench/sizes.js';
import { AUTOLOADER, WIDGET_SOURCES } from './entries.mjs';

const root = resolve(import.meta.dirname, '..');
const cdn = (name: string) => resolve(root, `dist/cdn/${name}.js`);
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : undefined;
const wanted = (part: string) => !only || only.has(part);

if (!existsSync(resolve(root, 'dist/cdn')) || process.argv.includes('--build')) {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}

const FLOORS: Record<string, number> = { channels: 20, help: 20, guide: 25, booking: 25 };
const verdict = (bytes: number, floorKiB: number) => (bytes <= floorKiB * 1024 ? 'met' : 'NOT met');

if (wanted('sizes')) {
  const widgets = Object.keys(WIDGET_SOURCES);
  const hasAutoloader = existsSync(cdn(AUTOLOADER));
  console.log('\nJavaScript a page downloads (dist/cdn, minified, gzip -9 per file; Lit and zod/mini included)');
  console.log('"before first content": the file and its static imports; "every feature used": what one citizen using every');
  console.log('feature loads in one language (the heaviest, named), valid content (see "all four" below).');
  // "Every feature used" is what one citizen loads: every feature, in ONE language (the heaviest of
  // Danish, English and Arabic), with content that is valid. Not every language's texts (a citizen reads
  // one) and not the schema explainer (zod loads only to explain content that fails the compact check,
  // an error for the web team, never a feature). The last column counts every dynamic import anyway.
  const LANGS = ['da', 'en', 'ar'];
  const citizen = (entries: string[]) => {
    let worst = { lang: 'da', bytes: 0 };
    for (const lang of LANGS) {
      const files = new Set(entries.flatMap((file) => [...moduleClosure([file], true, citizenSkip(lang))]));
      const bytes = gzipBytes(files);
      if (bytes > worst.bytes) worst = { lang, bytes };
    }
    return worst;
  };
  console.log('| page uses | files | before first content | every feature used (language) | floor | |');
  console.log('|---|---|---:|---:|---:|---|');
  for (const name of widgets) {
    const first = moduleClosure([cdn(name)], false);
    const every = citizen([cdn(name)]);
    const floor = FLOORS[name] as number;
    console.log(
      `| ${name} alone | cdn/${name}.js | ${kib(gzipBytes(first))} | ${kib(every.bytes)} (${every.lang}) | ≤ ${floor} KiB | ${verdict(gzipBytes(first), floor)} |`,
    );
    if (hasAutoloader) {
      // Through the autoloader: the autoloader itself plus what it imports for this one tag.
      const viaAuto = new Set([...moduleClosure([cdn(AUTOLOADER)], false), ...first]);
      console.log(
        `| ${name} alone | cdn/${AUTOLOADER}.js | ${kib(gzipBytes(viaAuto))} | | ≤ ${floor} KiB | ${verdict(gzipBytes(viaAuto), floor)} |`,
      );
    }
  }
  const allInOne = gzipBytes(moduleClosure([cdn('borger-widgets')], false));
  const allInOneCitizen = citizen([cdn('borger-widgets')]);
  const allInOneEvery = gzipBytes(moduleClosure([cdn('borger-widgets')], true));
  const fourEntries = [...widgets.map(cdn), ...(hasAutoloader ? [cdn(AUTOLOADER)] : [])];
  const fourFirst = new Set(fourEntries.flatMap((file) => [...moduleClosure([file], false)]));
  const fourCitizen = citizen(fourEntries);
  const fourEvery = new Set(fourEntries.flatMap((file) => [...moduleClosure([file], true)]));
  const files = hasAutoloader ? `cdn/${AUTOLOADER}.js (or the four files)` : 'the four widget files';
  console.log('\nAll four on one page. "every feature used": what one citizen using every feature loads, in one language');
  console.log("(the heaviest of da/en/ar, named), valid content: other languages' texts and the schema explainer (zod,");
  console.log('loaded only to explain invalid content) are not features a citizen uses. Last column: every dynamic import.');
  console.log('| page uses | files | before first content | every feature used | floor | | every dynamic import |');
  console.log('|---|---|---:|---:|---:|---|---:|');
  for (const [label, first, used, every] of [
    ['cdn/borger-widgets.js', allInOne, allInOneCitizen, allInOneEvery],
    [files, gzipBytes(fourFirst), fourCitizen, gzipBytes(fourEvery)],
  ] as const) {
    console.log(
      `| all four | ${label} | ${kib(first)} | ${kib(used.bytes)} (${used.lang}) | ≤ 45 / 65 KiB | ${verdict(first, 45)} / ${verdict(used.bytes, 65)} | ${kib(every)} |`,
    );
  }
}

if (wanted('options')) {
  // Issue 11 asked to measure the options before choosing: what leaving the schema engine (zod/mini) or
  // the other languages' texts off the hot path saves, per widget (one esbuild bundle each, with the
  // parts the CDN build loads later inlined). Both are now done: the sizes table above has the result.
  console.log('\nOptions for the hot path (one self-contained bundle per widget, lazy parts inlined, esbuild, gzip -9)');
  console.log('| widget | as built | without zod/mini | message catalogues (all languages) |');
  console.log('|---|---:|---:|---|');
  const widgets = Object.fromEntries(Object.entries(WIDGET_SOURCES).map(([name, source]) => [name, resolve(root, source)]));
  for (const row of await hotPathOptions(widgets)) console.log(row);
}

// The other numbers, each in its own process (a browser or a long loop each).
const parts: [string, string][] = [
  ['pages', 'scripts/bench-pages.ts'],
  ['matcher', 'scripts/bench-matcher.ts'],
  ['limits', 'scripts/bench-limits.ts'],
  ['hours', 'scripts/bench-opening-hours.ts'],
  ['guide', 'scripts/bench-guide-engine.ts'],
  ['server', 'scripts/bench-booking-server.ts'],
  ['mail', 'scripts/bench-mail.ts'],
  ['lighthouse', 'scripts/bench-lighthouse.ts'],
];
for (const [part, script] of parts) {
  if (!wanted(part) || !existsSync(resolve(root, script))) continue;
  console.log(`\n--- ${script} ---`);
  const result = spawnSync('npx', ['tsx', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) console.log(`(${script} exited with ${result.status})`);
}

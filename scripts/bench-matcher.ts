// Times marking glossary terms on a long page: our matcher (its build counted) and markTerms against
// mark.js, side by side, in one headless Chromium, with a 100-term and a 2,000-term glossary on 20,000
// words (seeded, so every run is the same), and how long <borger-help> takes to draw the 2,000-term
// marks. Both mark every occurrence of the same list of forms, and the DOM is reset between runs.
// mark.js gets the forms as one regular expression (markRegExp), its fastest use, compiled in every
// run as a page compiles it once (V8 would otherwise reuse the compiled pattern): fed as a keyword
// list (mark(forms)) it walks the whole page once per form, which takes many minutes here, so that
// is timed once, and only with --keywords.
// Run: npx tsx scripts/bench-matcher.ts [--keywords] [--draw-only] [--trace (one traced draw: script/style/layout/pre-paint/paint)]
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type Page } from 'puppeteer-core';
import type { Glossary } from '../src/help/glossary.schema.js';
import { glossaryForms } from '../src/help/matcher.js';
import { buildFixture } from './bench/matcher-fixture.js';
import type { bench, Timed } from './bench/matcher-page.js';
import { formatBreakdown, profiled, traced } from './bench/trace.js';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const TERMS = 2_000;
const WORDS = 20_000;
const WARM_UPS = 2;
const RUNS = 7;
const DRAW_RUNS = 5;
const MARKJS_BATCH = 250;
// The punctuation the page uses, so mark.js sees the same word boundaries as ours.
const LIMITERS = [',', '.', ';', ':', '!', '?', '(', ')', '"', '«', '»'];

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, '.tmp/bench-matcher');

declare global {
  var borgerMatcherBench: typeof bench;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const list = (runs: Timed[]) => runs.map((r) => r.ms.toFixed(1)).join(', ');

/** Warm-ups, then timed runs; returns every timed run. */
async function repeat(run: () => Promise<Timed>): Promise<Timed[]> {
  for (let i = 0; i < WARM_UPS; i++) await run();
  const timed: Timed[] = [];
  for (let i = 0; i < RUNS; i++) timed.push(await run());
  return timed;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${(sorted[0] as number).toFixed(1)} / ${median(values).toFixed(1)} / ${(sorted.at(-1) as number).toFixed(1)} ms`;
};

/** One traced draw each way (--trace): where the main thread's time goes, from a performance trace. */
async function traceDraws(page: Page, glossary: Glossary, expected: number): Promise<void> {
  for (const loaded of [false, true]) {
    const { breakdown, cpu } = await traced(page, 'borger-draw', () =>
      page.evaluate((g, n, l) => globalThis.borgerMatcherBench.drawn(g, n, l), glossary, expected, loaded),
    );
    console.log(`  traced draw (loaded ${loaded}): ${formatBreakdown(breakdown)}`);
    console.log(`    main thread's own clock: ${formatBreakdown(cpu, 'cpu')}`);
  }
  const forms = [...new Set(glossaryForms(glossary).map((f) => f.form))];
  const { breakdown, cpu } = await traced(page, 'markjs-draw', () =>
    page.evaluate((f, l) => globalThis.borgerMatcherBench.markJsDrawn(f, l), forms, LIMITERS),
  );
  console.log(`  traced mark.js plain <mark>s: ${formatBreakdown(breakdown)}`);
  console.log(`    main thread's own clock: ${formatBreakdown(cpu, 'cpu')}`);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const pagePath = resolve(outDir, 'page.html');
  writeFileSync(
    pagePath,
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Matcher benchmark</title></head><body>
<template id="original"></template><main id="page"></main></body></html>`,
  );
  const bundle = resolve(outDir, 'matcher-page.js');
  await build({
    entryPoints: [resolve(root, 'scripts/bench/matcher-page.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: !process.argv.includes('--profile'),
    outfile: bundle,
    logLevel: 'error',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  const markJs = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

  const chrome = await findChrome();
  const browser = await puppeteer.launch({
    executablePath: chrome.path,
    args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
    headless: true,
    protocolTimeout: 0,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`file://${pagePath}`);
    await page.addScriptTag({ path: bundle });
    await page.addScriptTag({ path: markJs });
    console.log(`Matcher benchmark in ${chrome.path} (${chrome.source})`);
    console.log(`runs: ${WARM_UPS} warm-up + ${RUNS} timed each, DOM reset and GC before every run (min / median / max)`);
    console.log(
      `(load average now ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${availableParallelism()} cores: other work shows as outliers)`,
    );
    console.log('mark.js 8.11.1 at its fastest: every form in one RegExp (markRegExp), the RegExp compile counted.');

    const drawOnly = process.argv.includes('--draw-only');
    for (const terms of drawOnly ? [TERMS] : [100, TERMS]) {
      const fixture = buildFixture({ terms, words: WORDS, seed: 20260101 });
      const forms = [...new Set(glossaryForms(fixture.glossary).map((f) => f.form))];
      await page.evaluate((html) => {
        (document.getElementById('original') as HTMLTemplateElement).innerHTML = html;
      }, fixture.html);
      const shape = await page.evaluate(() => globalThis.borgerMatcherBench.shape());
      const buildMs = await page.evaluate((glossary) => globalThis.borgerMatcherBench.prepare(glossary), fixture.glossary);
      console.log(
        `\n${fixture.glossary.terms.length} terms (${forms.length} forms) on ${fixture.words} words (${shape.chars} characters, ${shape.textNodes} text nodes)`,
      );
      console.log(`  createMatcher (built once per glossary): ${ms(buildMs)}`);
      if (drawOnly) {
        const once = await page.evaluate(() => globalThis.borgerMatcherBench.ours());
        const expected = once.marks;
        for (const loaded of [false, true]) {
          const r = [];
          for (let i = 0; i < DRAW_RUNS; i++)
            r.push(await page.evaluate((g, n, l) => globalThis.borgerMatcherBench.drawn(g, n, l), fixture.glossary, expected, loaded));
          console.log(
            `  draw (loaded ${loaded}): ${stats(r.map((x) => x.ms))}, longest task ${Math.round(Math.max(...r.map((x) => x.longest)))} ms`,
          );
        }
        if (process.argv.includes('--trace')) await traceDraws(page, fixture.glossary, expected);
        if (process.argv.includes('--profile')) {
          const { hottest } = await profiled(page, () =>
            page.evaluate((g, n) => globalThis.borgerMatcherBench.drawn(g, n, true), fixture.glossary, expected),
          );
          console.log(`  CPU profile of one draw (glossary loaded), most self time:\n${hottest.join('\n')}`);
        }
        continue;
      }
      const costs: { matcher: number; regexp: number }[] = [];
      for (let i = 0; i < WARM_UPS + RUNS; i++) {
        costs.push(await page.evaluate((g, f, l) => globalThis.borgerMatcherBench.buildCosts(g, f, l), fixture.glossary, forms, LIMITERS));
      }
      const timedCosts = costs.slice(WARM_UPS);
      console.log(
        `  build alone: createMatcher ${stats(timedCosts.map((c) => c.matcher))}; mark.js's RegExp built and compiled (first run) ${stats(timedCosts.map((c) => c.regexp))}`,
      );
      const marking = await repeat(() => page.evaluate(() => globalThis.borgerMatcherBench.ours()));
      console.log(`  markTerms(all) alone: ${stats(marking.map((r) => r.ms))}`);
      const ours = await repeat(() => page.evaluate((glossary) => globalThis.borgerMatcherBench.oursWithBuild(glossary), fixture.glossary));
      console.log(`  createMatcher + markTerms(all): ${stats(ours.map((r) => r.ms))}  [${list(ours)}]`);
      // mark.js builds its RegExp once per page, as we build the matcher once: each run compiles a
      // pattern new to V8 (V8 keeps compiled RegExps by source, so a repeated pattern would be free).
      const theirs = await repeat(() =>
        page.evaluate((forms, limiters) => globalThis.borgerMatcherBench.markJsRegExp(forms, limiters, true, true), forms, LIMITERS),
      );
      console.log(`  mark.js RegExp compile + markRegExp: ${stats(theirs.map((r) => r.ms))}  [${list(theirs)}]`);
      const cached = await repeat(() =>
        page.evaluate((forms, limiters) => globalThis.borgerMatcherBench.markJsRegExp(forms, limiters), forms, LIMITERS),
      );
      console.log(`  (mark.js markRegExp with the RegExp already compiled, for scale: ${stats(cached.map((r) => r.ms))})`);
      console.log(`  marks made: borger-widgets ${ours[0]?.marks}, mark.js ${theirs[0]?.marks}`);
      const ratio = median(theirs.map((r) => r.ms)) / median(ours.map((r) => r.ms));
      const floor = terms === TERMS ? 10 : 2;
      const best = Math.min(...theirs.map((r) => r.ms)) / Math.min(...ours.map((r) => r.ms));
      const worst = Math.max(...theirs.map((r) => r.ms)) / Math.max(...ours.map((r) => r.ms));
      console.log(
        `  matcher + build is ${ratio.toFixed(1)}× faster than mark.js (medians; best runs ${best.toFixed(1)}×, worst runs ${worst.toFixed(1)}×); floor ≥ ${floor}×: ${ratio >= floor ? 'met' : 'NOT met'}`,
      );

      if (terms === TERMS) {
        const expected = marking[0]?.marks ?? 0;
        for (const loaded of [false, true]) {
          const draws: (Timed & { longest: number })[] = [];
          for (let i = 0; i < DRAW_RUNS; i++) {
            draws.push(
              await page.evaluate(
                (glossary, n, l) => globalThis.borgerMatcherBench.drawn(glossary, n, l),
                fixture.glossary,
                expected,
                loaded,
              ),
            );
          }
          const drawMedian = median(draws.map((r) => r.ms));
          const what = loaded
            ? '<borger-help all>, glossary loaded, explanations switched on'
            : '<borger-help all> given the glossary (validation and matcher build included)';
          console.log(
            `  ${what} → every term marked, rendered and painted: ${stats(draws.map((r) => r.ms))} ` +
              `(${draws[0]?.marks} terms; longest task ${Math.round(Math.max(...draws.map((r) => r.longest)))} ms); floor ≤ 100 ms: ${drawMedian <= 100 ? 'met' : 'NOT met'}`,
          );
        }
        const plain: Timed[] = [];
        for (let i = 0; i < DRAW_RUNS; i++) {
          plain.push(await page.evaluate((forms, limiters) => globalThis.borgerMatcherBench.markJsDrawn(forms, limiters), forms, LIMITERS));
        }
        console.log(
          `  for scale, mark.js's plain <mark> elements, marked and painted: ${stats(plain.map((r) => r.ms))} (${plain[0]?.marks} marks)`,
        );
        if (process.argv.includes('--trace')) await traceDraws(page, fixture.glossary, expected);
      }
    }

    if (process.argv.includes('--keywords')) {
      const fixture = buildFixture({ terms: TERMS, words: WORDS, seed: 20260101 });
      const forms = [...new Set(glossaryForms(fixture.glossary).map((f) => f.form))];
      const once = await page.evaluate(
        (forms, limiters, batch) => globalThis.borgerMatcherBench.markJsKeywords(forms, limiters, batch),
        forms,
        LIMITERS,
        MARKJS_BATCH,
      );
      console.log(`mark.js 8.11.1 mark(forms, accuracy exactly), one run: ${(once.ms / 1000).toFixed(1)} s, ${once.marks} marks`);
    } else {
      console.log('(mark.js mark(forms) with a keyword list walks the page once per form; --keywords times it once, in minutes)');
    }
  } finally {
    await browser.close();
  }
}

await main();

// Times marking glossary terms on a long page: our markTerms against mark.js, side by side, in one
// headless Chromium. The page has 20,000 words, the glossary 2,000 terms (seeded, so every run is the
// same); both mark every occurrence of the same list of forms, and the DOM is reset between runs.
// mark.js gets the forms as one regular expression (markRegExp), its fastest use: fed as a keyword
// list (mark(forms)) it walks the whole page once per form, which takes many minutes here, so that
// is timed once, and only with --keywords.
// Run: npx tsx scripts/bench-matcher.ts [--keywords]
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { glossaryForms } from '../src/help/matcher.js';
import { buildFixture } from './bench/matcher-fixture.js';
import type { bench, Timed } from './bench/matcher-page.js';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const TERMS = 2_000;
const WORDS = 20_000;
const WARM_UPS = 2;
const RUNS = 7;
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

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const fixture = buildFixture({ terms: TERMS, words: WORDS, seed: 20260101 });
  const forms = [...new Set(glossaryForms(fixture.glossary).map((f) => f.form))];
  const pagePath = resolve(outDir, 'page.html');
  writeFileSync(
    pagePath,
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Matcher benchmark</title></head><body>
<template id="original">${fixture.html}</template><main id="page"></main></body></html>`,
  );
  const bundle = resolve(outDir, 'matcher-page.js');
  await build({
    entryPoints: [resolve(root, 'scripts/bench/matcher-page.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    outfile: bundle,
    logLevel: 'error',
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
    const shape = await page.evaluate(() => globalThis.borgerMatcherBench.shape());
    const buildMs = await page.evaluate((glossary) => globalThis.borgerMatcherBench.prepare(glossary), fixture.glossary);

    console.log(`Matcher benchmark in ${chrome.path} (${chrome.source})`);
    console.log(`page: ${fixture.words} words, ${shape.chars} characters, ${shape.textNodes} text nodes`);
    console.log(`glossary: ${fixture.glossary.terms.length} terms, ${forms.length} forms (written + inflected)`);
    console.log(`runs: ${WARM_UPS} warm-up + ${RUNS} timed each, DOM reset and GC before every run; times are the marking call only`);
    console.log('(other work on the machine shows as outliers: the best run is the steadier figure on a busy machine)');
    console.log(`borger-widgets createMatcher (trie of all forms, built once per glossary): ${ms(buildMs)}`);

    const ours = await repeat(() => page.evaluate(() => globalThis.borgerMatcherBench.ours()));
    const oursMedian = median(ours.map((r) => r.ms));
    const oursBest = Math.min(...ours.map((r) => r.ms));
    console.log(`borger-widgets markTerms(all: true): median ${ms(oursMedian)}, best ${ms(oursBest)}  [${list(ours)}]`);

    const theirs = await repeat(() =>
      page.evaluate((forms, limiters) => globalThis.borgerMatcherBench.markJsRegExp(forms, limiters), forms, LIMITERS),
    );
    const theirsMedian = median(theirs.map((r) => r.ms));
    const theirsBest = Math.min(...theirs.map((r) => r.ms));
    console.log(
      `mark.js 8.11.1 markRegExp(all forms, one expression): median ${ms(theirsMedian)}, best ${ms(theirsBest)}  [${list(theirs)}]`,
    );

    console.log(`marks made: borger-widgets ${ours[0]?.marks}, mark.js ${theirs[0]?.marks}`);
    const ratio = theirsMedian / oursMedian;
    console.log(
      `ratio: borger-widgets is ${ratio.toFixed(1)}× faster than mark.js (medians; best runs: ${(theirsBest / oursBest).toFixed(1)}×)`,
    );
    console.log(`aim (≥ 10× faster, < 50 ms): ${ratio >= 10 && oursMedian < 50 ? 'met' : 'NOT met'}`);

    if (process.argv.includes('--keywords')) {
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

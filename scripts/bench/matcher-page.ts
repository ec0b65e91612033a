// The benchmark page's code (scripts/bench-matcher.ts), bundled with esbuild: resets the page, marks it
// with our markTerms or with mark.js, and reports the time of the marking call and the marks made.
import type { Glossary } from '../../src/help/glossary.schema.js';
import type { BorgerHelp } from '../../src/help/help.element.js';
import { markTerms } from '../../src/help/mark-terms.js';
import { createMatcher, type Matcher } from '../../src/help/matcher.js';

interface MarkJs {
  mark(keywords: string[], options: Record<string, unknown>): void;
  markRegExp(regexp: RegExp, options: Record<string, unknown>): void;
}
declare const Mark: new (context: Element) => MarkJs;
declare const gc: (() => void) | undefined;

export interface Timed {
  ms: number;
  marks: number;
}

const page = () => document.getElementById('page') as HTMLElement;
const escapeRegExp = (text: string) => text.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&');
let matcher: Matcher | undefined;

/** Puts the page back as generated, and collects garbage, so every run starts the same. */
function reset(): void {
  page().innerHTML = (document.getElementById('original') as HTMLTemplateElement).innerHTML;
  if (typeof gc === 'function') gc();
}

/** Builds the matcher once per glossary, as <borger-help> does; returns the build time. */
function prepare(glossary: Glossary): number {
  const started = performance.now();
  matcher = createMatcher(glossary);
  return performance.now() - started;
}

/**
 * Where a build's time goes, against mark.js's one RegExp: createMatcher alone, and the RegExp built
 * and run once on a short text (V8 compiles a RegExp on its first use, so that run is its compile).
 */
let patterns = 0;
/** `source` as a pattern V8 has not compiled yet (an alternative that never matches, numbered). */
const unseen = (source: string) => `${source}|(?!)${++patterns}`;
function buildCosts(glossary: Glossary, forms: string[], limiters: string[]): { matcher: number; regexp: number } {
  let started = performance.now();
  createMatcher(glossary);
  const matcherMs = performance.now() - started;
  // A pattern never seen before: V8 keeps compiled RegExps by source, so a repeated one costs nothing
  // (which is also why the markRegExp runs below pay their compile only in the warm-ups).
  const source = unseen(markJsSource(forms, limiters));
  started = performance.now();
  new RegExp(source, 'gi').test('et ord');
  return { matcher: matcherMs, regexp: performance.now() - started };
}

/** The matcher's build and the marking together, as a page with this glossary pays for both. */
function oursWithBuild(glossary: Glossary): Timed {
  reset();
  const started = performance.now();
  const built = createMatcher(glossary);
  const marked = markTerms(page(), built, { all: true });
  return { ms: performance.now() - started, marks: marked.length };
}

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
const task = () => new Promise<void>((done) => setTimeout(done, 0));

/**
 * <borger-help all> around the whole page, given the glossary: from setting it until every term is
 * marked, upgraded, rendered and the frame after it painted. Also the longest task in that time.
 */
async function drawn(glossary: Glossary, expected: number, loaded = false): Promise<Timed & { longest: number }> {
  // The elements are defined only here: the marking timings above compare plain marks with mark.js's.
  await import('../../src/help/index.js');
  reset();
  const help = document.createElement('borger-help') as BorgerHelp;
  help.setAttribute('all', '');
  help.append(...page().childNodes);
  page().append(help);
  if (loaded) {
    // The glossary loaded and the matcher built with explanations switched off: time only the marking.
    help.explainTerms = false;
    help.content = glossary;
    await help.updateComplete;
  }
  await frame();
  await task();
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  // Marks for a performance trace of the timed part (main-thread CPU, rendering steps).
  const profiling = (globalThis as { borgerProfile?: boolean }).borgerProfile === true;
  // A CPU profile of the timed part only (bench --profile).
  if (profiling) console.profile('borger-draw');
  performance.mark('borger-draw-start');
  const started = performance.now();
  if (loaded) help.explainTerms = true;
  else help.content = glossary;
  for (;;) {
    await frame();
    // Drawn: a button, and no update of its own still to come (a term <borger-help> drew as it made
    // it sleeps, with no update at all: see BorgerTerm).
    const terms = help.querySelectorAll('borger-term') as NodeListOf<HTMLElement & { isUpdatePending: boolean }>;
    if (terms.length >= expected && [...terms].every((term) => !term.isUpdatePending && term.getAttribute('role') === 'button')) break;
    if (performance.now() - started > 60_000) break;
  }
  await task();
  const ms = performance.now() - started;
  performance.mark('borger-draw-end');
  if (profiling) console.profileEnd('borger-draw');
  await task();
  observer.disconnect();
  return { ms, marks: help.querySelectorAll('borger-term').length, longest };
}

/** The floor any DOM marking pays: mark.js's plain <mark> elements for the same forms, until painted. */
async function markJsDrawn(forms: string[], limiters: string[]): Promise<Timed> {
  reset();
  await frame();
  await task();
  performance.mark('markjs-draw-start');
  const started = performance.now();
  const { marks } = markJsRegExp(forms, limiters, false);
  await frame();
  await task();
  const ms = performance.now() - started;
  performance.mark('markjs-draw-end');
  return { ms, marks };
}

function ours(): Timed {
  reset();
  if (!matcher) throw new Error('prepare() first');
  const started = performance.now();
  const marked = markTerms(page(), matcher, { all: true });
  return { ms: performance.now() - started, marks: marked.length };
}

/** The pattern of mark.js's one RegExp: every form, longest first, between the word limiters. */
function markJsSource(forms: string[], limiters: string[]): string {
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map((form) => escapeRegExp(form).replace(/ /g, '\\s+'));
  const edge = `[\\s${escapeRegExp(limiters.join(''))}]`;
  return `(^|${edge})(${alternatives.join('|')})(?=$|${edge})`;
}

/**
 * mark.js with the same forms as one regular expression: every form (longest first, so the longest
 * wins), between the word limiters its "exactly" accuracy uses. This is mark.js at its fastest.
 */
function markJsRegExp(forms: string[], limiters: string[], fresh = true, compile = false): Timed {
  if (fresh) reset();
  // compile: a pattern new to V8 (which keeps compiled RegExps by source), so the run pays the compile
  // as a page does once; otherwise only the first run of a process pays it.
  const source = compile ? unseen(markJsSource(forms, limiters)) : markJsSource(forms, limiters);
  const started = performance.now();
  const regexp = new RegExp(source, 'gi');
  new Mark(page()).markRegExp(regexp, { ignoreGroups: 1, exclude: ['mark'] });
  return { ms: performance.now() - started, marks: page().querySelectorAll('mark').length };
}

/**
 * mark.js as documented for a list of words: mark(keywords) with "exactly" accuracy, longest first.
 * mark() recurses once per keyword, so one call with thousands overflows the stack: it is called once
 * per batch (each call is synchronous, so the time is the same work).
 */
function markJsKeywords(forms: string[], limiters: string[], batch: number): Timed {
  reset();
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  const instance = new Mark(page());
  const options = {
    separateWordSearch: false,
    caseSensitive: false,
    diacritics: false,
    accuracy: { value: 'exactly', limiters },
    exclude: ['mark'],
  };
  const started = performance.now();
  for (let i = 0; i < sorted.length; i += batch) instance.mark(sorted.slice(i, i + batch), options);
  return { ms: performance.now() - started, marks: page().querySelectorAll('mark').length };
}

function shape(): { chars: number; textNodes: number } {
  reset();
  const walker = document.createTreeWalker(page(), NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  while (walker.nextNode()) textNodes++;
  return { chars: page().textContent?.length ?? 0, textNodes };
}

export const bench = { prepare, buildCosts, ours, oursWithBuild, drawn, markJsDrawn, markJsRegExp, markJsKeywords, shape };
Object.assign(globalThis, { borgerMatcherBench: bench });

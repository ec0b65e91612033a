// The benchmark page's code (scripts/bench-matcher.ts), bundled with esbuild: resets the page, marks it
// with our markTerms or with mark.js, and reports the time of the marking call and the marks made.
import type { Glossary } from '../../src/help/glossary.schema.js';
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

function ours(): Timed {
  reset();
  if (!matcher) throw new Error('prepare() first');
  const started = performance.now();
  const marked = markTerms(page(), matcher, { all: true });
  return { ms: performance.now() - started, marks: marked.length };
}

/**
 * mark.js with the same forms as one regular expression: every form (longest first, so the longest
 * wins), between the word limiters its "exactly" accuracy uses. This is mark.js at its fastest.
 */
function markJsRegExp(forms: string[], limiters: string[]): Timed {
  reset();
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map((form) => escapeRegExp(form).replace(/ /g, '\\s+'));
  const edge = `[\\s${escapeRegExp(limiters.join(''))}]`;
  const started = performance.now();
  const regexp = new RegExp(`(^|${edge})(${alternatives.join('|')})(?=$|${edge})`, 'gi');
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

export const bench = { prepare, ours, markJsRegExp, markJsKeywords, shape };
Object.assign(globalThis, { borgerMatcherBench: bench });

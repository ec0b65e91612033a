// Wraps glossary terms found in a page's own (light DOM) text in <borger-term term="id"> elements.
//
// Only text nodes are touched: each hit is cut out of its text node and put, as text, inside a
// wrapper made with document.createElement, so the page keeps its own markup and typography and no
// glossary or page text is ever parsed as HTML.
//
// Limitation: a term is found only within one text node. "digital <em>fuldmagt</em>" or a term broken
// by a comment is not matched; looking across nodes would mean wrapping across element boundaries.
import type { Matcher } from './matcher.js';

export const TERM_TAG = 'borger-term';

export interface MarkOptions {
  /** Mark every occurrence, not only the first of each term per section (default false). */
  all?: boolean;
  /** Mark terms inside h1–h6 too (default false: a popover trigger inside a heading is noisy). */
  headings?: boolean;
  /**
   * Called for each wrapper made, with the text node it was found in, before it joins the page
   * (setting attributes then costs no style work).
   */
  prepare?: (element: HTMLElement, text: Text) => void;
  /**
   * A `<borger-term>` each wrapper is a shallow copy of (its attributes come along, copied natively:
   * cheaper than setting them on thousands of wrappers); default a new, bare `<borger-term>`.
   */
  template?: HTMLElement;
}

export interface MarkedTerm {
  element: HTMLElement;
  termId: string;
  /** The `section` or `article` the occurrence counts in, or the root. */
  section: Element;
}

// Never mark inside these: interactive elements (a trigger inside a link or button is a nested control),
// code and form fields (the text is literal), and elements whose text is not shown as prose.
const EXCLUDED_TAGS = new Set([
  'a',
  'button',
  'input',
  'select',
  'option',
  'optgroup',
  'textarea',
  'label',
  'summary',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  TERM_TAG,
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SECTION_TAGS = new Set(['section', 'article']);

// What markTerms made, so unmarkTerms undoes exactly that (a <borger-term> written by the page's
// authors stays): per wrapper, the text it took and the text node markTerms cut off after it, if any.
interface Made {
  text: string;
  rest: Text | null;
}
const made = new WeakMap<Element, Made>();
// Text nodes a matcher found nothing in, with the text they had: skipped on the next call while unchanged.
const emptyScans = new WeakMap<Matcher, WeakMap<Text, string>>();

function isExcluded(element: Element, headings: boolean): boolean {
  const tag = element.localName;
  if (EXCLUDED_TAGS.has(tag) || (!headings && HEADING_TAGS.has(tag))) return true;
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('data-borger-no-terms') || element.hasAttribute('contenteditable')) return true;
  // Hidden text: a first occurrence marked there would never be seen.
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  return role === 'button' || role === 'link';
}

/** The nearest `section` or `article` inside `root`, else `root`. */
function sectionOf(node: Node, root: Element): Element {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (SECTION_TAGS.has(el.localName)) return el;
  }
  return root;
}

/** The text nodes under `root` outside excluded elements, in document order. */
function textNodesToMark(root: Element, headings: boolean): Text[] {
  // A plain walk over firstChild/nextSibling: faster than a TreeWalker with a filter callback, and an
  // excluded element's subtree is skipped whole.
  const nodes: Text[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) nodes.push(node as Text);
    else if (node.nodeType === Node.ELEMENT_NODE && node.firstChild && !isExcluded(node as Element, headings)) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling && node !== root) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return nodes;
}

/** Terms already marked per section, so a later call (new content appended) keeps "first per section". */
function alreadyMarked(root: Element): Map<Element, Set<string>> {
  const seen = new Map<Element, Set<string>>();
  for (const element of root.querySelectorAll(`${TERM_TAG}[term]`)) {
    const section = sectionOf(element, root);
    const terms = seen.get(section) ?? new Set<string>();
    terms.add(element.getAttribute('term') as string);
    seen.set(section, terms);
  }
  return seen;
}

interface Marker {
  /** The text nodes to look at, in document order. */
  nodes: Text[];
  /** Marks the terms in one text node; appends what it made to `marked`. */
  mark(node: Text): void;
  marked: MarkedTerm[];
}

function createMarker(root: Element, matcher: Matcher, options: MarkOptions): Marker {
  const headings = options.headings ?? false;
  const all = options.all ?? false;
  const marked: MarkedTerm[] = [];
  if (isExcluded(root, headings)) return { nodes: [], mark: () => undefined, marked };
  const doc = root.ownerDocument;
  const template = options.template;
  const seen = all ? new Map<Element, Set<string>>() : alreadyMarked(root);
  let empties = emptyScans.get(matcher);
  if (!empties) {
    empties = new WeakMap();
    emptyScans.set(matcher, empties);
  }
  const emptyTexts = empties;

  const mark = (node: Text): void => {
    const text = node.data;
    if (emptyTexts.get(node) === text) return;
    const matches = matcher.find(text);
    if (matches.length === 0) {
      emptyTexts.set(node, text);
      return;
    }
    const section = sectionOf(node, root);
    let terms = seen.get(section);
    if (!terms) {
      terms = new Set();
      seen.set(section, terms);
    }
    // The original node keeps the text before the first hit; the hits and the text between and after
    // them are built in a fragment and inserted after it in one go (one change to the page per node).
    const parent = node.parentNode as Node;
    const pieces = doc.createDocumentFragment();
    let last: Made | undefined;
    let cursor = 0;
    for (const match of matches) {
      if (!all) {
        if (terms.has(match.termId)) continue;
        terms.add(match.termId);
      }
      if (last && match.start > cursor) {
        last.rest = doc.createTextNode(text.slice(cursor, match.start));
        pieces.appendChild(last.rest);
      }
      const before = last ? undefined : text.slice(0, match.start);
      const element = template ? (template.cloneNode(false) as HTMLElement) : doc.createElement(TERM_TAG);
      const taken = text.slice(match.start, match.end);
      element.setAttribute('term', match.termId);
      element.textContent = taken;
      options.prepare?.(element, node);
      pieces.appendChild(element);
      if (before !== undefined) node.data = before;
      last = { text: taken, rest: null };
      made.set(element, last);
      marked.push({ element, termId: match.termId, section });
      cursor = match.end;
    }
    if (!last) return;
    if (cursor < text.length) {
      last.rest = doc.createTextNode(text.slice(cursor));
      pieces.appendChild(last.rest);
    }
    parent.insertBefore(pieces, node.nextSibling);
  };
  return { nodes: textNodesToMark(root, headings), mark, marked };
}

/**
 * Marks glossary terms in the text under `root` and returns the wrappers it made, in document order.
 * By default only the first occurrence of a term in each section is marked. Calling it again after
 * content was added marks only the new content: what is marked already is skipped and counts as seen.
 */
export function markTerms(root: Element, matcher: Matcher, options: MarkOptions = {}): MarkedTerm[] {
  const marker = createMarker(root, matcher, options);
  for (const node of marker.nodes) marker.mark(node);
  return marker.marked;
}

/**
 * Milliseconds of marking per slice. Below the 50 ms of a long task, and no smaller: the browser draws
 * between slices, and every frame drawn while marking redoes pre-paint and paint and waits for the
 * next frame. A 2,000-term glossary on 20,000 words (scripts/bench-matcher.ts) is marked in one or two
 * slices on a desktop and is drawn in about 100 ms; in 8 ms slices it took nine frames and ~25 ms longer.
 */
export const SLICE_MS = 40;

export interface SliceOptions {
  /** Milliseconds of marking per slice before the browser gets the main thread back (default SLICE_MS, 40). */
  budgetMs?: number;
  /** Called right after each slice, in the same task (e.g. to take a MutationObserver's records). */
  onSlice?: () => void;
  /** Stops marking between slices (what is marked stays). */
  signal?: AbortSignal;
}

/**
 * As `markTerms`, in slices of about `budgetMs`, each in its own task, so a long article with a large
 * glossary never blocks the page (input, scrolling) for long; the browser draws between slices. The
 * first slice runs at once: a short article is marked before this returns. Text changed or removed
 * between slices is read as it is then.
 */
export async function markTermsInSlices(root: Element, matcher: Matcher, options: MarkOptions & SliceOptions = {}): Promise<MarkedTerm[]> {
  const budget = options.budgetMs ?? SLICE_MS;
  const marker = createMarker(root, matcher, options);
  const { nodes } = marker;
  let index = 0;
  while (index < nodes.length) {
    if (options.signal?.aborted) break;
    const started = performance.now();
    do {
      const node = nodes[index++] as Text;
      if (node.parentNode && root.contains(node)) marker.mark(node);
    } while (index < nodes.length && performance.now() - started < budget);
    options.onSlice?.();
    if (index < nodes.length) await nextTask();
  }
  return marker.marked;
}

/** Resolves in a new task, after the browser has had the chance to draw. */
function nextTask(): Promise<void> {
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(undefined);
  });
}

/** Removes the wrappers markTerms made under `root` and restores the text nodes it cut, as they were. */
export function unmarkTerms(root: Element): void {
  for (const element of root.querySelectorAll(TERM_TAG)) {
    const record = made.get(element);
    if (!record) continue;
    made.delete(element);
    const before = element.previousSibling;
    let host: Text;
    if (before?.nodeType === Node.TEXT_NODE) {
      host = before as Text;
      host.data += record.text;
      element.remove();
    } else {
      host = root.ownerDocument.createTextNode(record.text);
      element.replaceWith(host);
    }
    const { rest } = record;
    if (rest && rest.parentNode === host.parentNode && rest.previousSibling === host) {
      host.data += rest.data;
      rest.remove();
    }
  }
}

// Highlights in the page's own text (CSS Custom Highlight API: no wrapper elements, the page's markup is
// never touched): the sentence and word being read aloud, and the editor view's longest sentences and
// words. Shared by the read-aloud code and the editor view, both loaded on first use.
import { adoptInScope, lazySheet } from '../core/scope-styles.js';

export const READING_HIGHLIGHT = 'borger-reading';
export const READING_WORD_HIGHLIGHT = 'borger-reading-word';
export const LIX_HIGHLIGHT = 'borger-lix';

type HighlightRegistry = Map<string, Highlight>;

// Engine fallback (docs/browsers.md): the CSS Custom Highlight API is in Chrome 105+, Firefox 140+ and
// Safari 17.2+; without it nothing is marked and the text is still read aloud.
function registry(): HighlightRegistry | undefined {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  return typeof Highlight === 'function' && css?.highlights ? css.highlights : undefined;
}

/** Whether the browser can highlight text without wrapping it (CSS Custom Highlight API). */
export function highlightsSupported(): boolean {
  return registry() !== undefined;
}

// `::highlight()` rules apply in the scope of the highlighted text: for the page's own (light DOM) text
// that is the document, not a widget's shadow root. A constructable stylesheet is allowed under a
// strict CSP (no 'unsafe-inline'), and it is added once per document or shadow root. Text decoration
// in longhands: WebKit drops a `text-decoration` shorthand that names more than the line (the word's
// underline is what tells it from the sentence where colours are forced).
/** @internal Exported for tests. */
export const HIGHLIGHT_CSS = `
::highlight(${READING_HIGHLIGHT}) { background-color: #fff1a8; color: #1a1a1a; }
::highlight(${READING_WORD_HIGHLIGHT}) { background-color: #ffd43b; color: #1a1a1a; text-decoration-line: underline; text-decoration-thickness: 2px; }
::highlight(${LIX_HIGHLIGHT}) { background-color: #fde2dd; color: #1a1a1a; text-decoration-line: underline; text-decoration-style: wavy; text-decoration-color: #b51d09; }
@media (forced-colors: active) {
  ::highlight(${READING_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; }
  ::highlight(${READING_WORD_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; text-decoration-line: underline; text-decoration-thickness: 3px; }
  ::highlight(${LIX_HIGHLIGHT}) { background-color: Mark; color: MarkText; }
}`;
const highlightSheet = lazySheet(() => HIGHLIGHT_CSS);

/** Adds the highlight styles to the document or shadow root `node` lives in (once). */
export function adoptHighlightStyles(node: Node): void {
  if (highlightsSupported()) adoptInScope(node, highlightSheet());
}

/**
 * Ranges one owner (an element) keeps in a named highlight. Several owners share the highlight (two
 * editor views on a page): each adds and removes only its own ranges.
 */
export class OwnedHighlight {
  private ranges: Range[] = [];
  constructor(private readonly name: string) {}

  set(ranges: readonly Range[]): void {
    const highlights = registry();
    if (!highlights) return;
    let highlight = highlights.get(this.name);
    for (const range of this.ranges) highlight?.delete(range);
    this.ranges = [...ranges];
    if (this.ranges.length === 0) {
      if (highlight?.size === 0) highlights.delete(this.name);
      return;
    }
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(this.name, highlight);
    }
    for (const range of this.ranges) highlight.add(range);
  }

  clear(): void {
    this.set([]);
  }
}

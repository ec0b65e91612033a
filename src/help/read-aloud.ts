// Reading a page's own text aloud, one sentence at a time, with the sentence being read highlighted in
// place (CSS Custom Highlight API: no wrapper elements, the page's markup is never touched).
//
// - `readableText(root)` flattens the light DOM into one string (blocks separated by blank lines, so a
//   heading or list item is a sentence of its own) and maps offsets back to DOM ranges.
// - `ReadAloud` speaks the sentences through core speech, one sentence at a time (core speech cuts a
//   long one into pieces of at most MAX_PIECE_LENGTH characters; the highlight still covers the whole
//   sentence), so it always knows which sentence is being read, even with voices that send no word
//   boundaries. Word boundaries, when a
//   voice sends them, move a second highlight over the word being read.

import { adoptInScope, lazySheet } from '../core/scope-styles.js';
import { canSpeak, currentVoice, listedVoices, onVoicesChanged, type SpeechHandle, speak, speechSupported } from '../core/speech.js';
import { type Sentence, splitSentences } from './sentences.js';

export const READING_HIGHLIGHT = 'borger-reading';
export const READING_WORD_HIGHLIGHT = 'borger-reading-word';
export const LIX_HIGHLIGHT = 'borger-lix';

// ---- The text of a light-DOM subtree, with offsets back into it ------------------------------------

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'br',
]);
const BLOCK_BREAK = '\n\n';

export interface TextMap {
  /** The text as a reader meets it; whitespace inside text nodes is turned into plain spaces. */
  text: string;
  /** A DOM range over `text.slice(start, end)`, or undefined when it is not (or no longer) in the DOM. */
  range(start: number, end: number): Range | undefined;
}

interface Segment {
  node: Text;
  start: number;
  end: number;
}

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  // Not shown: hidden text is not read, and `slot="…"` children belong to a named slot (e.g. an error message).
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('slot');
}

/** The readable text under `root` (its light DOM), with a way back from offsets to DOM ranges. */
export function readableText(root: Element): TextMap {
  const segments: Segment[] = [];
  let text = '';
  const blockBreak = () => {
    if (text !== '' && !text.endsWith(BLOCK_BREAK)) text += BLOCK_BREAK;
  };
  const walk = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data;
        if (data === '') continue;
        // Same length, so offsets stay valid: a line break in the page's source is a space on screen.
        segments.push({ node: node as Text, start: text.length, end: text.length + data.length });
        text += data.replace(/\s/gu, ' ');
      } else if (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node as Element)) {
        const block = BLOCKS.has((node as Element).localName);
        if (block) blockBreak();
        walk(node);
        if (block) blockBreak();
      }
    }
  };
  walk(root);

  const locate = (offset: number, preferEnd: boolean): { node: Text; offset: number } | undefined => {
    for (const segment of segments) {
      const inside = preferEnd ? offset > segment.start && offset <= segment.end : offset >= segment.start && offset < segment.end;
      if (inside) return { node: segment.node, offset: offset - segment.start };
    }
    return undefined;
  };
  return {
    text,
    range(start, end) {
      const from = locate(start, false);
      const to = locate(end, true);
      if (!from || !to || !from.node.isConnected || !to.node.isConnected) return undefined;
      // The page may have changed the text since it was read: a stale offset must not throw.
      if (from.offset > from.node.length || to.offset > to.node.length) return undefined;
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}

// ---- Highlights -----------------------------------------------------------------------------------

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

// ---- Reading aloud --------------------------------------------------------------------------------

export type ReadingState = 'idle' | 'reading' | 'paused';
export type ReadingAction = 'start' | 'pause' | 'resume' | 'stop' | 'end';
export type VoiceState = 'checking' | 'yes' | 'no' | 'unsupported';

export interface ReadAloudOptions {
  /** Called on every change of state, with what happened (`stop` also after a failure). */
  onChange: (action: ReadingAction) => void;
  /** Called when a voice check for a language has finished. */
  onVoices?: () => void;
}

// Only one reading at a time on a page: core speech stops the earlier one when a new one starts.
let activeReading: ReadAloud | undefined;

/** Reads the text of a light-DOM subtree aloud, sentence by sentence, and highlights what is being read. */
export class ReadAloud {
  state: ReadingState = 'idle';
  /** The last reading failed (the browser reported an error). */
  failed = false;
  /** Speaking rate for the next sentence (1 is normal). */
  rate = 1;
  lang = 'da';
  private sentences: Sentence[] = [];
  private index = 0;
  private handle: SpeechHandle | undefined;
  private generation = 0;
  private readonly voices = new Map<string, VoiceState>();
  private readonly sentenceHighlight = new OwnedHighlight(READING_HIGHLIGHT);
  private readonly wordHighlight = new OwnedHighlight(READING_WORD_HIGHLIGHT);

  constructor(
    private readonly root: Element,
    private readonly options: ReadAloudOptions,
  ) {}

  /**
   * Whether text in `lang` can be read aloud; the first call for a language starts the check. The answer
   * follows every change of the browser's voice list (a voice that arrives late turns "no" into "yes",
   * with `onVoices`), until `dispose`.
   */
  voiceState(lang: string): VoiceState {
    if (!speechSupported()) return 'unsupported';
    this.watchVoices();
    const known = this.voices.get(lang);
    if (known) return known;
    if (currentVoice(lang)) {
      this.voices.set(lang, 'yes');
      return 'yes';
    }
    // The browser has listed its voices and none fits: "no" for now; a later `voiceschanged` may
    // still bring one (Chrome's list grows in steps).
    if (listedVoices().length > 0) {
      this.voices.set(lang, 'no');
      return 'no';
    }
    this.voices.set(lang, 'checking');
    void canSpeak(lang).then((ok) => {
      // A `voiceschanged` may have answered first.
      if (this.voices.get(lang) !== 'checking') return;
      this.voices.set(lang, ok ? 'yes' : 'no');
      this.options.onVoices?.();
    });
    return 'checking';
  }

  /**
   * Reads the browser's voice list again, now (the citizen pressed "Lyt"): a voice that came without a
   * `voiceschanged` (Safari) or after the first check counts, and one that went away no longer does.
   */
  refreshVoice(lang: string): VoiceState {
    if (!speechSupported()) return 'unsupported';
    if (currentVoice(lang)) {
      this.voices.set(lang, 'yes');
      return 'yes';
    }
    const known = this.voiceState(lang);
    if (known !== 'yes' && (known !== 'checking' || listedVoices().length === 0)) return known;
    this.voices.set(lang, 'no');
    return 'no';
  }

  /** Stops following the browser's voice list (the element left the page); `voiceState` starts again. */
  dispose(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  private unwatch: (() => void) | undefined;

  private watchVoices(): void {
    if (this.unwatch) return;
    this.unwatch = onVoicesChanged(() => {
      let changed = false;
      for (const [lang, state] of this.voices) {
        const next: VoiceState = currentVoice(lang) ? 'yes' : listedVoices().length > 0 || state !== 'checking' ? 'no' : 'checking';
        if (next === state) continue;
        this.voices.set(lang, next);
        changed = true;
      }
      if (changed) this.options.onVoices?.();
    });
  }

  /** Reads the root's text in `lang` from the start. */
  start(lang: string): void {
    this.stopQuietly();
    const text = readableText(this.root).text;
    this.sentences = splitSentences(text);
    this.lang = lang;
    this.failed = false;
    if (this.sentences.length === 0) return;
    activeReading?.stop();
    activeReading = this;
    adoptHighlightStyles(this.root);
    this.index = 0;
    this.state = 'reading';
    this.options.onChange('start');
    this.sayCurrent();
  }

  pause(): void {
    if (this.state !== 'reading') return;
    this.state = 'paused';
    this.handle?.pause();
    this.options.onChange('pause');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'reading';
    this.handle?.resume();
    this.options.onChange('resume');
  }

  /** Stops reading (the citizen asked, or the element left the page). */
  stop(): void {
    if (this.state === 'idle') return;
    this.stopQuietly();
    this.options.onChange('stop');
  }

  /** The sentence being read now, or undefined. */
  get current(): Sentence | undefined {
    return this.state === 'idle' ? undefined : this.sentences[this.index];
  }

  private stopQuietly(): void {
    this.generation++;
    this.state = 'idle';
    const handle = this.handle;
    this.handle = undefined;
    handle?.stop();
    if (activeReading === this) activeReading = undefined;
    this.sentenceHighlight.clear();
    this.wordHighlight.clear();
  }

  private sayCurrent(): void {
    const sentence = this.sentences[this.index];
    if (!sentence) {
      this.finish();
      return;
    }
    const generation = this.generation;
    this.highlight(sentence.start, sentence.end);
    this.wordHighlight.clear();
    // The page's line breaks and indentation are not part of what is said.
    const spoken = sentence.text.replace(/\s+/gu, ' ');
    this.handle = speak(spoken, {
      lang: this.lang,
      rate: this.rate,
      split: (text) => [{ start: 0, end: text.length }],
      onBoundary: (charIndex) => {
        if (generation === this.generation) this.highlightWord(sentence, charIndex);
      },
      onEnd: () => {
        if (generation !== this.generation) return;
        this.index++;
        this.sayCurrent();
      },
      // Another reading (the guide's, another help's) took over: this one stops, it does not go on
      // with its next sentence.
      onInterrupted: () => {
        if (generation !== this.generation) return;
        this.stop();
      },
      onError: () => {
        if (generation !== this.generation) return;
        this.stopQuietly();
        this.failed = true;
        this.options.onChange('stop');
      },
    });
  }

  private finish(): void {
    this.stopQuietly();
    this.options.onChange('end');
  }

  private highlight(start: number, end: number): void {
    // Mapped afresh each time: marking terms splits text nodes, but leaves the text itself as it was.
    const range = readableText(this.root).range(start, end);
    this.sentenceHighlight.set(range ? [range] : []);
  }

  /** `charIndex` counts in the spoken text, whose whitespace runs are single spaces. */
  private highlightWord(sentence: Sentence, charIndex: number): void {
    let at = 0;
    let spokenAt = 0;
    // Walk the sentence as written until the spoken offset is reached.
    while (at < sentence.text.length && spokenAt < charIndex) {
      if (/\s/u.test(sentence.text[at] as string)) {
        while (at + 1 < sentence.text.length && /\s/u.test(sentence.text[at + 1] as string)) at++;
      }
      at++;
      spokenAt++;
    }
    const rest = sentence.text.slice(at);
    const word = /^[\p{L}\p{N}\p{M}\u00ad-]+/u.exec(rest)?.[0];
    if (!word) return;
    const range = readableText(this.root).range(sentence.start + at, sentence.start + at + word.length);
    this.wordHighlight.set(range ? [range] : []);
  }
}

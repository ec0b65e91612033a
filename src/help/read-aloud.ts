// Reading a page's own text aloud, one sentence at a time, with the sentence being read highlighted in
// place (CSS Custom Highlight API: no wrapper elements, the page's markup is never touched). Loaded on
// the citizen's first "Lyt" (help.element.ts), never in <borger-help>'s first download.
//
// - `readableText(root)` (read-aloud-text.ts) flattens the light DOM into one string (blocks separated
//   by blank lines, so a heading or list item is a sentence of its own) and maps offsets back to ranges.
// - `ReadAloud` speaks the sentences through core speech, one sentence at a time (core speech cuts a
//   long one into pieces of at most MAX_PIECE_LENGTH characters; the highlight still covers the whole
//   sentence), so it always knows which sentence is being read, even with voices that send no word
//   boundaries. Word boundaries, when a voice sends them, move a second highlight over the word being read.

import { canSpeak, currentVoice, listedVoices, onVoicesChanged, type SpeechHandle, speak, speechSupported } from '../core/speech.js';
import { adoptHighlightStyles, OwnedHighlight, READING_HIGHLIGHT, READING_WORD_HIGHLIGHT } from './read-aloud-highlights.js';
import { readableText } from './read-aloud-text.js';
import { type Sentence, splitSentences } from './sentences.js';

export {
  adoptHighlightStyles,
  HIGHLIGHT_CSS,
  highlightsSupported,
  LIX_HIGHLIGHT,
  OwnedHighlight,
  READING_HIGHLIGHT,
  READING_WORD_HIGHLIGHT,
} from './read-aloud-highlights.js';
export { readableText, type TextMap } from './read-aloud-text.js';

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

  /**
   * `refreshVoice`, but when the browser has listed no voices yet (the first "Lyt" can come before its
   * list has loaded) the answer waits for them, at most `canSpeak`'s 2 s: "yes" or "no", never "checking".
   */
  async settledVoice(lang: string): Promise<VoiceState> {
    const now = this.refreshVoice(lang);
    if (now !== 'checking') return now;
    const state: VoiceState = (await canSpeak(lang)) || currentVoice(lang) ? 'yes' : 'no';
    this.voices.set(lang, state);
    return state;
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

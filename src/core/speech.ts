// Read-aloud over the Web Speech API, shared by the guide and the help widget. Everything degrades to
// "not available" when the browser has no speech synthesis (or no voice for the language): callers show
// their read-aloud button only when a voice exists, and follow `onVoicesChanged`, because browsers load
// voices late and in steps (Chrome: the first `voiceschanged` may list only some languages; a network
// voice may come seconds after load). Text is spoken in short pieces: one sentence per utterance, and no
// utterance longer than `MAX_PIECE_LENGTH` characters, because Chrome's network voices stop after about
// 15 seconds of speech.
//
// Engines: Chrome/Edge (local and network voices, late `voiceschanged`), Safari (voices at once, often
// no `voiceschanged`: voices are re-read whenever the citizen presses a read-aloud button) and Firefox
// (the system's voices; none on many Linux desktops, where the widgets say so).
import { synthesis } from './speech-support.js';

export interface SpeakOptions {
  /** Language of the text (BCP 47, e.g. "da" or "da-DK"); picks the voice. */
  lang: string;
  /** Speaking rate, 0.1–10 (1 is normal). */
  rate?: number;
  /** A word is about to be spoken; `charIndex` counts from the start of the whole text. */
  onBoundary?: (charIndex: number) => void;
  /** Speech is over: finished or stopped with `stop()` (and cut off by a newer `speak`, without `onInterrupted`). Called once. */
  onEnd?: () => void;
  /**
   * A newer `speak` call (another widget's, or this one's) cut this speech off. Called once, instead of
   * `onEnd`: an owner that reads a text piece by piece must not go on with its next piece.
   */
  onInterrupted?: () => void;
  /** Speech failed (e.g. "synthesis-failed", or "not-supported" without speech synthesis). Called once, instead of `onEnd`. */
  onError?: (error: string) => void;
  /**
   * Splits the text into pieces spoken one by one, as `[start, end)` ranges (the help widget passes its
   * Danish sentence splitter). Default: sentence ends (". ", "! ", "? ") and line breaks. Pieces longer
   * than `MAX_PIECE_LENGTH` are split further (`capPieces`), whatever the split.
   */
  split?: (text: string) => readonly { start: number; end: number }[];
}

export interface SpeechHandle {
  pause(): void;
  resume(): void;
  /** Stops speaking; `onEnd` is called. Safe to call more than once. */
  stop(): void;
}

export { speechSupported } from './speech-support.js';

const normalise = (lang: string) => lang.trim().replace(/_/g, '-').toLowerCase();
const base = (lang: string) => normalise(lang).split('-')[0] ?? '';

/**
 * The best voice for `lang` among `voices`, or undefined. Only voices of the same base language count
 * ("da" for "da-DK"). Among them a voice on the device (`localService`) comes before a network voice,
 * so the text leaves the device only when it must; then the exact language ("en-GB" for "en-GB") before
 * the base language; then the browser's default voice; then the browser's order.
 */
export function matchVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const wanted = normalise(lang);
  if (!wanted) return undefined;
  const rank = (voice: SpeechSynthesisVoice) =>
    (voice.localService ? 4 : 0) + (normalise(voice.lang) === wanted ? 2 : 0) + (voice.default ? 1 : 0);
  let best: SpeechSynthesisVoice | undefined;
  for (const voice of voices) {
    if (base(voice.lang) !== base(wanted)) continue;
    if (!best || rank(voice) > rank(best)) best = voice;
  }
  return best;
}

/** The voices the browser lists right now (none yet, in Chrome, until its first `voiceschanged`). */
export function listedVoices(): readonly SpeechSynthesisVoice[] {
  return synthesis()?.synth.getVoices() ?? [];
}

/** The voice for `lang` among the voices the browser lists right now (no waiting), or undefined. */
export function currentVoice(lang: string): SpeechSynthesisVoice | undefined {
  return matchVoice(listedVoices(), lang);
}

// Browsers announce every change of their voice list with `voiceschanged` (Chrome several times while
// loading). One listener per speech synthesis object serves every subscriber.
const watchers = new WeakMap<SpeechSynthesis, Set<() => void>>();

/**
 * Calls `listener` after every `voiceschanged` of the page's speech synthesis (voices arrived, the list
 * grew or shrank). Returns the function that unsubscribes. Without speech synthesis it never calls.
 */
export function onVoicesChanged(listener: () => void): () => void {
  const found = synthesis();
  if (!found) return () => {};
  const { synth } = found;
  let listeners = watchers.get(synth);
  if (!listeners) {
    const set = new Set<() => void>();
    listeners = set;
    watchers.set(synth, set);
    synth.addEventListener?.('voiceschanged', () => {
      for (const each of [...set]) each();
    });
  }
  listeners.add(listener);
  const own = listeners;
  return () => {
    own.delete(listener);
  };
}

/**
 * The voice for `lang`: at once if the browser lists one, else the first that a `voiceschanged` brings
 * within `timeoutMs` (default 2000 ms); undefined after that. A voice that comes later still is seen by
 * `onVoicesChanged` subscribers and by `currentVoice`.
 */
export async function voiceFor(lang: string, options: { timeoutMs?: number } = {}): Promise<SpeechSynthesisVoice | undefined> {
  const found = synthesis();
  if (!found) return undefined;
  const now = matchVoice(found.synth.getVoices(), lang);
  if (now) return now;
  return new Promise((resolve) => {
    const done = (voice: SpeechSynthesisVoice | undefined) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(voice);
    };
    const timer = setTimeout(() => done(matchVoice(found.synth.getVoices(), lang)), options.timeoutMs ?? 2000);
    const unsubscribe = onVoicesChanged(() => {
      const voice = matchVoice(found.synth.getVoices(), lang);
      if (voice) done(voice);
    });
  });
}

/** Whether text in `lang` can be read aloud here: speech synthesis exists and has (or gets, within `timeoutMs`) a voice for the language. */
export async function canSpeak(lang: string, options: { timeoutMs?: number } = {}): Promise<boolean> {
  return (await voiceFor(lang, options)) !== undefined;
}

/** Default split: after ". ", "! ", "? ", "… " (with closing quotes or brackets) and at line breaks. */
export function splitForSpeech(text: string): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  const ends = /[.!?…]+["'”’»)\]]*(?=\s)|\n/g;
  let from = 0;
  const add = (to: number) => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) pieces.push({ start: from + lead, end: from + lead + trimmed.length });
    from = to;
  };
  for (let match = ends.exec(text); match; match = ends.exec(text)) add(match.index + match[0].length);
  add(text.length);
  return pieces;
}

/**
 * The longest piece `speak` hands to the browser, in characters (UTF-16 units). About 12–15 seconds of
 * Danish at a normal rate: Chrome's network voices stop after about 15 seconds of one utterance.
 */
export const MAX_PIECE_LENGTH = 220;

// A clause ends after a comma, semicolon, colon or dash followed by a space (or a closing bracket).
const CLAUSE_END = /[,;:\u2013\u2014)\]]+(?=\s)/gu;

/**
 * Splits every piece longer than `max` characters into pieces of at most `max`: at the last clause
 * punctuation that leaves a piece of at least a third of `max`, else between words, else (one word
 * longer than `max`, e.g. a web address) at `max`, never inside a surrogate pair. Offsets stay offsets
 * into `text`; the pieces are trimmed of spaces.
 */
export function capPieces(
  text: string,
  pieces: readonly { start: number; end: number }[],
  max: number = MAX_PIECE_LENGTH,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start] as string)) start++;
    while (end > start && /\s/u.test(text[end - 1] as string)) end--;
    if (end > start) out.push({ start, end });
  };
  for (const piece of pieces) {
    let start = piece.start;
    while (piece.end - start > max) {
      const window = text.slice(start, start + max + 1);
      let cut = 0;
      for (const match of window.matchAll(CLAUSE_END)) {
        const after = match.index + match[0].length;
        if (after <= max && after >= max / 3) cut = after;
      }
      if (cut === 0) {
        const space = window.search(/\s\S*$/u);
        cut = space > 0 ? space : max;
      }
      // Never between the two halves of a surrogate pair.
      if (/[\uD800-\uDBFF]/u.test(text[start + cut - 1] ?? '')) cut--;
      push(start, start + cut);
      start += cut;
    }
    push(start, piece.end);
  }
  return out;
}

// The speech going on now, from whichever widget: a newer `speak` cuts it off.
let current: { cutOff: () => void } | undefined;

const QUIET_ERRORS = new Set(['interrupted', 'canceled']);

/**
 * Reads `text` aloud, one piece after another (pieces from `options.split`, capped at
 * `MAX_PIECE_LENGTH`), with the best voice for `options.lang` among the voices the browser lists at this
 * moment (`matchVoice`). Speech already going on (from this page, any widget) is cut off first: its
 * owner hears `onInterrupted` (or `onEnd`). Without speech synthesis it does nothing and reports
 * `onError("not-supported")`.
 */
export function speak(text: string, options: SpeakOptions): SpeechHandle {
  current?.cutOff();
  const found = synthesis();
  if (!found) {
    queueMicrotask(() => options.onError?.('not-supported'));
    return { pause() {}, resume() {}, stop() {} };
  }
  const { synth, Utterance } = found;
  const pieces = capPieces(
    text,
    (options.split ?? splitForSpeech)(text).filter((piece) => piece.end > piece.start),
  );
  const voice = matchVoice(synth.getVoices(), options.lang);
  const rate = Math.min(Math.max(options.rate ?? 1, 0.1), 10);
  let over = false;
  let spoken: SpeechSynthesisUtterance | undefined;

  const finish = (error?: string, interrupted = false) => {
    if (over) return;
    over = true;
    if (current === handle) current = undefined;
    if (error !== undefined) options.onError?.(error);
    else if (interrupted && options.onInterrupted) options.onInterrupted();
    else options.onEnd?.();
  };

  const sayPiece = (index: number) => {
    const piece = pieces[index];
    if (over) return;
    if (!piece) return finish();
    const utterance = new Utterance(text.slice(piece.start, piece.end));
    utterance.lang = voice?.lang ?? options.lang;
    if (voice) utterance.voice = voice;
    utterance.rate = rate;
    utterance.addEventListener('boundary', (event) => {
      if (!over) options.onBoundary?.(piece.start + (event as SpeechSynthesisEvent).charIndex);
    });
    utterance.addEventListener('end', () => {
      if (spoken === utterance) sayPiece(index + 1);
    });
    utterance.addEventListener('error', (event) => {
      const code = (event as SpeechSynthesisErrorEvent).error ?? 'synthesis-failed';
      if (spoken !== utterance || over) return;
      // Cancelled by someone else (another script on the page called speechSynthesis.cancel()).
      if (QUIET_ERRORS.has(code)) finish(undefined, true);
      else {
        synth.cancel();
        finish(code);
      }
    });
    spoken = utterance;
    synth.speak(utterance);
  };

  const handle: SpeechHandle & { cutOff: () => void } = {
    pause: () => {
      if (!over) synth.pause();
    },
    resume: () => {
      if (!over) synth.resume();
    },
    stop: () => {
      if (over) return;
      spoken = undefined;
      synth.cancel();
      finish();
    },
    // The newer speech cancels the browser's queue itself, right after.
    cutOff: () => {
      if (over) return;
      spoken = undefined;
      finish(undefined, true);
    },
  };
  current = handle;
  // A pause left over from earlier speech would keep the new speech silent.
  synth.cancel();
  if (synth.paused) synth.resume();
  sayPiece(0);
  return handle;
}

// Read-aloud over the Web Speech API, shared by the guide and the help widget. Everything degrades to
// "not available" when the browser has no speech synthesis (or no voice for the language): callers show
// their read-aloud button only when `canSpeak` says yes. Text is spoken one sentence per utterance,
// because long utterances stop half-way in some browsers (Chrome cuts off after about 15 seconds).

export interface SpeakOptions {
  /** Language of the text (BCP 47, e.g. "da" or "da-DK"); picks the voice. */
  lang: string;
  /** Speaking rate, 0.1–10 (1 is normal). */
  rate?: number;
  /** A word is about to be spoken; `charIndex` counts from the start of the whole text. */
  onBoundary?: (charIndex: number) => void;
  /** Speech is over: finished, stopped with `stop()`, or cut off by a newer `speak`. Called once. */
  onEnd?: () => void;
  /** Speech failed (e.g. "synthesis-failed", or "not-supported" without speech synthesis). Called once, instead of `onEnd`. */
  onError?: (error: string) => void;
  /**
   * Splits the text into pieces spoken one by one, as `[start, end)` ranges (the help widget passes its
   * Danish sentence splitter). Default: sentence ends (". ", "! ", "? ") and line breaks.
   */
  split?: (text: string) => readonly { start: number; end: number }[];
}

export interface SpeechHandle {
  pause(): void;
  resume(): void;
  /** Stops speaking; `onEnd` is called. Safe to call more than once. */
  stop(): void;
}

type UtteranceConstructor = new (text?: string) => SpeechSynthesisUtterance;

/** The page's speech synthesis, looked up on each call (tests and polyfills may replace it). */
function synthesis(): { synth: SpeechSynthesis; Utterance: UtteranceConstructor } | undefined {
  const scope = globalThis as unknown as { speechSynthesis?: SpeechSynthesis; SpeechSynthesisUtterance?: UtteranceConstructor };
  const synth = scope.speechSynthesis;
  const Utterance = scope.SpeechSynthesisUtterance;
  if (!synth || typeof synth.speak !== 'function' || typeof Utterance !== 'function') return undefined;
  return { synth, Utterance };
}

/** Whether the browser has speech synthesis at all (voices may still be missing). */
export function speechSupported(): boolean {
  return synthesis() !== undefined;
}

const normalise = (lang: string) => lang.trim().replace(/_/g, '-').toLowerCase();
const base = (lang: string) => normalise(lang).split('-')[0] ?? '';

/** The best voice for `lang` among `voices`: the exact language first, then the base language; the default voice wins ties. */
export function matchVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const wanted = normalise(lang);
  if (!wanted) return undefined;
  const best = (candidates: SpeechSynthesisVoice[]) => candidates.find((voice) => voice.default) ?? candidates[0];
  return (
    best(voices.filter((voice) => normalise(voice.lang) === wanted)) ?? best(voices.filter((voice) => base(voice.lang) === base(wanted)))
  );
}

// Browsers load voices lazily and say so with one `voiceschanged` event; every caller waits for the same one.
const waiting = new WeakMap<SpeechSynthesis, Promise<readonly SpeechSynthesisVoice[]>>();

function voicesOf(synth: SpeechSynthesis, timeoutMs: number): Promise<readonly SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  let pending = waiting.get(synth);
  if (!pending) {
    pending = new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        synth.removeEventListener?.('voiceschanged', done);
        waiting.delete(synth);
        resolve(synth.getVoices());
      };
      const timer = setTimeout(done, timeoutMs);
      synth.addEventListener?.('voiceschanged', done);
    });
    waiting.set(synth, pending);
  }
  return pending;
}

/** The voice for `lang`, waiting (once, at most `timeoutMs`) for the browser to load its voices. */
export async function voiceFor(lang: string, options: { timeoutMs?: number } = {}): Promise<SpeechSynthesisVoice | undefined> {
  const found = synthesis();
  if (!found) return undefined;
  return matchVoice(await voicesOf(found.synth, options.timeoutMs ?? 2000), lang);
}

/** Whether text in `lang` can be read aloud here: speech synthesis exists and has a voice for the language. */
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

let current: { stop: () => void } | undefined;

const QUIET_ERRORS = new Set(['interrupted', 'canceled']);

/**
 * Reads `text` aloud, one piece after another. Any speech already going on (from this page) is stopped
 * first. Without speech synthesis it does nothing and reports `onError("not-supported")`.
 */
export function speak(text: string, options: SpeakOptions): SpeechHandle {
  current?.stop();
  const found = synthesis();
  if (!found) {
    queueMicrotask(() => options.onError?.('not-supported'));
    return { pause() {}, resume() {}, stop() {} };
  }
  const { synth, Utterance } = found;
  const pieces = (options.split ?? splitForSpeech)(text).filter((piece) => piece.end > piece.start);
  const voice = matchVoice(synth.getVoices(), options.lang);
  const rate = Math.min(Math.max(options.rate ?? 1, 0.1), 10);
  let over = false;
  let spoken: SpeechSynthesisUtterance | undefined;

  const finish = (error?: string) => {
    if (over) return;
    over = true;
    if (current === handle) current = undefined;
    if (error === undefined) options.onEnd?.();
    else options.onError?.(error);
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
      if (QUIET_ERRORS.has(code)) finish();
      else {
        synth.cancel();
        finish(code);
      }
    });
    spoken = utterance;
    synth.speak(utterance);
  };

  const handle: SpeechHandle & { stop: () => void } = {
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
  };
  current = handle;
  // A pause left over from earlier speech would keep the new speech silent.
  synth.cancel();
  if (synth.paused) synth.resume();
  sayPiece(0);
  return handle;
}

// Whether the browser can speak at all: the one question a widget asks before its read-aloud code has
// loaded (it decides whether the "Lyt" button is shown). Its own tiny module, so that asking it does
// not pull core/speech.ts into a widget's first download.

type UtteranceConstructor = new (text?: string) => SpeechSynthesisUtterance;

// Engine fallback (docs/browsers.md): every current engine has speechSynthesis, but voices differ by
// engine and device (none in headless Firefox on Linux); without it, or without a voice for the
// language, the read-aloud controls say so in place instead of reading.
/** The page's speech synthesis, looked up on each call (tests and polyfills may replace it). */
export function synthesis(): { synth: SpeechSynthesis; Utterance: UtteranceConstructor } | undefined {
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

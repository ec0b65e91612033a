// Stand-ins for `window.speechSynthesis` and `SpeechSynthesisUtterance`: they record what would be said
// (text, language, rate, voice) and let a test fire `boundary`, `end`, `error` and `voiceschanged`.
// No audio, no real voices.

export class FakeUtterance extends EventTarget {
  lang = '';
  rate = 1;
  pitch = 1;
  volume = 1;
  voice: SpeechSynthesisVoice | null = null;
  constructor(public text = '') {
    super();
  }
}

/** A voice; `localService: false` is a network voice (the text is sent to the vendor's server). */
export const fakeVoice = (lang: string, name = `Voice ${lang}`, isDefault = false, localService = true) =>
  ({ lang, name, default: isDefault, localService, voiceURI: name }) as SpeechSynthesisVoice;

export class FakeSynthesis extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  /** Every utterance handed to `speak`, in order. */
  spoken: FakeUtterance[] = [];
  paused = false;
  cancels = 0;
  pauses = 0;
  resumes = 0;
  private queue: FakeUtterance[] = [];

  get speaking(): boolean {
    return this.queue.length > 0;
  }
  get pending(): boolean {
    return this.queue.length > 1;
  }
  /** The utterance being "spoken" now. */
  get current(): FakeUtterance | undefined {
    return this.queue[0];
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }
  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (this.queue.length === 1) utterance.dispatchEvent(new Event('start'));
  }
  cancel(): void {
    this.cancels++;
    const dropped = this.queue;
    this.queue = [];
    this.paused = false;
    // Browsers report the utterance cut off as an "interrupted" error.
    for (const utterance of dropped) utterance.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
  }
  pause(): void {
    this.pauses++;
    this.paused = true;
  }
  resume(): void {
    this.resumes++;
    this.paused = false;
  }

  // --- What the test makes happen ---
  boundary(charIndex: number): void {
    this.current?.dispatchEvent(Object.assign(new Event('boundary'), { charIndex, name: 'word' }));
  }
  /** The current utterance is done; the next one in the queue starts. */
  finish(): void {
    const done = this.queue.shift();
    done?.dispatchEvent(new Event('end'));
    this.current?.dispatchEvent(new Event('start'));
  }
  fail(error: string): void {
    const failed = this.queue.shift();
    failed?.dispatchEvent(Object.assign(new Event('error'), { error }));
  }
  loadVoices(voices: SpeechSynthesisVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

const originalSynthesis = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
const originalUtterance = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');

/** Replaces the page's speech synthesis with `fake` (or removes it, for `undefined`). */
export function installSpeech(fake: FakeSynthesis | undefined): void {
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: fake ? FakeUtterance : undefined,
    configurable: true,
    writable: true,
  });
}

export function restoreSpeech(): void {
  for (const [name, descriptor] of [
    ['speechSynthesis', originalSynthesis],
    ['SpeechSynthesisUtterance', originalUtterance],
  ] as const) {
    if (descriptor) Object.defineProperty(window, name, descriptor);
    else delete (window as unknown as Record<string, unknown>)[name];
  }
}

/** Field case 04: one sentence of 539 characters, with many commas and no full stop. */
export const LONG_SENTENCE =
  'Hvis du er flyttet til en anden kommune, og din nye adresse er registreret i Folkeregistret, og du har valgt en ny læge i den nye kommune, eller hvis du har ændret lægevalg inden for de seneste tre måneder og ikke har modtaget et nyt kort inden for fire uger efter ændringen, skal du kontakte Borgerservice i den kommune, hvor du bor nu, så vi kan undersøge, om dit kort er blevet sendt til en forkert adresse, og om der skal bestilles et erstatningskort, som du i givet fald vil få tilsendt uden beregning til din nye folkeregisteradresse';

// Read-aloud state for an element: which languages have a voice, what is being read, whether it failed.
// The element asks `canRead(lang)` while rendering (the check runs once per language, in the background,
// and re-renders when a voice turns up) and calls `toggle(text, lang)` from its button.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canSpeak, type SpeechHandle, speak } from '../core/speech.js';

export class ReadAloudController implements ReactiveController {
  /** Text is being read now. */
  speaking = false;
  /** The last reading failed (the element says so). */
  failed = false;
  private handle: SpeechHandle | undefined;
  private token = 0;
  private readonly voices = new Map<string, boolean>();
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Whether a voice for `lang` is known to exist; the first call for a language starts the check. */
  canRead(lang: string): boolean {
    if (!this.voices.has(lang)) {
      this.voices.set(lang, false);
      void canSpeak(lang).then((ok) => {
        if (!ok) return;
        this.voices.set(lang, true);
        this.host.requestUpdate();
      });
    }
    return this.voices.get(lang) === true;
  }

  /** Starts reading `text`, or stops the reading going on. */
  toggle(text: string, lang: string): void {
    if (this.handle) {
      this.stop();
      return;
    }
    const token = ++this.token;
    const done = (failed: boolean) => {
      if (token !== this.token) return;
      this.handle = undefined;
      this.speaking = false;
      this.failed = failed;
      this.host.requestUpdate();
    };
    this.speaking = true;
    this.failed = false;
    const handle = speak(text, { lang, onEnd: () => done(false), onError: () => done(true) });
    // Text with nothing to say ends at once, inside `speak`.
    if (token === this.token && this.speaking) this.handle = handle;
    this.host.requestUpdate();
  }

  /** Stops reading (the step changed, or the citizen asked); forgets an earlier failure. */
  stop(): void {
    this.handle?.stop();
    this.failed = false;
  }
}

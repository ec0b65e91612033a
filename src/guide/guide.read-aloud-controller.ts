// Read-aloud state for an element: which languages have a voice, what is being read, whether it failed.
// The element asks `canRead(lang)` while rendering (the check runs once per language, in the background)
// and calls `toggle(text, lang)` from its button. The answer follows the browser's voice list for as long
// as the element is on the page: a voice that arrives late, or a list that grows, shows the button.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canSpeak, currentVoice, onVoicesChanged, type SpeechHandle, speak } from '../core/speech.js';

export class ReadAloudController implements ReactiveController {
  /** Text is being read now. */
  speaking = false;
  /** The last reading failed (the element says so). */
  failed = false;
  private handle: SpeechHandle | undefined;
  private token = 0;
  private readonly voices = new Map<string, boolean>();
  private readonly host: ReactiveControllerHost;
  private unwatch: (() => void) | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.unwatch ??= onVoicesChanged(() => this.recheck());
  }

  hostDisconnected(): void {
    this.stop();
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** Whether a voice for `lang` is known to exist; the first call for a language starts the check. */
  canRead(lang: string): boolean {
    if (!this.voices.has(lang)) {
      this.voices.set(lang, currentVoice(lang) !== undefined);
      void canSpeak(lang).then((ok) => {
        if (!ok || this.voices.get(lang)) return;
        this.voices.set(lang, true);
        this.host.requestUpdate();
      });
    }
    return this.voices.get(lang) === true;
  }

  /** The browser's voice list changed: each language asked for so far is answered again. */
  private recheck(): void {
    let changed = false;
    for (const [lang, had] of this.voices) {
      const has = currentVoice(lang) !== undefined;
      if (has === had) continue;
      this.voices.set(lang, has);
      changed = true;
    }
    if (changed) this.host.requestUpdate();
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
    // `speak` reads the voice list afresh and takes the best voice there is now.
    const handle = speak(text, { lang, onEnd: () => done(false), onInterrupted: () => done(false), onError: () => done(true) });
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

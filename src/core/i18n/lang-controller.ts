// Keeps an element's resolved locale in step with its own `lang` and its ancestors', re-rendering on change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestLangAttribute } from './lang.js';
import { type Locale, resolveLocale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole document, however many widgets are on the page.
const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

function observeDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of hosts) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The element's one resolved locale (see locale.ts): `lang` is the language of every text it shows
 * and of its `lang` mark, `dir` its direction, `intl` the locale for dates, times and numbers.
 */
export class LangController implements ReactiveController {
  locale: Locale = resolveLocale(null, ['da', 'en']);
  private readonly host: Host;
  private readonly languages: () => readonly string[];

  /** @param languages - the languages the element has complete texts in (read lazily, at connection). */
  constructor(host: Host, languages: () => readonly string[] = () => ['da', 'en']) {
    this.host = host;
    this.languages = languages;
    host.addController(this);
  }

  /** The language shown ("da", "en", "ar"): texts, `lang` mark, Intl. */
  get lang(): string {
    return this.locale.lang;
  }

  get dir(): 'ltr' | 'rtl' {
    return this.locale.dir;
  }

  get intl(): string {
    return this.locale.intl;
  }

  hostConnected(): void {
    hosts.add(this);
    observeDocument();
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  refresh(): void {
    const next = resolveLocale(nearestLangAttribute(this.host), this.languages());
    const now = this.locale;
    if (next.lang === now.lang && next.requested === now.requested) return;
    this.locale = next;
    this.host.requestUpdate();
  }
}

// Keeps an element's resolved locale in step with its own `lang` and its ancestors', re-rendering on change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, type Locale, resolveLocale } from './locale.js';
import { nearestLangAttribute } from './lang.js';
import { type Catalogs, completeLanguages, languageLoaded, loadLanguage } from './translate.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Languages whose failed download the console has been told about. */
const reported = new Set<string>();

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
 * How long an element waits for a language's texts before it shows Danish instead (ms). Until then it
 * shows nothing in words (`ready` is false), so an English reader never sees a flash of Danish.
 */
export const LANGUAGE_WAIT_MS = 3000;

/**
 * The element's one resolved locale (see locale.ts): `lang` is the language of every text it shows
 * and of its `lang` mark, `dir` its direction, `intl` the locale for dates, times and numbers.
 * Languages other than Danish are loaded on first use (translate.ts, lazyCatalogs): until they are
 * there `ready` is false and the element shows no words.
 */
export class LangController implements ReactiveController {
  locale: Locale = resolveLocale(null, ['da', 'en']);
  /** False while the texts of the language asked for are loading. */
  ready = true;
  private readonly host: Host;
  private readonly catalogues: () => readonly Catalogs<string>[];
  /** Languages whose texts could not be loaded in time: shown in Danish. */
  private readonly unavailable = new Set<string>();
  /** Whether the element has had its texts (then a language switch waits with the old ones). */
  private shown = false;
  /** The languages being loaded for this element (one timer each). */
  private readonly waiting = new Set<string>();

  /** @param catalogues - the element's message catalogue sets (read lazily, at connection). */
  constructor(host: Host, catalogues: () => readonly Catalogs<string>[]) {
    this.host = host;
    this.catalogues = catalogues;
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
    const sets = this.catalogues();
    const asked = nearestLangAttribute(this.host);
    let next = resolveLocale(asked, completeLanguages(...sets));
    if (this.unavailable.has(next.lang)) next = resolveLocale(DEFAULT_LANG, ['da']);
    const loaded = languageLoaded(sets, next.lang);
    if (!loaded) {
      this.load(sets, next.lang);
      // A switch of language keeps the texts on screen until the new ones are there.
      if (this.shown) return;
    }
    this.shown ||= loaded;
    const now = this.locale;
    if (next.lang === now.lang && next.requested === now.requested && loaded === this.ready) return;
    this.locale = next;
    this.ready = loaded;
    this.host.requestUpdate();
  }

  /**
   * Resolves once the texts of the language shown are there (or were given up on): an element's
   * `updateComplete` waits for it, so "rendered" means rendered in the right language.
   */
  get settled(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  private pending: Promise<void> | undefined;

  private load(sets: readonly Catalogs<string>[], lang: string): void {
    if (this.waiting.has(lang)) return;
    this.waiting.add(lang);
    const done = (available: boolean) => {
      clearTimeout(timer);
      this.waiting.delete(lang);
      if (available) this.unavailable.delete(lang);
      else this.unavailable.add(lang);
      this.refresh();
    };
    const timer = setTimeout(() => {
      // Too slow: Danish now, the language itself if it still arrives.
      this.unavailable.add(lang);
      this.refresh();
    }, LANGUAGE_WAIT_MS);
    const settled = loadLanguage(sets, lang).then(
      () => done(true),
      (error: unknown) => {
        // Once per language, however many elements (a glossary's terms) waited for it.
        if (!reported.has(lang)) console.error(`borger-widgets: the ${lang} texts could not be loaded; showing Danish.`, error);
        reported.add(lang);
        done(false);
      },
    );
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, LANGUAGE_WAIT_MS));
    this.pending = Promise.race([settled, timeout]);
  }
}

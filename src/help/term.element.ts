// <borger-term>: what a term needs before a citizen touches it (its properties, its look as a button,
// the listeners shared by every term in a scope). What it does once touched is in term.awake.ts,
// loaded the first time a term wakes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type CheckedDeclaration, checked, flag, text } from '../core/attributes.js';
import { nearestLangAttribute } from '../core/i18n/lang.js';
import { resolveLocale } from '../core/i18n/locale.js';
import { completeLanguages, languageLoaded, translatorFor } from '../core/i18n/translate.js';
import { lazyChunk, whenSlow } from '../core/lazy-chunk.js';
import { adoptInScope, lazySheet } from '../core/scope-styles.js';
import { litPolicyBlocked } from '../core/trusted-types.js';
import type { GlossaryTerm } from './glossary.schema.js';
import { helpMessages } from './help.messages.js';
import type { TermAwake } from './term.awake.js';
import { termNoteCss, termWordCss } from './term.styles.js';

export interface HelpTermDetail {
  /** The glossary id of the term (`term` attribute). */
  term: string;
  action: 'open' | 'close';
}

declare global {
  interface HTMLElementEventMap {
    'borger-help-term': CustomEvent<HelpTermDetail>;
  }
  interface HTMLElementTagNameMap {
    'borger-term': BorgerTerm;
  }
}

/** What a surrounding <borger-help> offers its terms. */
export interface TermSource {
  /** The glossary entry for `id`, once the glossary is loaded. */
  termEntry(id: string): GlossaryTerm | undefined;
  /** False when the citizen has switched "explain difficult words" off. */
  readonly explainTerms: boolean;
  /** The glossary has loaded (an id it lacks is then unknown, not just not there yet). */
  readonly glossaryReady: boolean;
}

// What a term does once touched: loaded the first time a term on the page wakes (see BorgerTerm).
const awakeChunk = lazyChunk<typeof import('./term.awake.js')>(() => import('./term.awake.js'));

/** @internal For tests: the chunk a term loads when it first wakes (to make it arrive late or fail). */
export const termChunks = { awake: awakeChunk };

/** The console has been told that the chunk could not be loaded (and it has not loaded since). */
let failureTold = false;

// "(forklaring)" per language, once its texts are there (the same for every term: 2,000 look-ups less).
const hints = new Map<string, string>();

/** The label of a word that explains: the word, and what it does ("sundhedskort (forklaring)"). @internal */
export function wordLabel(term: Element, lang: string): string {
  const word = (term.textContent ?? '').replace(/\s+/g, ' ').trim();
  let hint = hints.get(lang);
  if (hint === undefined) {
    hint = translatorFor(helpMessages, lang)('termHint');
    if (languageLoaded([helpMessages], lang)) hints.set(lang, hint);
  }
  return `${word} (${hint})`;
}

/** Sets an attribute only when it changes (no needless style work on thousands of terms). @internal */
export function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Gives a term `<borger-help>` is about to put into the page (its glossary loaded, the word known) the
 * attributes it will draw itself with, while it is not in the page yet: set then, they cost no style
 * work, and the term, finding itself drawn, does nothing more until a citizen comes near it (see
 * `BorgerTerm`). `term`: a copy of `termTemplate()`. `lang`: the language the term will resolve (see `termLanguage`).
 */
export function prepareTerm(term: Element, lang: string): void {
  // A copy of termTemplate(): role, tabindex and aria-expanded are there already.
  term.setAttribute('aria-label', wordLabel(term, lang));
  preparedIn.set(term, lang);
}

/**
 * A closed term drawn as a button, without its word and label: `<borger-help>` makes each term it marks
 * as a copy of it (markTerms' `template`), then `prepareTerm` gives the copy its label.
 */
export function termTemplate(): HTMLElement {
  const term = document.createElement('borger-term');
  term.setAttribute('role', 'button');
  term.setAttribute('tabindex', '0');
  term.setAttribute('aria-expanded', 'false');
  return term;
}

/** Terms `prepareTerm` drew, with the language it drew them in. */
const preparedIn = new WeakMap<Element, string>();
/** The language of the term `drawnAsMade` last answered for. */
let preparedLang = '';

// The language resolved per `lang` attribute value (a page has a handful; <borger-help> asks once per text node).
const resolved = new Map<string | null, string>();

/** The language a term at `place` shows its texts in (as its own LangController resolves it). */
export function termLanguage(place: Element): string {
  const asked = nearestLangAttribute(place);
  let lang = resolved.get(asked);
  if (lang === undefined) {
    // Bounded: a page that writes many different values does not grow it without end.
    if (resolved.size > 64) resolved.clear();
    lang = resolveLocale(asked, completeLanguages(helpMessages)).lang;
    resolved.set(asked, lang);
  }
  return lang;
}

const wordSheet = lazySheet(termWordCss);
const noteSheet = lazySheet(termNoteCss);

// The scopes whose sheet and listeners are set up: a term connecting into one of them (the 1,999 after
// the first of a glossary) costs one getRootNode and one look-up.
const scopesReady = new WeakSet<Node>();
function readyScope(term: BorgerTerm): void {
  const scope = term.getRootNode();
  if (scopesReady.has(scope) || !(scope instanceof Document || scope instanceof ShadowRoot)) return;
  scopesReady.add(scope);
  adoptInScope(term, wordSheet());
  listenInScope(scope);
  watchLanguages(scope);
}

// Terms drawn as they were made and not touched since (see BorgerTerm): they have no language
// controller of their own, so a change of language anywhere wakes them (rare; a page has one switch).
const sleeping = new Set<BorgerTerm>();
function watchLanguages(scope: Document | ShadowRoot): void {
  const observer = new MutationObserver(() => {
    for (const term of [...sleeping]) term.wake();
  });
  observer.observe(scope instanceof Document ? scope.documentElement : scope, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

// Key presses a term acted on before its awake code was there (its own key listener, added when that
// code arrives, may still see the same event and must not act on it again).
const keysTaken = new WeakSet<Event>();

/** Whether the term acted on this key press before it was awake. @internal */
export function keyTaken(event: Event): boolean {
  return keysTaken.has(event);
}

// Clicks, keys, focus and the pointer on terms, listened to once per document or shadow root (a
// listener per term per event would be thousands on a long article). Click and key up in the capture
// phase, so a page that stops them on the way does not break the terms.
function listenInScope(scope: Document | ShadowRoot): void {
  /** The term an event is on, if it lives in this scope (a term in a shadow root inside is that root's). */
  const termOf = (event: Event): BorgerTerm | undefined => {
    for (const target of event.composedPath()) {
      if (target instanceof BorgerTerm) return target.getRootNode() === scope ? target : undefined;
      if (target === scope) return undefined;
    }
    return undefined;
  };
  scope.addEventListener('click', (event) => termOf(event)?.onClick(event), true);
  // A key on a term that is not awake yet: it acts on it here, and wakes.
  scope.addEventListener('keydown', (event) => termOf(event)?.onKeyBeforeAwake(event as KeyboardEvent), true);
  scope.addEventListener('keyup', (event) => termOf(event)?.onKeyUp(event as KeyboardEvent), true);
  scope.addEventListener('focusin', (event) => termOf(event)?.prepare());
  scope.addEventListener('focusout', (event) => termOf(event)?.onFocusOut(event as FocusEvent));
  scope.addEventListener('pointerover', (event) => termOf(event)?.prepare());
  scope.addEventListener('pointerout', (event) => {
    const term = termOf(event) ?? termOfTipIn(event);
    const to = (event as PointerEvent).relatedTarget as Node | null;
    // Left the word or its explanation (not just moved between their own parts).
    if (term && !(to && term.holds(to))) term.onPointerLeave();
  });
}

// The toggletip is drawn with `display: contents`; Firefox sends no pointerleave to such an element,
// so leaving the explanation is also read from the pointerout that bubbles through it.
const termOfTip = new WeakMap<Element, BorgerTerm>();
function termOfTipIn(event: Event): BorgerTerm | undefined {
  for (const target of event.composedPath()) {
    const term = target instanceof Element ? termOfTip.get(target) : undefined;
    if (term) return term;
  }
  return undefined;
}
/** The element the explanation is drawn in (the term's next sibling, once made). */
export const TOGGLETIP_TAG = 'borger-toggletip';

/**
 * HTMLElement, or in Node (a build step, SSR or a script importing the npm entry for its matcher) an
 * inert stand-in, so importing the module never throws there (Lit does the same with its DOM shim).
 */
const ElementBase: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);

// The term's properties, as Lit declares them: attribute ↔ property, and each value checked (and a
// value a CMS wrote wrongly reported once) before it is used.
const PROPERTIES = {
  term: checked(text, { reflect: true }),
  explanation: checked(text),
  glossary: checked(text),
  open: checked(flag('open'), { reflect: true }),
} satisfies Record<string, CheckedDeclaration>;
/** @internal */
export type TermProperty = keyof typeof PROPERTIES;
const NAMES = Object.keys(PROPERTIES) as TermProperty[];

/** What a term keeps, shared with the code that runs it once awake (term.awake.ts). @internal */
export interface TermState {
  /** The values as set (checked at the next update), read through the accessors. */
  values: { term?: unknown; explanation?: unknown; glossary?: unknown; open?: unknown };
  /** Properties changed since the last update. */
  changed: Set<TermProperty> | undefined;
  /** Values the page set before the element was defined: used at the first update unless set again since. */
  early: Map<TermProperty, unknown> | undefined;
  /** The attribute being written from its property (not read back). */
  reflecting: TermProperty | undefined;
  connectedOnce: boolean;
  /** Whether the word is drawn as a button now (there is something to explain). */
  explains: boolean;
  /** The `<borger-toggletip>` after the word, made the first time the term is focused, hovered or opened. */
  tip: HTMLElement | undefined;
  /** The live region in it, where the explanation goes. */
  live: HTMLElement | undefined;
  controllers: Set<ReactiveController> | undefined;
}

/**
 * A difficult word in the page's text, with a plain-language explanation in a toggletip. `<borger-help>`
 * wraps the terms it finds in it; editors may also write it by hand.
 *
 * The term has no shadow root: it is the page's own word, and while there is something to explain the
 * element itself is the toggle button (`role="button"`, `tabindex="0"`, `aria-expanded`, and an
 * `aria-label` of the word and "(forklaring)"), styled by one sheet adopted into the page's scope. So a
 * 2,000-term glossary on a long article costs about what plain inline elements cost. The explanation
 * (a live region, and the box when open) is drawn with Lit in the shadow root of a `<borger-toggletip>`
 * placed right after the word the first time the term is focused, hovered or opened: in the reading and
 * tab order right after the word, and made only for the terms a citizen touches.
 *
 * It is a plain custom element, not a LitElement: a term `<borger-help>` drew as it made it
 * (`prepareTerm`) costs a constructor and two callbacks that do almost nothing, and "wakes" (gets its
 * language controller, its key listener and its updates) the first time it is touched, opened, set or
 * its language changes. A term written by hand wakes when it joins the page. What a term does once
 * awake (term.awake.ts, with the explanation's templates and styles) is loaded the first time any term
 * on the page wakes, not in the first download: the pointer coming near a word or focus on it starts
 * the download, so it is there by the press; a press before it arrives shows at once (aria-expanded),
 * says "Henter forklaringen …" in the live region if the wait is long, and a download that fails is
 * said there too (focus stays on the word; the next touch tries again). Its properties behave as
 * Lit's (attributes, reflection, values set before the element is defined, `updateComplete`).
 *
 * @tag borger-term
 * @attr term - Glossary id of the term (e.g. `sundhedskort`).
 * @attr explanation - An explanation written right here, instead of one from a glossary.
 * @attr glossary - URL of a glossary JSON, for a term used outside `<borger-help>`.
 * @attr open - The explanation is shown.
 * The word as it stands in the text stays the page's own text and typography.
 * @fires borger-help-term - The explanation was opened or closed. `detail: { term, action: 'open' | 'close' }`.
 * @fires borger-error - The term's own `glossary` could not be loaded or is invalid.
 * @csspart toggletip - The explanation box (`borger-toggletip::part(toggletip)`; the word itself is styled as `borger-term`).
 * @csspart link - The "read more" link in the explanation (`borger-toggletip::part(link)`).
 * @cssprop --borger-color-highlight - Background of the word while hovered or open.
 * @cssprop --borger-color-surface - Background of the explanation.
 * @cssprop --borger-color-text - Text and border of the explanation.
 * @cssprop --borger-font-family - Font of the explanation.
 * @cssprop --borger-radius - Corner radius of the explanation.
 */
export class BorgerTerm extends ElementBase implements ReactiveControllerHost {
  /** The properties and their declarations (the shape Lit's `elementProperties` has). */
  static readonly elementProperties: ReadonlyMap<PropertyKey, CheckedDeclaration> = new Map(Object.entries(PROPERTIES));
  static readonly observedAttributes = NAMES;
  /** The properties as checked declarations, for the awake code. @internal */
  static readonly checks = PROPERTIES;

  /** @internal */
  readonly state: TermState = {
    values: {},
    changed: undefined,
    early: undefined,
    reflecting: undefined,
    connectedOnce: false,
    explains: false,
    tip: undefined,
    live: undefined,
    controllers: undefined,
  };
  /** What runs the term once it is awake (see `wake`). @internal */
  awake: TermAwake | undefined;
  /** The awake code on its way; settles (never rejects) when it has arrived or failed. */
  private waking: Promise<void> | undefined;
  /** The awake code is taking long enough to say so. */
  private slow = false;
  /** The awake code could not be loaded at the last press. */
  private failed = false;
  private warned = false;

  constructor() {
    super();
    // Values a page set on the element before it was defined (own properties shadowing the accessors).
    for (const name of NAMES) {
      if (!Object.hasOwn(this, name)) continue;
      const value = (this as Record<string, unknown>)[name];
      delete (this as Record<string, unknown>)[name];
      this.state.early ??= new Map();
      this.state.early.set(name, value);
    }
  }

  /** Glossary id of the term. */
  get term(): string | undefined {
    return this.state.values.term as string | undefined;
  }
  set term(value: string | undefined) {
    this.set('term', value);
  }
  /** An explanation written on the term itself. */
  get explanation(): string | undefined {
    return this.state.values.explanation as string | undefined;
  }
  set explanation(value: string | undefined) {
    this.set('explanation', value);
  }
  /** URL of a glossary of the term's own. */
  get glossary(): string | undefined {
    return this.state.values.glossary as string | undefined;
  }
  set glossary(value: string | undefined) {
    this.set('glossary', value);
  }
  /** Whether the explanation is shown. */
  get open(): boolean {
    return (this.state.values.open as boolean | undefined) ?? false;
  }
  set open(value: boolean) {
    this.set('open', value);
  }

  /** A set from the page: the newest value wins over one set before the element was defined. */
  private set(name: TermProperty, value: unknown): void {
    this.state.early?.delete(name);
    this.assign(name, value);
  }

  /** @internal */
  assign(name: TermProperty, value: unknown): void {
    const { state } = this;
    if (Object.is(state.values[name], value)) return;
    state.values[name] = value;
    state.changed ??= new Set();
    state.changed.add(name);
    if (state.connectedOnce) this.requestUpdate();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === this.state.reflecting) return;
    // As Lit's converter for checked properties: the text as written (checked at the update).
    this.assign(name as TermProperty, value ?? undefined);
  }

  connectedCallback(): void {
    readyScope(this);
    const { state } = this;
    const first = !state.connectedOnce;
    state.connectedOnce = true;
    if (this.awake) this.awake.connected(first);
    else if (first && this.drawnAsMade()) {
      // Drawn by prepareTerm, as it is: nothing to do until it is touched (see `wake`), unless the texts
      // of its language were still loading then (its label is in Danish): it draws itself anew.
      state.explains = true;
      state.changed = undefined;
      if (languageLoaded([helpMessages], preparedLang)) sleeping.add(this);
      else this.wake();
    } else this.wake();
  }

  /** Whether prepareTerm drew the term as it is now: only its `term` set, closed, in a language it can show. */
  private drawnAsMade(): boolean {
    const lang = preparedIn.get(this);
    if (lang === undefined) return false;
    preparedIn.delete(this);
    preparedLang = lang;
    const { term, explanation, glossary, open } = this.state.values;
    return (
      typeof term === 'string' && explanation === undefined && glossary === undefined && !open && !this.state.early && !litPolicyBlocked()
    );
  }

  disconnectedCallback(): void {
    sleeping.delete(this);
    this.awake?.disconnected();
    // The explanation goes with the word (and unmarking leaves the text nodes exactly as they were).
    this.state.tip?.remove();
  }

  /**
   * Gives the term what it needs to follow its language, keys and settings, once: a term drawn as it
   * was made does without until it is touched, opened, set, or the language changes. The code for it
   * is loaded the first time any term wakes. @internal
   */
  wake(): void {
    if (this.awake || this.waking) return;
    sleeping.delete(this);
    this.slow = false;
    this.failed = false;
    this.drawWaiting();
    // Once the code is here (every wake after the first, e.g. all terms on a language change): at once.
    const loaded = awakeChunk.module;
    if (loaded) {
      this.awake = new loaded.TermAwake(this);
      this.awake.start();
      return;
    }
    const waking = awakeChunk.load().then(
      (module) => {
        failureTold = false;
        this.awake = new module.TermAwake(this);
        this.waking = undefined;
        this.awake.start();
      },
      (error: unknown) => {
        this.waking = undefined;
        // Once until a download works again, however many terms (and touches) met the failure.
        if (!failureTold)
          console.error('<borger-term> could not load the code that shows its explanation; the next touch tries again.', error);
        failureTold = true;
        // Nothing opened: the press is answered in the live region, and focus stays on the word.
        this.failed = this.open;
        if (this.open) this.state.values.open = false;
        this.drawWaiting();
      },
    );
    this.waking = waking;
    whenSlow(waking, () => {
      this.slow = true;
      this.drawWaiting();
    });
  }

  /**
   * While the awake code is on its way (or failed to come): a press shows on the word at once, a long
   * wait after a press is said in the live region ("Henter forklaringen …"), and so is a failure.
   */
  private drawWaiting(): void {
    if (this.awake || !this.state.explains) return;
    setAttribute(this, 'aria-expanded', this.open ? 'true' : 'false');
    const note = this.failed ? 'termFailed' : this.open && this.slow && this.waking ? 'termLoading' : undefined;
    const live = this.state.live;
    if (note === undefined) {
      live?.replaceChildren();
      return;
    }
    if (!this.makeTip()) return;
    const span = document.createElement('span');
    span.className = 'note';
    span.textContent = translatorFor(helpMessages, termLanguage(this))(note);
    this.state.live?.replaceChildren(span);
  }

  // ---- Updates, as a ReactiveElement's: batched in a microtask, `updateComplete` waits for them -------

  /** @internal ReactiveControllerHost */
  addController(controller: ReactiveController): void {
    this.state.controllers ??= new Set();
    this.state.controllers.add(controller);
    // The term's own LangController is connected by the awake code, once it is the term's language.
    if (this.isConnected && this.awake) controller.hostConnected?.();
  }

  /** @internal ReactiveControllerHost */
  removeController(controller: ReactiveController): void {
    this.state.controllers?.delete(controller);
  }

  /**
   * Asks for an update (in a microtask; several asks make one). A term drawn as it was made stays as
   * it is while it still has its explanation (its look depends on nothing else that can change without
   * waking it); otherwise it wakes.
   */
  requestUpdate(): void {
    if (this.awake) {
      this.awake.requestUpdate();
      return;
    }
    if (this.state.changed || !(sleeping.has(this) && this.explainer() !== undefined)) this.wake();
    if (this.waking) this.drawWaiting();
  }

  /** Whether an update is waiting to run (or the code to run it is on its way). */
  get isUpdatePending(): boolean {
    return this.waking !== undefined || this.awake?.isUpdatePending === true;
  }

  /** Whether the term has updated at least once (a term drawn as it was made has not, until woken). */
  get hasUpdated(): boolean {
    return this.awake?.hasUpdated === true;
  }

  /** Resolves once no update is pending and the texts of the term's language are there; true then. */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      for (;;) {
        await this.waking;
        if (!this.awake) return true;
        await this.awake.settled();
        if (!this.waking && !this.awake.isUpdatePending) return true;
      }
    })();
  }

  /**
   * Makes the toggletip (once), with its live region, and puts it right after the word; false when
   * there is nothing to explain. The live region must be there before the explanation goes into it (or
   * it is not announced): this runs as soon as the citizen comes near the word (focus, pointer), before
   * the click or key that opens it. @internal
   */
  makeTip(): boolean {
    const { state } = this;
    if (!state.explains || !this.isConnected) return false;
    if (!state.tip) {
      const tip = document.createElement(TOGGLETIP_TAG);
      const root = tip.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [noteSheet()];
      const live = document.createElement('span');
      live.className = 'live';
      live.setAttribute('role', 'status');
      root.append(live);
      tip.addEventListener('focusout', (event) => this.onFocusOut(event));
      tip.addEventListener('pointerleave', () => this.onPointerLeave());
      tip.addEventListener('keydown', (event) => this.awake?.onKeyDown(event));
      termOfTip.set(tip, this);
      state.tip = tip;
      state.live = live;
    }
    if (this.nextSibling !== state.tip) this.after(state.tip);
    return true;
  }

  /** The citizen comes near the word (focus, pointer): the awake code and the live region get ready. @internal */
  prepare(): void {
    this.wake();
    this.makeTip();
  }

  /** @internal */
  onClick(event: Event): void {
    this.wake();
    if (!this.state.explains) return;
    event.preventDefault();
    this.toggle();
  }

  /**
   * A key on the word before its awake code (and its own key listener) is there: Enter opens on key
   * down and Space on key up, as on a native button; Escape closes. @internal
   */
  onKeyBeforeAwake(event: KeyboardEvent): void {
    if (this.awake) return;
    this.wake();
    if (!this.state.explains || event.target !== this) return;
    if (event.key === 'Enter' || event.key === ' ') {
      keysTaken.add(event);
      // Space would scroll the page.
      event.preventDefault();
      if (event.key === 'Enter' && !event.repeat) this.toggle();
    } else if (event.key === 'Escape' && this.open && !event.defaultPrevented) {
      keysTaken.add(event);
      event.preventDefault();
      this.hide();
    }
  }

  /** Enter on key down and Space on key up, as a native button. @internal */
  onKeyUp(event: KeyboardEvent): void {
    if (this.state.explains && event.key === ' ' && event.composedPath()[0] === this) this.toggle();
  }

  /** @internal */
  onFocusOut(event: FocusEvent): void {
    if (this.awake) this.awake.onFocusOut(event);
    else if (this.failed) {
      this.failed = false;
      this.drawWaiting();
    }
  }

  /** @internal */
  onPointerLeave(): void {
    this.awake?.onPointerLeave();
  }

  /** Whether `node` is the word, in it, or in its explanation (through the toggletip's shadow root). @internal */
  holds(node: Node): boolean {
    if (this.contains(node)) return true;
    const tip = this.state.tip;
    if (!tip) return false;
    for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) if (at === tip) return true;
    return false;
  }

  /** Opens the explanation. */
  show(): void {
    if (this.explainer() !== undefined) this.open = true;
  }

  /** Closes the explanation; with `focus`, focus goes back to the word. */
  hide(options: { focus?: boolean } = {}): void {
    if (!this.open) return;
    this.open = false;
    if (options.focus && this.state.explains) this.focus();
  }

  private toggle(): void {
    if (this.open) this.hide();
    else this.show();
  }

  private source(): TermSource | undefined {
    const help = this.closest('borger-help') as (Element & Partial<TermSource>) | null;
    return help && typeof help.termEntry === 'function' ? (help as unknown as TermSource) : undefined;
  }

  /**
   * What explains the word: its own `explanation`, its glossary entry, or undefined when there is
   * nothing (no glossary yet, unknown id, switched off). `own`: the term's own glossary, once loaded. @internal
   */
  explainer(own = this.awake?.ownGlossary): string | GlossaryTerm | undefined {
    const source = this.source();
    // The citizen switched explanations off in the surrounding <borger-help>: every term is plain text.
    if (source && !source.explainTerms) return undefined;
    if (this.explanation) return this.explanation;
    if (!this.term) return undefined;
    // Ids compare in NFC: an id typed on a Mac ("a" + U+030A for "å") names the same term.
    const id = this.term.normalize('NFC');
    const entry = this.glossary ? own?.terms.find((candidate) => candidate.id === id) : source?.termEntry(id);
    if (!entry) {
      const loaded = this.glossary ? own !== undefined : source?.glossaryReady === true;
      if (loaded && !this.warned) {
        this.warned = true;
        console.warn(`<borger-term> term="${this.term}" is not in the glossary; the word is shown without an explanation.`);
      }
      return undefined;
    }
    return entry;
  }
}

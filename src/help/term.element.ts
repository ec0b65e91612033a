import { adoptStyles, type ReactiveController, type ReactiveControllerHost, render } from 'lit';
import { type CheckedDeclaration, checked, flag, quote, text } from '../core/attributes.js';
import { DEFAULT_TIMEOUT_MS, fetchJson } from '../core/content.js';
import { claimEscape, isBehindModal, isUnhandledEscape } from '../core/escape.js';
import { emit } from '../core/events.js';
import { coreMessages } from '../core/i18n/core.messages.js';
import { nearestLangAttribute } from '../core/i18n/lang.js';
import { LangController } from '../core/i18n/lang-controller.js';
import { resolveLocale } from '../core/i18n/locale.js';
import { completeLanguages, languageLoaded, translatorFor } from '../core/i18n/translate.js';
import { formatProblems, type Problem } from '../core/problems.js';
import { adoptInScope, lazySheet } from '../core/scope-styles.js';
import { baseStyles, tokens } from '../core/theme.js';
import { litPolicyBlocked, reportLitPolicyBlocked } from '../core/trusted-types.js';
import type { Glossary, GlossaryTerm } from './glossary.schema.js';
import { checkGlossary } from './glossary.validate.js';
import { helpMessages } from './help.messages.js';
import { renderToggletip, termInfo } from './term.bubble.js';
import { termStyles, termWordCss } from './term.styles.js';

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

// ---- Placement ------------------------------------------------------------------------------------

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  x: number;
  y: number;
  side: 'below' | 'above';
}

/**
 * Where the explanation goes: below the term if it fits, else above if it fits there, else on the side
 * with more room; lined up with the term's start edge and moved sideways to stay inside the viewport.
 */
export function placeToggletip(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  options: { rtl?: boolean; gap?: number; margin?: number } = {},
): Placement {
  const gap = options.gap ?? 6;
  const margin = options.margin ?? 8;
  const roomBelow = viewport.height - anchor.bottom - gap - margin;
  const roomAbove = anchor.top - gap - margin;
  const side = size.height <= roomBelow || (size.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));
  const y = side === 'below' ? anchor.bottom + gap : anchor.top - gap - size.height;
  const x = options.rtl ? anchor.right - size.width : anchor.left;
  return {
    x: Math.round(clamp(x, margin, viewport.width - margin - size.width)),
    y: Math.round(clamp(y, margin, viewport.height - margin - size.height)),
    side,
  };
}

// ---- A glossary of its own (a term used without <borger-help>) --------------------------------------

/** A glossary URL's outcome: the glossary, or why not (told once, by the first term still using it). */
type GlossaryLoad = { glossary: Glossary } | { problems: Problem[]; kind: 'load' | 'invalid'; told: boolean };

const ownGlossaries = new Map<string, Promise<GlossaryLoad>>();

/** Loads and validates a glossary once per URL, however many terms name it. */
function loadGlossary(url: string): Promise<GlossaryLoad> {
  const key = new URL(url, document.baseURI).href;
  let pending = ownGlossaries.get(key);
  if (!pending) {
    pending = fetchJson(url, new AbortController().signal, DEFAULT_TIMEOUT_MS).then(async (raw): Promise<GlossaryLoad> => {
      const result = raw.ok === true ? await checkGlossary(raw.data) : undefined;
      if (result?.ok) return { glossary: result.value };
      const problems = raw.ok === false ? raw.problems : result && !result.ok ? result.problems : [];
      return { problems, kind: raw.ok === false ? 'load' : 'invalid', told: false };
    });
    ownGlossaries.set(key, pending);
  }
  return pending;
}

/**
 * Tells the web team (console and `borger-error` on `term`) why a glossary could not be used, once per
 * URL. A term that has moved on to another glossary, or left the page, while it loaded says nothing.
 */
function reportGlossary(load: GlossaryLoad, url: string, term: HTMLElement & { glossary?: string }): void {
  if ('glossary' in load || load.told || term.glossary !== url || !term.isConnected) return;
  load.told = true;
  console.error(`<borger-term> could not use the glossary ${url}:\n${formatProblems(load.problems)}`);
  emit(term, 'borger-error', { widget: 'borger-term', source: url, kind: load.kind, problems: load.problems });
}

// "(forklaring)" per language, once its texts are there (the same for every term: 2,000 look-ups less).
const hints = new Map<string, string>();

/** The label of a word that explains: the word, and what it does ("sundhedskort (forklaring)"). */
function wordLabel(term: Element, lang: string): string {
  const word = (term.textContent ?? '').replace(/\s+/g, ' ').trim();
  let hint = hints.get(lang);
  if (hint === undefined) {
    hint = translatorFor(helpMessages, lang)('termHint');
    if (languageLoaded([helpMessages], lang)) hints.set(lang, hint);
  }
  return `${word} (${hint})`;
}

/** Sets an attribute only when it changes (no needless style work on thousands of terms). */
function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Gives a term `<borger-help>` is about to put into the page (its glossary loaded, the word known) the
 * attributes it will draw itself with, while it is not in the page yet: set then, they cost no style
 * work, and the term, finding itself drawn, does nothing more until a citizen comes near it (see
 * `BorgerTerm`). `lang`: the language the term will resolve (see `termLanguage`).
 */
export function prepareTerm(term: Element, lang: string): void {
  term.setAttribute('role', 'button');
  term.setAttribute('tabindex', '0');
  term.setAttribute('aria-expanded', 'false');
  term.setAttribute('aria-label', wordLabel(term, lang));
  // A language whose texts are still loading drew the label in Danish: such a term draws itself anew.
  if (languageLoaded([helpMessages], lang)) preparedIn.set(term, lang);
}

/** Terms `prepareTerm` drew, with the language it drew them in. */
const preparedIn = new WeakMap<Element, string>();

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

// Only one explanation is open at a time: opening one closes the other.
let openTerm: BorgerTerm | undefined;

const wordSheet = lazySheet(termWordCss);

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
  // A key on a term that has not woken yet wakes it first: its own key listener then gets the event.
  scope.addEventListener('keydown', (event) => termOf(event)?.wake(), true);
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

/** The explanation's styles, in the toggletip's shadow root. */
const TIP_STYLES = [tokens, baseStyles, termStyles];

// The term's properties, as Lit declares them: attribute ↔ property, and each value checked (and a
// value a CMS wrote wrongly reported once) before it is used.
const PROPERTIES = {
  term: checked(text, { reflect: true }),
  explanation: checked(text),
  glossary: checked(text),
  open: checked(flag('open'), { reflect: true }),
} satisfies Record<string, CheckedDeclaration>;
type Property = keyof typeof PROPERTIES;
const NAMES = Object.keys(PROPERTIES) as Property[];

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
 * its language changes. A term written by hand wakes when it joins the page. Its properties behave as
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

  // The values as set (checked at the next update), read through the accessors below.
  private values: { term?: unknown; explanation?: unknown; glossary?: unknown; open?: unknown } = {};
  /** Properties changed since the last update. */
  private changed: Set<Property> | undefined;
  /** Values the page set before the element was defined: used at the first update unless set again since. */
  private early: Map<Property, unknown> | undefined;
  /** The attribute being written from its property (not read back). */
  private reflecting: Property | undefined;
  private pending: Promise<void> | undefined;
  private updated = false;
  private connectedOnce = false;
  /** Whether the explanation was open at the last update (opening and closing are told once). */
  private shownOpen = false;
  /** Set once the term is awake (see the class comment). */
  private language: LangController | undefined;
  private controllers: Set<ReactiveController> | undefined;
  /** Focus left while the pointer was over the term: close when the pointer leaves too. */
  private closeOnLeave = false;
  private framePending = false;
  private warned = false;
  private warnedSettings: Set<string> | undefined;
  private ownGlossary: Glossary | undefined;
  private glossaryAsked: string | undefined;
  /** The `<borger-toggletip>` after the word, made the first time the term is focused, hovered or opened. */
  private tip: HTMLElement | undefined;
  /** Whether the word is drawn as a button now (there is something to explain). */
  private explains = false;

  constructor() {
    super();
    // Values a page set on the element before it was defined (own properties shadowing the accessors).
    for (const name of NAMES) {
      if (!Object.hasOwn(this, name)) continue;
      const value = (this as Record<string, unknown>)[name];
      delete (this as Record<string, unknown>)[name];
      this.early ??= new Map();
      this.early.set(name, value);
    }
  }

  /** Glossary id of the term. */
  get term(): string | undefined {
    return this.values.term as string | undefined;
  }
  set term(value: string | undefined) {
    this.set('term', value);
  }
  /** An explanation written on the term itself. */
  get explanation(): string | undefined {
    return this.values.explanation as string | undefined;
  }
  set explanation(value: string | undefined) {
    this.set('explanation', value);
  }
  /** URL of a glossary of the term's own. */
  get glossary(): string | undefined {
    return this.values.glossary as string | undefined;
  }
  set glossary(value: string | undefined) {
    this.set('glossary', value);
  }
  /** Whether the explanation is shown. */
  get open(): boolean {
    return (this.values.open as boolean | undefined) ?? false;
  }
  set open(value: boolean) {
    this.set('open', value);
  }

  /** A set from the page: the newest value wins over one set before the element was defined. */
  private set(name: Property, value: unknown): void {
    this.early?.delete(name);
    this.assign(name, value);
  }

  private assign(name: Property, value: unknown): void {
    if (Object.is(this.values[name], value)) return;
    this.values[name] = value;
    this.changed ??= new Set();
    this.changed.add(name);
    if (this.connectedOnce) this.requestUpdate();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === this.reflecting) return;
    // As Lit's converter for checked properties: the text as written (checked at the update).
    this.assign(name as Property, value ?? undefined);
  }

  connectedCallback(): void {
    readyScope(this);
    const first = !this.connectedOnce;
    this.connectedOnce = true;
    if (this.language) {
      for (const controller of this.controllers ?? []) controller.hostConnected?.();
    } else if (first && this.drawnAsMade()) {
      // Drawn by prepareTerm, as it is: nothing to do until it is touched (see `wake`).
      this.explains = true;
      this.changed = undefined;
      sleeping.add(this);
      return;
    } else this.wake();
    if (first || this.changed) this.requestUpdate();
    // Opened while away from the page (or moved while open): its explanation comes back with it.
    if (this.open && this.updated) {
      this.attach();
      this.prepare();
    }
  }

  /** Whether prepareTerm drew the term as it is now: only its `term` set, closed, in a language it can show. */
  private drawnAsMade(): boolean {
    const lang = preparedIn.get(this);
    if (lang === undefined) return false;
    preparedIn.delete(this);
    const { term, explanation, glossary, open } = this.values;
    return typeof term === 'string' && explanation === undefined && glossary === undefined && !open && !this.early && !litPolicyBlocked();
  }

  disconnectedCallback(): void {
    sleeping.delete(this);
    for (const controller of this.controllers ?? []) controller.hostDisconnected?.();
    this.detach();
    if (openTerm === this) openTerm = undefined;
    // The explanation goes with the word (and unmarking leaves the text nodes exactly as they were).
    this.tip?.remove();
  }

  /**
   * Gives the term what it needs to follow its language, keys and settings, once: a term drawn as it
   * was made does without until it is touched, opened, set, or the language changes. @internal
   */
  wake(): void {
    if (this.language) return;
    sleeping.delete(this);
    // On the word itself, so an Escape it handles never reaches the page's own handlers around it.
    // Clicks, focus and the pointer are listened to once per document (listenInScope), not per term.
    this.addEventListener('keydown', this.onKeyDown);
    // coreMessages: the bubble's mark after a link to another site (core/external-link.ts).
    this.language = new LangController(this, () => [helpMessages, coreMessages]);
    if (this.isConnected) this.language.hostConnected();
    this.requestUpdate();
  }

  // ---- Updates, as a ReactiveElement's: batched in a microtask, `updateComplete` waits for them -------

  /** @internal ReactiveControllerHost */
  addController(controller: ReactiveController): void {
    this.controllers ??= new Set();
    this.controllers.add(controller);
    // The term's own LangController is connected by `wake`, once it is the term's language.
    if (this.isConnected && this.language) controller.hostConnected?.();
  }

  /** @internal ReactiveControllerHost */
  removeController(controller: ReactiveController): void {
    this.controllers?.delete(controller);
  }

  /**
   * Asks for an update (in a microtask; several asks make one). A term drawn as it was made stays as
   * it is while it still has its explanation (its look depends on nothing else that can change without
   * waking it); otherwise it wakes.
   */
  requestUpdate(): void {
    if (!this.language) {
      if (this.changed || !(sleeping.has(this) && this.explainer() !== undefined)) this.wake();
      return;
    }
    if (this.pending || !this.connectedOnce) return;
    this.pending = Promise.resolve().then(() => this.performUpdate());
  }

  /** Whether an update is waiting to run. */
  get isUpdatePending(): boolean {
    return this.pending !== undefined;
  }

  /** Whether the term has updated at least once (a term drawn as it was made has not, until woken). */
  get hasUpdated(): boolean {
    return this.updated;
  }

  /** Resolves once no update is pending and the texts of the term's language are there; true then. */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      for (;;) {
        await this.pending;
        await this.language?.settled;
        if (!this.pending) return true;
      }
    })();
  }

  private performUpdate(): void {
    this.pending = undefined;
    const language = this.language as LangController;
    if (this.early) {
      for (const [name, value] of this.early) this.assign(name, value);
      this.early = undefined;
    }
    const changed = this.changed ?? new Set<Property>();
    this.changed = undefined;
    this.checkSettings(changed);
    if (changed.has('glossary') && this.glossary) this.loadOwnGlossary(this.glossary);
    // Nothing to explain (yet, or any more): there is nothing to open.
    if (this.open && this.explainer() === undefined) {
      this.values.open = false;
      changed.add('open');
    }
    this.reflect(changed);
    this.drawWord(language.lang);
    if (this.open) this.makeTip();
    if (this.tip?.shadowRoot && !litPolicyBlocked()) {
      const found = this.explainer();
      const word = (this.textContent ?? '').replace(/\s+/g, ' ').trim();
      render(
        renderToggletip(found === undefined ? undefined : termInfo(found, language.lang), this.open, word, language.lang, language.dir),
        this.tip.shadowRoot,
        { host: this },
      );
    }
    this.updated = true;
    for (const controller of this.controllers ?? []) controller.hostUpdated?.();
    this.afterUpdate();
  }

  /** Checks each changed value before anything reads it; a corrected one is reported once. */
  private checkSettings(changed: Set<Property>): void {
    for (const name of changed) {
      const raw = this.values[name];
      const { value, problem } = PROPERTIES[name].check(raw);
      if (problem) {
        const message = `<${this.localName}> ${name}=${quote(raw)} ${problem}.`;
        this.warnedSettings ??= new Set();
        if (!this.warnedSettings.has(message)) {
          this.warnedSettings.add(message);
          console.warn(message);
        }
      }
      if (!Object.is(value, raw)) this.values[name] = value;
    }
  }

  /** Writes `term` and `open` back to their attributes, as Lit's `reflect: true`. */
  private reflect(changed: Set<Property>): void {
    for (const name of changed) {
      if (!PROPERTIES[name].reflect) continue;
      const value = this.values[name];
      this.reflecting = name;
      if (value === undefined || value === null || value === false) this.removeAttribute(name);
      else setAttribute(this, name, value === true ? '' : String(value));
      this.reflecting = undefined;
    }
  }

  private loadOwnGlossary(url: string): void {
    if (url === this.glossaryAsked) return;
    this.glossaryAsked = url;
    void loadGlossary(url).then((load) => {
      if (this.glossary === url) {
        this.ownGlossary = 'glossary' in load ? load.glossary : undefined;
        this.requestUpdate();
      }
      reportGlossary(load, url, this);
    });
  }

  /**
   * Makes the toggletip (once) and puts it right after the word. The live region must be there before
   * the explanation goes into it (or it is not announced): this runs as soon as the citizen comes near
   * the word (focus, pointer), before the click or key that opens it.
   * @internal
   */
  prepare(): void {
    this.wake();
    if (this.makeTip() && !this.tip?.shadowRoot?.firstChild) this.requestUpdate();
  }

  /** Makes the toggletip if there is none, and puts it after the word; false when there is nothing to explain. */
  private makeTip(): boolean {
    if (!this.explains || !this.isConnected) return false;
    if (!this.tip) {
      const tip = document.createElement(TOGGLETIP_TAG);
      const root = tip.attachShadow({ mode: 'open' });
      adoptStyles(root, TIP_STYLES);
      tip.addEventListener('focusout', (event) => this.onFocusOut(event));
      tip.addEventListener('pointerleave', () => this.onPointerLeave());
      tip.addEventListener('keydown', this.onKeyDown);
      termOfTip.set(tip, this);
      this.tip = tip;
    }
    if (this.nextSibling !== this.tip) this.after(this.tip);
    return true;
  }

  /** @internal */
  onClick(event: Event): void {
    this.wake();
    if (!this.explains) return;
    event.preventDefault();
    this.toggle();
  }

  /** Enter on key down and Space on key up, as a native button. @internal */
  onKeyUp(event: KeyboardEvent): void {
    if (this.explains && event.key === ' ' && event.composedPath()[0] === this) this.toggle();
  }

  /** @internal */
  onPointerLeave(): void {
    if (!this.closeOnLeave) return;
    // Firefox still matches :hover while it sends pointerleave: look once the pointer has moved on.
    requestAnimationFrame(() => {
      if (this.closeOnLeave && !this.within(':focus-within') && !this.within(':hover')) this.hide();
    });
  }

  /** Whether `node` is the word, in it, or in its explanation (through the toggletip's shadow root). @internal */
  holds(node: Node): boolean {
    if (this.contains(node)) return true;
    const tip = this.tip;
    if (!tip) return false;
    for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) if (at === tip) return true;
    return false;
  }

  /** Whether the word or its explanation matches `selector` (`:hover`, `:focus-within`). */
  private within(selector: string): boolean {
    return this.matches(selector) || Boolean(this.tip?.isConnected && this.tip.matches(selector));
  }

  /** Opens the explanation. */
  show(): void {
    if (this.explainer() !== undefined) this.open = true;
  }

  /** Closes the explanation; with `focus`, focus goes back to the word. */
  hide(options: { focus?: boolean } = {}): void {
    if (!this.open) return;
    this.open = false;
    if (options.focus && this.explains) this.focus();
  }

  private source(): TermSource | undefined {
    const help = this.closest('borger-help') as (Element & Partial<TermSource>) | null;
    return help && typeof help.termEntry === 'function' ? (help as unknown as TermSource) : undefined;
  }

  /** What explains the word: its own `explanation`, its glossary entry, or undefined when there is nothing (no glossary yet, unknown id, switched off). */
  private explainer(): string | GlossaryTerm | undefined {
    const source = this.source();
    // The citizen switched explanations off in the surrounding <borger-help>: every term is plain text.
    if (source && !source.explainTerms) return undefined;
    if (this.explanation) return this.explanation;
    if (!this.term) return undefined;
    // Ids compare in NFC: an id typed on a Mac ("a" + U+030A for "å") names the same term.
    const id = this.term.normalize('NFC');
    const entry = this.glossary ? this.ownGlossary?.terms.find((candidate) => candidate.id === id) : source?.termEntry(id);
    if (!entry) {
      const loaded = this.glossary ? this.ownGlossary !== undefined : source?.glossaryReady === true;
      if (loaded && !this.warned) {
        this.warned = true;
        console.warn(`<borger-term> term="${this.term}" is not in the glossary; the word is shown without an explanation.`);
      }
      return undefined;
    }
    return entry;
  }

  /** The word as a button while there is something to explain, else plain text again. */
  private drawWord(lang: string): void {
    // Lit's templates blocked by the page's Trusted Types: no explanation can be drawn, the word stays text.
    if (litPolicyBlocked()) reportLitPolicyBlocked();
    this.explains = !litPolicyBlocked() && this.explainer() !== undefined;
    if (!this.explains) {
      for (const name of ['role', 'tabindex', 'aria-expanded', 'aria-label']) this.removeAttribute(name);
      return;
    }
    setAttribute(this, 'role', 'button');
    setAttribute(this, 'tabindex', '0');
    setAttribute(this, 'aria-expanded', this.open ? 'true' : 'false');
    setAttribute(this, 'aria-label', wordLabel(this, lang));
  }

  private afterUpdate(): void {
    if (this.open !== this.shownOpen) {
      this.shownOpen = this.open;
      if (this.open) {
        if (openTerm && openTerm !== this) openTerm.hide();
        openTerm = this;
        this.closeOnLeave = false;
        this.attach();
      } else {
        if (openTerm === this) openTerm = undefined;
        this.detach();
      }
      emit(this, 'borger-help-term', { term: this.term ?? '', action: this.open ? 'open' : 'close' });
    }
    if (this.open) this.place();
  }

  // ---- While open: outside clicks, Escape anywhere, and keeping the box in place --------------------

  /** The listeners of an open term (made the first time it opens). */
  private whileOpen: { click: (event: Event) => void; keydown: (event: KeyboardEvent) => void; viewport: () => void } | undefined;

  private attach(): void {
    this.whileOpen ??= {
      click: (event) => {
        const path = event.composedPath();
        if (!path.includes(this) && !(this.tip && path.includes(this.tip))) this.hide();
      },
      keydown: (event) => this.onDocumentKeyDown(event),
      viewport: () => this.onViewportChange(),
    };
    const { click, keydown, viewport } = this.whileOpen;
    document.addEventListener('click', click, true);
    document.addEventListener('keydown', keydown);
    window.addEventListener('scroll', viewport, { capture: true, passive: true });
    window.addEventListener('resize', viewport, { passive: true });
  }

  private detach(): void {
    if (!this.whileOpen) return;
    const { click, keydown, viewport } = this.whileOpen;
    document.removeEventListener('click', click, true);
    document.removeEventListener('keydown', keydown);
    window.removeEventListener('scroll', viewport, { capture: true });
    window.removeEventListener('resize', viewport);
  }

  private onDocumentKeyDown(event: KeyboardEvent): void {
    if (!this.open || !isUnhandledEscape(event)) return;
    // Behind a modal dialog opened since, the explanation is out of reach: it closes, but the Escape
    // press is the dialog's.
    if (isBehindModal(this)) {
      this.hide();
      return;
    }
    // The explanation is the innermost thing: only it closes, not a dialog or popover around it.
    claimEscape(event);
    // Focus goes back to the word only if it was on the word or nowhere; focus elsewhere is not taken.
    const active = document.activeElement;
    this.hide({ focus: active === null || active === document.body || active === this });
  }

  private onViewportChange(): void {
    if (this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      if (this.open) this.place();
    });
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.explains && event.currentTarget === this && event.target === this && (event.key === 'Enter' || event.key === ' ')) {
      // Space would scroll the page; it acts on key up, as a native button's does.
      event.preventDefault();
      if (event.key === 'Enter' && !event.repeat) this.toggle();
      return;
    }
    if (!this.open || !isUnhandledEscape(event)) return;
    // Handled here: a dialog or popover around the text stays open, and the page's own Escape handlers
    // (a menu, a lightbox) do not run for it.
    claimEscape(event, { stop: true });
    this.hide({ focus: true });
  };

  /** @internal */
  onFocusOut(event: FocusEvent): void {
    if (!this.open) return;
    const next = event.relatedTarget as Node | null;
    // Focus moving within the term (the word, a link in the explanation) or to nowhere keeps it open.
    if (next === null || next === this || this.contains(next) || (this.tip && (next === this.tip || this.tip.contains(next)))) return;
    // Moved on with the keyboard: close, unless the pointer still rests on the explanation.
    if (this.within(':hover')) this.closeOnLeave = true;
    else this.hide();
  }

  private place(): void {
    const bubble = this.tip?.shadowRoot?.querySelector<HTMLElement>('.bubble');
    if (!bubble) return;
    const rects = this.getClientRects();
    const anchor = rects[0] ?? this.getBoundingClientRect();
    const size = bubble.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const placement = placeToggletip(anchor, size, viewport, { rtl: this.language?.dir === 'rtl' });
    bubble.style.setProperty('--_borger-term-x', `${placement.x}px`);
    bubble.style.setProperty('--_borger-term-y', `${placement.y}px`);
    bubble.dataset.side = placement.side;
  }

  private toggle(): void {
    if (this.open) this.hide();
    else this.show();
  }
}

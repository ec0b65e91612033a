import { adoptStyles, html, type LitElement, nothing, type PropertyValues, ReactiveElement, type TemplateResult } from 'lit';
import { checked, flag, text } from '../core/attributes.js';
import { BorgerElement } from '../core/borger-element.js';
import { DEFAULT_TIMEOUT_MS, fetchJson } from '../core/content.js';
import { claimEscape, isBehindModal, isUnhandledEscape } from '../core/escape.js';
import { emit } from '../core/events.js';
import { externalMark, linkRel } from '../core/external-link.js';
import { fallbackChain, isRtl, nearestLangAttribute } from '../core/i18n/lang.js';
import { LangController } from '../core/i18n/lang-controller.js';
import { resolveLocale } from '../core/i18n/locale.js';
import { completeLanguages, translatorFor } from '../core/i18n/translate.js';
import { type LocalizedText, localizeWithLang } from '../core/localized.js';
import { localizedText } from '../core/localized-template.js';
import { formatProblems, type Problem } from '../core/problems.js';
import { renderRichText } from '../core/rich-text.js';
import { adoptInScope, lazySheet } from '../core/scope-styles.js';
import { baseStyles, tokens } from '../core/theme.js';
import { litPolicyBlocked } from '../core/trusted-types.js';
import { safeHref } from '../core/url.js';
import type { Glossary, GlossaryTerm } from './glossary.schema.js';
import { checkGlossary } from './glossary.validate.js';
import { helpMessages } from './help.messages.js';
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

interface Texted {
  text: string;
  lang: string;
}

interface TermInfo {
  /** The headword in the bubble; undefined: the term's own text is the headword. */
  term?: Texted;
  explanation: Texted;
  link?: { href: string; label: LocalizedText };
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

/** The attributes of a word that explains (a toggle button named by the word and what it does). */
function wordAttributes(term: Element, lang: string, open: boolean): [string, string][] {
  const word = (term.textContent ?? '').replace(/\s+/g, ' ').trim();
  const hint = translatorFor(helpMessages, lang)('termHint');
  return [
    ['role', 'button'],
    ['tabindex', '0'],
    ['aria-expanded', open ? 'true' : 'false'],
    ['aria-label', `${word} (${hint})`],
  ];
}

/**
 * Gives a term `<borger-help>` is about to put into the page (its glossary loaded, the word known) the
 * attributes it will draw itself with, while it is not in the page yet: set then, they cost no style
 * work (the term finds them as they should be and leaves them). `lang`: the language the term will
 * resolve (see `termLanguage`).
 */
export function prepareTerm(term: Element, lang: string): void {
  for (const [name, value] of wordAttributes(term, lang, false)) term.setAttribute(name, value);
  preparedIn.set(term, lang);
}

/**
 * Terms `prepareTerm` drew, with the language it drew them in. Such a term's first update has nothing
 * to do (its attributes are its whole drawn state), so it is skipped (see `BorgerTerm.shouldUpdate`).
 */
const preparedIn = new WeakMap<Element, string>();

/** The language a term at `place` shows its texts in (as its own LangController resolves it). */
export function termLanguage(place: Element): string {
  return resolveLocale(nearestLangAttribute(place), completeLanguages(helpMessages)).lang;
}

/** Sets an attribute only when it changes (no needless style work on thousands of terms). */
function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** The term's texts in `lang`: a translation if the glossary has one, else the explanation's own fallback. */
function termTexts(entry: GlossaryTerm, lang: string): Pick<TermInfo, 'term' | 'explanation'> {
  for (const code of fallbackChain(lang)) {
    // Own keys only: a language code never reaches Object.prototype.
    const translation = entry.translations && Object.hasOwn(entry.translations, code) ? entry.translations[code] : undefined;
    if (translation) return { term: { text: translation.term, lang: code }, explanation: { text: translation.explanation, lang: code } };
    const explanation =
      typeof entry.explanation === 'string'
        ? code === 'da'
          ? entry.explanation
          : undefined
        : Object.hasOwn(entry.explanation, code)
          ? entry.explanation[code]
          : undefined;
    if (explanation !== undefined) return { term: { text: entry.term, lang: 'da' }, explanation: { text: explanation, lang: code } };
  }
  return { term: { text: entry.term, lang: 'da' }, explanation: localizeWithLang(entry.explanation, lang) };
}

const sameLanguage = (a: string, b: string) => a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();

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
 * A difficult word in the page's text, with a plain-language explanation in a toggletip. `<borger-help>`
 * wraps the terms it finds in it; editors may also write it by hand.
 *
 * The term has no shadow root: it is the page's own word, and while there is something to explain the
 * element itself is the toggle button (`role="button"`, `tabindex="0"`, `aria-expanded`, and an
 * `aria-label` of the word and "(forklaring)"), styled by one sheet adopted into the page's scope. So a
 * 2,000-term glossary on a long article costs about what plain inline elements cost. The explanation
 * (a live region, and the box when open) is drawn in the shadow root of a `<borger-toggletip>` placed
 * right after the word the first time the term is focused, hovered or opened: in the reading and tab
 * order right after the word, and made only for the terms a citizen touches.
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
export class BorgerTerm extends BorgerElement {
  static override styles = [tokens, baseStyles, termStyles];

  static override properties = {
    term: checked(text, { reflect: true }),
    explanation: checked(text),
    glossary: checked(text),
    open: checked(flag('open'), { reflect: true }),
    ownGlossary: { state: true },
  };

  declare term: string | undefined;
  declare explanation: string | undefined;
  declare glossary: string | undefined;
  declare open: boolean;
  /** @internal */
  declare ownGlossary: Glossary | undefined;

  private readonly language = new LangController(this, () => [helpMessages]);

  /** Rendered means rendered in the language asked for: waits for its texts first (LangController). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.language.settled;
    return super.getUpdateComplete();
  }
  /** Focus left while the pointer was over the term: close when the pointer leaves too. */
  private closeOnLeave = false;
  private framePending = false;
  private warned = false;
  /** The `<borger-toggletip>` after the word, made the first time the term is focused, hovered or opened. */
  private tip: HTMLElement | undefined;
  /** Whether the word is drawn as a button now (there is something to explain). */
  private explains = false;

  constructor() {
    super();
    this.open = false;
    // On the word itself, so an Escape it handles never reaches the page's own handlers around it.
    // Clicks, focus and the pointer are listened to once per document (listenInScope), not per term.
    this.addEventListener('keydown', this.onKeyDown);
  }

  /** No shadow root on the word: Lit draws into the toggletip's, once it exists (see `prepare`). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    readyScope(this);
    // Opened while away from the page (or moved while open): its explanation comes back with it.
    if (this.open && this.hasUpdated) {
      this.attach();
      this.prepare();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
    if (openTerm === this) openTerm = undefined;
    // The explanation goes with the word (and unmarking leaves the text nodes exactly as they were).
    this.tip?.remove();
  }

  /**
   * Makes the toggletip (once) and puts it right after the word. The live region must be there before
   * the explanation goes into it (or it is not announced): this runs as soon as the citizen comes near
   * the word (focus, pointer), before the click or key that opens it.
   * @internal
   */
  prepare(): void {
    if (!this.explains || !this.isConnected) return;
    if (!this.tip) {
      const tip = document.createElement(TOGGLETIP_TAG);
      const root = tip.attachShadow({ mode: 'open' });
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      tip.addEventListener('focusout', (event) => this.onFocusOut(event));
      tip.addEventListener('pointerleave', () => this.onPointerLeave());
      tip.addEventListener('keydown', this.onKeyDown);
      termOfTip.set(tip, this);
      (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = root;
      this.tip = tip;
    }
    if (this.nextSibling !== this.tip) this.after(this.tip);
    if (!this.hasUpdated || !this.tip.shadowRoot?.firstChild) this.requestUpdate();
  }

  /** @internal */
  onClick(event: Event): void {
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

  /**
   * A term `<borger-help>` drew while making it (`prepareTerm`) skips its first update when nothing has
   * changed since: same language, closed, only its `term` set. That update would only redo what
   * `prepareTerm` did (find the glossary, look the id up, compare four attributes), 2,000 times for a
   * large glossary. The next update (touched, opened, a property or the language changed) is a full
   * first one.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!super.shouldUpdate(changed)) return false;
    if (this.hasUpdated) return true;
    const lang = preparedIn.get(this);
    if (lang === undefined) return true;
    preparedIn.delete(this);
    const asDrawn =
      lang === this.language.lang &&
      this.language.ready &&
      !this.open &&
      !this.explanation &&
      !this.glossary &&
      [...changed.keys()].every((name) => name === 'term' || name === 'open') &&
      !litPolicyBlocked();
    if (!asDrawn) return true;
    this.explains = true;
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('glossary') && this.glossary) {
      const url = this.glossary;
      void loadGlossary(url).then((load) => {
        if (this.glossary === url) this.ownGlossary = 'glossary' in load ? load.glossary : undefined;
        reportGlossary(load, url, this);
      });
    }
    // Nothing to explain (yet, or any more): there is nothing to open.
    if (this.open && this.explainer() === undefined) this.open = false;
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

  /** What to explain, or undefined when there is nothing (no glossary yet, unknown id, switched off). */
  private info(): TermInfo | undefined {
    const found = this.explainer();
    if (found === undefined) return undefined;
    const lang = this.language.lang;
    if (typeof found === 'string') return { explanation: { text: found, lang } };
    const link =
      found.link && safeHref(found.link.href) ? { href: safeHref(found.link.href) as string, label: found.link.label } : undefined;
    return { ...termTexts(found, lang), ...(link ? { link } : {}) };
  }

  /** What explains the word: its own `explanation`, its glossary entry, or undefined (see `info`). */
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

  protected override update(changed: PropertyValues<this>): void {
    this.drawWord();
    if (this.open) this.prepare();
    // Until the toggletip exists there is nothing to draw but the word's attributes.
    if (!this.tip) {
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      return;
    }
    super.update(changed);
  }

  /** The word as a button while there is something to explain, else plain text again. */
  private drawWord(): void {
    // Lit's templates blocked by the page's Trusted Types: no explanation can be drawn, the word stays text.
    this.explains = !litPolicyBlocked() && this.explainer() !== undefined;
    if (!this.explains) {
      for (const name of ['role', 'tabindex', 'aria-expanded', 'aria-label']) this.removeAttribute(name);
      return;
    }
    for (const [name, value] of wordAttributes(this, this.language.lang, this.open)) setAttribute(this, name, value);
  }

  protected override renderWithoutLit(): void {
    // Nothing: the word is the page's own text (see drawWord).
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && Boolean(changed.get('open')) !== this.open) {
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

  private readonly onDocumentClick = (event: Event) => {
    const path = event.composedPath();
    if (!path.includes(this) && !(this.tip && path.includes(this.tip))) this.hide();
  };

  private readonly onDocumentKeyDown = (event: KeyboardEvent) => {
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
  };

  private readonly onViewportChange = () => {
    if (this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      if (this.open) this.place();
    });
  };

  private attach(): void {
    document.addEventListener('click', this.onDocumentClick, true);
    document.addEventListener('keydown', this.onDocumentKeyDown);
    window.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    window.addEventListener('resize', this.onViewportChange, { passive: true });
  }

  private detach(): void {
    document.removeEventListener('click', this.onDocumentClick, true);
    document.removeEventListener('keydown', this.onDocumentKeyDown);
    window.removeEventListener('scroll', this.onViewportChange, { capture: true });
    window.removeEventListener('resize', this.onViewportChange);
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
    const placement = placeToggletip(anchor, size, viewport, { rtl: this.language.dir === 'rtl' });
    bubble.style.setProperty('--_borger-term-x', `${placement.x}px`);
    bubble.style.setProperty('--_borger-term-y', `${placement.y}px`);
    bubble.dataset.side = placement.side;
  }

  private toggle(): void {
    if (this.open) this.hide();
    else this.show();
  }

  // ---- Rendering ---------------------------------------------------------------------------------

  /** The toggletip's content (the word itself is the page's: see drawWord). */
  override render(): TemplateResult {
    const info = this.info();
    // Toggletip (Inclusive Components): the live region is there before it is needed, and the
    // explanation is put into it on open, so screen readers announce it; the word itself stays focused.
    return html`<span class="live" role="status">${this.open && info ? this.renderBubble(info) : nothing}</span>`;
  }

  /**
   * The bubble is titled with the word the citizen clicked (issue 9, point 10): "sundhedskortet" for
   * an inflection of "sundhedskort"; a different word listed as a form of the term (a synonym) says
   * which entry explains it: "dåbsattest – se fødselsattest". A translated headword stays as it is.
   */
  private bubbleTitle(term: Texted): TemplateResult | string {
    const lang = this.language.lang;
    const clicked = (this.textContent ?? '').replace(/\s+/g, ' ').trim().normalize('NFC');
    if (term.lang !== 'da' || !clicked) return localizedText({ [term.lang]: term.text }, lang);
    const headword = term.text.normalize('NFC');
    if (clicked.toLocaleLowerCase('da').startsWith(headword.toLocaleLowerCase('da'))) return clicked;
    // The words are Danish; "se" is in the page's language.
    const see = translatorFor(helpMessages, lang)('seeTerm');
    const da = lang.split('-')[0] === 'da' ? nothing : 'da';
    return html`<span lang=${da}>${clicked}</span> – ${see} <span lang=${da}>${headword}</span>`;
  }

  private renderBubble(info: TermInfo): TemplateResult {
    const lang = this.language.lang;
    const { explanation } = info;
    const other = !sameLanguage(explanation.lang, lang);
    return html`<span class="bubble" part="toggletip" lang=${lang} dir=${this.language.dir}>
      ${info.term ? html`<strong class="bubble-term">${this.bubbleTitle(info.term)}</strong>` : nothing}
      <span class="bubble-text" lang=${other ? explanation.lang : nothing} dir=${other ? (isRtl(explanation.lang) ? 'rtl' : 'ltr') : nothing}
        >${renderRichText(explanation.text, explanation.lang)}</span
      >
      ${
        info.link
          ? html`<a class="bubble-link" part="link" href=${info.link.href}
            rel=${linkRel(info.link.href)}>${localizedText(info.link.label, lang)}${externalMark(info.link.href, lang)}</a>`
          : nothing
      }
    </span>`;
  }
}

// What a <borger-term> does once a citizen has touched it (or it was set, opened, or written by hand):
// its updates, its language, opening and closing, the explanation drawn with Lit into its toggletip,
// and a glossary of its own. Loaded the first time a term on the page wakes (see term.element.ts), so
// the first download of a page with 2,000 terms carries none of it.
import { adoptStyles, render } from 'lit';
import { quote } from '../core/attributes.js';
import { DEFAULT_TIMEOUT_MS, fetchJson } from '../core/content.js';
import { claimEscape, isBehindModal, isUnhandledEscape } from '../core/escape.js';
import { emit } from '../core/events.js';
import { coreMessages } from '../core/i18n/core.messages.js';
import { LangController } from '../core/i18n/lang-controller.js';
import { formatProblems, type Problem } from '../core/problems.js';
import { baseStyles, tokens } from '../core/theme.js';
import { litPolicyBlocked, reportLitPolicyBlocked } from '../core/trusted-types.js';
import type { Glossary } from './glossary.schema.js';
import { checkGlossary } from './glossary.validate.js';
import { helpMessages } from './help.messages.js';
import { renderExplanation, termInfo } from './term.bubble.js';
import { termStyles } from './term.bubble.styles.js';
import { type BorgerTerm, keyTaken, setAttribute, type TermProperty, wordLabel } from './term.element.js';
import { placeToggletip } from './term.place.js';

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
function reportGlossary(load: GlossaryLoad, url: string, term: BorgerTerm): void {
  if ('glossary' in load || load.told || term.glossary !== url || !term.isConnected) return;
  load.told = true;
  console.error(`<borger-term> could not use the glossary ${url}:\n${formatProblems(load.problems)}`);
  emit(term, 'borger-error', { widget: 'borger-term', source: url, kind: load.kind, problems: load.problems });
}

// Only one explanation is open at a time: opening one closes the other.
let openTerm: TermAwake | undefined;

/** The explanation's styles, in the toggletip's shadow root. */
const TIP_STYLES = [tokens, baseStyles, termStyles];

/** Runs one awake term: what `BorgerTerm` hands over once the code is there. @internal */
export class TermAwake {
  private readonly host: BorgerTerm;
  private readonly language: LangController;
  private pending: Promise<void> | undefined;
  private updated = false;
  /** Whether the explanation was open at the last update (opening and closing are told once). */
  private shownOpen = false;
  /** Focus left while the pointer was over the term: close when the pointer leaves too. */
  private closeOnLeave = false;
  private framePending = false;
  private warnedSettings: Set<string> | undefined;
  /** The term's own glossary (`glossary` attribute), once loaded and valid. */
  ownGlossary: Glossary | undefined;
  private glossaryAsked: string | undefined;
  /** The toggletip whose shadow root has the explanation's styles. */
  private styled: HTMLElement | undefined;

  constructor(host: BorgerTerm) {
    this.host = host;
    // coreMessages: the bubble's mark after a link to another site (core/external-link.ts).
    this.language = new LangController(host, () => [helpMessages, coreMessages]);
  }

  /** Takes over from the sleeping term: listens to its keys, follows its language, and updates. */
  start(): void {
    const host = this.host;
    // On the word itself, so an Escape it handles never reaches the page's own handlers around it.
    // Clicks, focus and the pointer are listened to once per document (term.element.ts), not per term.
    host.addEventListener('keydown', this.onKeyDown);
    // What the live region said while this code was on its way goes: the explanation is drawn there now.
    host.state.live?.replaceChildren();
    if (host.isConnected) this.language.hostConnected();
    this.requestUpdate();
  }

  connected(first: boolean): void {
    for (const controller of this.host.state.controllers ?? []) controller.hostConnected?.();
    if (first || this.host.state.changed) this.requestUpdate();
    // Opened while away from the page (or moved while open): its explanation comes back with it.
    if (this.host.open && this.updated) {
      this.attach();
      this.host.prepare();
      this.requestUpdate();
    }
  }

  disconnected(): void {
    for (const controller of this.host.state.controllers ?? []) controller.hostDisconnected?.();
    this.detach();
    if (openTerm === this) openTerm = undefined;
  }

  requestUpdate(): void {
    if (this.pending || !this.host.state.connectedOnce) return;
    this.pending = Promise.resolve().then(() => this.performUpdate());
  }

  get isUpdatePending(): boolean {
    return this.pending !== undefined;
  }

  get hasUpdated(): boolean {
    return this.updated;
  }

  /** Settles when the update under way has run and the texts of the term's language are there. */
  async settled(): Promise<void> {
    await this.pending;
    await this.language.settled;
  }

  private performUpdate(): void {
    this.pending = undefined;
    const host = this.host;
    const { state } = host;
    const language = this.language;
    if (state.early) {
      for (const [name, value] of state.early) host.assign(name, value);
      state.early = undefined;
    }
    const changed = state.changed ?? new Set<TermProperty>();
    state.changed = undefined;
    this.checkSettings(changed);
    if (changed.has('glossary') && host.glossary) this.loadOwnGlossary(host.glossary);
    // Nothing to explain (yet, or any more): there is nothing to open.
    if (host.open && host.explainer() === undefined) {
      state.values.open = false;
      changed.add('open');
    }
    this.reflect(changed);
    this.drawWord(language.lang);
    if (host.open) host.makeTip();
    const { tip, live } = state;
    if (tip?.shadowRoot && live && !litPolicyBlocked()) {
      if (this.styled !== tip) {
        adoptStyles(tip.shadowRoot, TIP_STYLES);
        this.styled = tip;
      }
      const found = host.explainer();
      const word = (host.textContent ?? '').replace(/\s+/g, ' ').trim();
      const info = host.open && found !== undefined ? termInfo(found, language.lang) : undefined;
      render(renderExplanation(info, word, language.lang, language.dir), live, { host });
    }
    this.updated = true;
    for (const controller of state.controllers ?? []) controller.hostUpdated?.();
    this.afterUpdate();
  }

  /** Checks each changed value before anything reads it; a corrected one is reported once. */
  private checkSettings(changed: Set<TermProperty>): void {
    const { values } = this.host.state;
    const checks = (this.host.constructor as typeof BorgerTerm).checks;
    for (const name of changed) {
      const raw = values[name];
      const { value, problem } = checks[name].check(raw);
      if (problem) {
        const message = `<${this.host.localName}> ${name}=${quote(raw)} ${problem}.`;
        this.warnedSettings ??= new Set();
        if (!this.warnedSettings.has(message)) {
          this.warnedSettings.add(message);
          console.warn(message);
        }
      }
      if (!Object.is(value, raw)) values[name] = value;
    }
  }

  /** Writes `term` and `open` back to their attributes, as Lit's `reflect: true`. */
  private reflect(changed: Set<TermProperty>): void {
    const host = this.host;
    const checks = (host.constructor as typeof BorgerTerm).checks;
    for (const name of changed) {
      if (!checks[name].reflect) continue;
      const value = host.state.values[name];
      host.state.reflecting = name;
      if (value === undefined || value === null || value === false) host.removeAttribute(name);
      else setAttribute(host, name, value === true ? '' : String(value));
      host.state.reflecting = undefined;
    }
  }

  private loadOwnGlossary(url: string): void {
    if (url === this.glossaryAsked) return;
    this.glossaryAsked = url;
    void loadGlossary(url).then((load) => {
      if (this.host.glossary === url) {
        this.ownGlossary = 'glossary' in load ? load.glossary : undefined;
        this.requestUpdate();
      }
      reportGlossary(load, url, this.host);
    });
  }

  /** The word as a button while there is something to explain, else plain text again. */
  private drawWord(lang: string): void {
    const host = this.host;
    // Lit's templates blocked by the page's Trusted Types: no explanation can be drawn, the word stays text.
    if (litPolicyBlocked()) reportLitPolicyBlocked();
    const explains = !litPolicyBlocked() && host.explainer() !== undefined;
    host.state.explains = explains;
    if (!explains) {
      for (const name of ['role', 'tabindex', 'aria-expanded', 'aria-label']) host.removeAttribute(name);
      return;
    }
    setAttribute(host, 'role', 'button');
    setAttribute(host, 'tabindex', '0');
    setAttribute(host, 'aria-expanded', host.open ? 'true' : 'false');
    setAttribute(host, 'aria-label', wordLabel(host, lang));
  }

  private afterUpdate(): void {
    const host = this.host;
    if (host.open !== this.shownOpen) {
      this.shownOpen = host.open;
      if (host.open) {
        if (openTerm && openTerm !== this) openTerm.host.hide();
        openTerm = this;
        this.closeOnLeave = false;
        this.attach();
      } else {
        if (openTerm === this) openTerm = undefined;
        this.detach();
      }
      emit(host, 'borger-help-term', { term: host.term ?? '', action: host.open ? 'open' : 'close' });
    }
    if (host.open) this.place();
  }

  // ---- While open: outside clicks, Escape anywhere, and keeping the box in place --------------------

  /** The listeners of an open term (made the first time it opens). */
  private whileOpen: { click: (event: Event) => void; keydown: (event: KeyboardEvent) => void; viewport: () => void } | undefined;

  private attach(): void {
    this.whileOpen ??= {
      click: (event) => {
        const path = event.composedPath();
        const tip = this.host.state.tip;
        if (!path.includes(this.host) && !(tip && path.includes(tip))) this.host.hide();
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
    const host = this.host;
    if (!host.open || !isUnhandledEscape(event)) return;
    // Behind a modal dialog opened since, the explanation is out of reach: it closes, but the Escape
    // press is the dialog's.
    if (isBehindModal(host)) {
      host.hide();
      return;
    }
    // The explanation is the innermost thing: only it closes, not a dialog or popover around it.
    claimEscape(event);
    // Focus goes back to the word only if it was on the word or nowhere; focus elsewhere is not taken.
    const active = document.activeElement;
    host.hide({ focus: active === null || active === document.body || active === host });
  }

  private onViewportChange(): void {
    if (this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      if (this.host.open) this.place();
    });
  }

  /** Keys on the word and in its explanation. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const host = this.host;
    // Acted on already, by the term before this code was there.
    if (keyTaken(event)) return;
    if (host.state.explains && event.currentTarget === host && event.target === host && (event.key === 'Enter' || event.key === ' ')) {
      // Space would scroll the page; it acts on key up, as a native button's does.
      event.preventDefault();
      if (event.key === 'Enter' && !event.repeat) this.toggle();
      return;
    }
    if (!host.open || !isUnhandledEscape(event)) return;
    // Handled here: a dialog or popover around the text stays open, and the page's own Escape handlers
    // (a menu, a lightbox) do not run for it.
    claimEscape(event, { stop: true });
    host.hide({ focus: true });
  };

  onFocusOut(event: FocusEvent): void {
    const host = this.host;
    if (!host.open) return;
    const next = event.relatedTarget as Node | null;
    const tip = host.state.tip;
    // Focus moving within the term (the word, a link in the explanation) or to nowhere keeps it open.
    if (next === null || next === host || host.contains(next) || (tip && (next === tip || tip.contains(next)))) return;
    // Moved on with the keyboard: close, unless the pointer still rests on the explanation.
    if (this.within(':hover')) this.closeOnLeave = true;
    else host.hide();
  }

  onPointerLeave(): void {
    if (!this.closeOnLeave) return;
    // Firefox still matches :hover while it sends pointerleave: look once the pointer has moved on.
    requestAnimationFrame(() => {
      if (this.closeOnLeave && !this.within(':focus-within') && !this.within(':hover')) this.host.hide();
    });
  }

  /** Whether the word or its explanation matches `selector` (`:hover`, `:focus-within`). */
  private within(selector: string): boolean {
    const { host } = this;
    const tip = host.state.tip;
    return host.matches(selector) || Boolean(tip?.isConnected && tip.matches(selector));
  }

  private place(): void {
    const host = this.host;
    const bubble = host.state.tip?.shadowRoot?.querySelector<HTMLElement>('.bubble');
    if (!bubble) return;
    const rects = host.getClientRects();
    const anchor = rects[0] ?? host.getBoundingClientRect();
    const size = bubble.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const placement = placeToggletip(anchor, size, viewport, { rtl: this.language.dir === 'rtl' });
    bubble.style.setProperty('--_borger-term-x', `${placement.x}px`);
    bubble.style.setProperty('--_borger-term-y', `${placement.y}px`);
    bubble.dataset.side = placement.side;
  }

  private toggle(): void {
    if (this.host.open) this.host.hide();
    else this.host.show();
  }
}

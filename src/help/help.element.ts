import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { checked, flag, text } from '../core/attributes.js';
import { BorgerContentElement } from '../core/content-element.js';
import { emit } from '../core/events.js';
import { formStyles } from '../core/form-styles.js';
import { resolveLang } from '../core/i18n/lang.js';
import { intlLocale } from '../core/i18n/locale.js';
import { type Translate, translatorFor } from '../core/i18n/translate.js';
import { lazyChunk, whenSlow } from '../core/lazy-chunk.js';
import { formatNumber } from '../core/number.js';
import type { Validated } from '../core/problems.js';
import { speechSupported } from '../core/speech-support.js';
import type { EditorReport } from './editor-report.js';
import type { Glossary, GlossaryTerm } from './glossary.schema.js';
import { checkGlossary } from './glossary.validate.js';
import { type HelpKey, helpMessages } from './help.messages.js';
import { helpStyles } from './help.styles.js';
import { markTermsInSlices, TERM_TAG, unmarkTerms } from './mark-terms.js';
import { createMatcher, type Matcher } from './matcher.js';
import type { ReadAloud, ReadingAction, VoiceState } from './read-aloud.js';
import type { OwnedHighlight } from './read-aloud-highlights.js';
import { prepareTerm, type TermSource, TOGGLETIP_TAG, termLanguage, termTemplate } from './term.element.js';

// Loaded on first use, never in the first download: reading aloud (with core speech and the sentence
// splitter) on the first "Lyt", the editor view (LIX and its report) the first time `editor` is on.
const readAloudChunk = lazyChunk<typeof import('./read-aloud.js')>(() => import('./read-aloud.js'));
const editorChunk = lazyChunk<typeof import('./editor-view.js')>(() => import('./editor-view.js'));

/** @internal For tests: the chunks <borger-help> loads on first use (to make one arrive late or fail). */
export const helpChunks = { readAloud: readAloudChunk, editor: editorChunk };

export interface HelpSpeechDetail {
  action: ReadingAction;
  /** The language the text is read in. */
  lang: string;
}

declare global {
  interface HTMLElementEventMap {
    'borger-help-speech': CustomEvent<HelpSpeechDetail>;
  }
  interface HTMLElementTagNameMap {
    'borger-help': BorgerHelp;
  }
}

/** Speaking rates offered: a little slower, normal, a little faster. */
export const READING_RATES = [0.75, 1, 1.25] as const;

/**
 * Plain-language help around a page's own article: difficult words explained in place, the text read
 * aloud with the sentence being read highlighted, and (for editors) the text's readability.
 *
 * @tag borger-help
 * @attr glossary - URL of the glossary JSON (terms and their explanations). `src` works too.
 * @attr all - Explain every occurrence of a term, not only the first in each section.
 * @attr headings - Explain terms inside headings too.
 * @attr editor - Show the editor view: LIX, counts, the longest sentences and words, unused glossary terms.
 * @slot - The page's article. It stays the page's own markup and typography; terms in it are wrapped in `<borger-term>`.
 * @fires borger-help-speech - Reading aloud started, paused, resumed, stopped or came to its end. `detail: { action, lang }`.
 * @fires borger-help-term - (from the `<borger-term>` inside) An explanation was opened or closed. `detail: { term, action }`.
 * @csspart toolbar - The row of buttons above the article.
 * @csspart listen - The "Lyt" button (its label becomes "Pause" and "Fortsæt" while reading).
 * @csspart stop - The stop button, while reading.
 * @csspart speed - The reading speed choice.
 * @csspart terms-toggle - The "Forklar svære ord" switch.
 * @csspart notice - A note in the toolbar (e.g. no voice for the language).
 * @csspart editor - The editor view.
 * @cssprop --borger-color-primary - Buttons.
 * @cssprop --borger-color-highlight - Background of a term while open.
 * @cssprop --borger-font-family - Font of the toolbar (the article keeps the page's font).
 * @cssprop --borger-radius - Corner radius.
 */
export class BorgerHelp extends BorgerContentElement<Glossary> implements TermSource {
  static override styles = [...BorgerContentElement.styles, formStyles, helpStyles];
  static override catalogues = [...BorgerContentElement.catalogues, helpMessages];

  static override properties = {
    ...BorgerContentElement.properties,
    // `glossary` is the documented name of the URL; it and `src` are one property.
    src: checked(text, { reflect: false }, 'glossary'),
    glossary: { type: String, noAccessor: true },
    all: checked(flag('all'), { reflect: true }),
    headings: checked(flag('headings'), { reflect: true }),
    editor: checked(flag('editor'), { reflect: true }),
    explainTerms: { type: Boolean, attribute: false },
  };

  declare all: boolean;
  declare headings: boolean;
  declare editor: boolean;
  /** Whether difficult words are explained (the "Forklar svære ord" switch). */
  declare explainTerms: boolean;

  private matcher: Matcher | undefined;
  private entries = new Map<string, GlossaryTerm>();
  private readonly observer: MutationObserver;
  /** The marking under way (a long article is marked in slices): a newer one replaces it. */
  private marking: AbortController | undefined;
  /** Made on the first "Lyt", once the read-aloud code has arrived. */
  private reader: ReadAloud | undefined;
  /** The reading rate chosen (also before the first "Lyt"). */
  private rate = 1;
  /** The read-aloud code is on its way after a press; `slow`: long enough to say so. */
  private speechLoading: { slow: boolean; done: Promise<void> } | undefined;
  /** The read-aloud code did not arrive at the last press (a polite note; the next press tries again). */
  private speechUnavailable = false;
  private lixHighlight: OwnedHighlight | undefined;
  private report: EditorReport | undefined;

  constructor() {
    super();
    this.all = false;
    this.headings = false;
    this.editor = false;
    this.explainTerms = true;
    // The CMS may add content later: new text is marked as it arrives. The element's own marking is
    // taken out of the queue right after it is done (takeRecords), so it never triggers itself.
    // A term's toggletip, put after its word when the citizen comes near it, is not new content.
    this.observer = new MutationObserver((records) => {
      if (records.some((record) => !onlyToggletips(record))) this.contentChanged();
    });
  }

  /** URL of the glossary JSON (the same as `src`). */
  get glossary(): string | undefined {
    return this.src;
  }
  set glossary(url: string | undefined | null) {
    this.src = url ?? undefined;
  }

  /** Whether the glossary has loaded and is valid. */
  get glossaryReady(): boolean {
    return this.contentState.status === 'ready';
  }

  /** The glossary entry with this id (for the `<borger-term>` elements inside); ids compare in NFC. */
  termEntry(id: string): GlossaryTerm | undefined {
    return this.entries.get(id.normalize('NFC'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.markNow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    this.marking?.abort();
    this.reader?.stop();
    this.reader?.dispose();
    this.lixHighlight?.clear();
  }

  /** Rendered includes the answer to a "Lyt" whose code is still on its way (it arrives, or it fails). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = this.speechLoading;
    if (!loading) return done;
    await loading.done;
    return this.getUpdateComplete();
  }

  protected validateContent(input: unknown): Promise<Validated<Glossary>> {
    return checkGlossary(input);
  }

  protected override contentReady(data: Glossary): void {
    this.entries = new Map(data.terms.map((entry) => [entry.id, entry]));
    this.matcher = createMatcher(data);
    this.remark();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const changedSetting = (['explainTerms', 'all', 'headings'] as const).some((key) => changed.has(key) && changed.get(key) !== undefined);
    if (changedSetting) this.remark();
    this.updateLixHighlight();
  }

  /** Removes the marks this element made and marks again with the current settings. */
  private remark(): void {
    this.marking?.abort();
    unmarkTerms(this);
    this.observer.takeRecords();
    this.markNow();
    // Terms written by hand follow the switch too.
    for (const term of this.querySelectorAll(TERM_TAG)) (term as HTMLElement & { requestUpdate?: () => void }).requestUpdate?.();
  }

  private markNow(): void {
    if (!this.matcher || !this.explainTerms || !this.isConnected) return;
    // Slices of a few milliseconds, so a 2,000-term glossary on a long article never blocks the page;
    // the first slice runs now (a normal article is marked before this returns). Each slice takes its
    // own changes out of the observer's queue, so marking never triggers itself.
    this.marking?.abort();
    const marking = new AbortController();
    this.marking = marking;
    // The terms' language, once per text node (every term in it resolves the same).
    let place: Text | undefined;
    let lang = '';
    void markTermsInSlices(this, this.matcher, {
      all: this.all,
      headings: this.headings,
      template: termTemplate(),
      prepare: (term, text) => {
        if (text !== place) {
          place = text;
          lang = termLanguage(text.parentElement ?? this);
        }
        prepareTerm(term, lang);
      },
      signal: marking.signal,
      onSlice: () => this.observer.takeRecords(),
    });
  }

  private contentChanged(): void {
    this.markNow();
    if (this.editor) this.requestUpdate();
  }

  /** The language of the wrapped text: the article's own `lang`, else the element's. */
  private textLang(): string {
    const first = [...this.children].find((child) => child.localName !== 'script' && !child.hasAttribute('slot'));
    return resolveLang(first ?? this);
  }

  /** The article is still there: say that only the explanations are missing. */
  protected override errorText(): { title: string; body: string } {
    const t = this.t();
    return { title: t('glossaryFailedTitle'), body: t('glossaryFailedBody') };
  }

  private t(): Translate<HelpKey> {
    return translatorFor(helpMessages, this.language.lang);
  }

  // ---- Events from the toolbar ----------------------------------------------------------------------

  private toggleTerms(): void {
    this.explainTerms = !this.explainTerms;
  }

  /** The citizen pressed "Lyt" on a device without a voice for the language: tell them why. */
  private voiceExplained = false;

  /** Starts the read-aloud download when the citizen is about to press "Lyt" (pointer over it, focus on it). */
  private prepareSpeech(): void {
    if (this.reader) return;
    // The voice check starts too, so the browser's voice list is there by the press. A failure here is
    // reported by the press, which tries again.
    readAloudChunk.load().then(
      (module) => {
        if (this.isConnected) this.readerFrom(module).voiceState(this.textLang());
      },
      () => undefined,
    );
  }

  private listen(): void {
    const module = readAloudChunk.module;
    if (module) {
      const reader = this.readerFrom(module);
      // The voices are read again on every press: one that came late (or without telling) is used.
      const voice = reader.refreshVoice(this.textLang());
      if (voice !== 'checking') {
        this.act(reader, voice);
        return;
      }
    }
    // The read-aloud code is not here yet, or the browser has not listed its voices yet: wait for both
    // (saying so if it takes time), then act on the press. A second press meanwhile starts nothing more.
    if (this.speechLoading) return;
    this.speechUnavailable = false;
    const lang = this.textLang();
    const loading = { slow: false, done: Promise.resolve() };
    const ready = whenSlow(
      readAloudChunk.load().then(async (arrived) => {
        const reader = this.readerFrom(arrived);
        return { reader, voice: await reader.settledVoice(lang) };
      }),
      () => {
        // Long enough to notice: say that reading is on its way (polite; focus stays on "Lyt").
        loading.slow = true;
        this.requestUpdate();
      },
    );
    loading.done = ready.then(
      ({ reader, voice }) => {
        this.speechLoading = undefined;
        if (this.isConnected) this.act(reader, voice);
        this.requestUpdate();
      },
      (error: unknown) => {
        this.speechLoading = undefined;
        this.speechUnavailable = true;
        console.error('<borger-help> could not load its read-aloud code ("Lyt"); the next press tries again.', error);
        this.requestUpdate();
      },
    );
    this.speechLoading = loading;
    this.requestUpdate();
  }

  /** The reader, made with the read-aloud code once it has arrived. */
  private readerFrom(module: typeof import('./read-aloud.js')): ReadAloud {
    if (this.reader) return this.reader;
    const reader = new module.ReadAloud(this, {
      onChange: (action) => {
        emit(this, 'borger-help-speech', { action, lang: reader.lang });
        this.requestUpdate();
      },
      onVoices: () => this.requestUpdate(),
    });
    reader.rate = this.rate;
    this.reader = reader;
    return reader;
  }

  /** What a press of "Lyt" does, once the voice for the text's language is known. */
  private act(reader: ReadAloud, voice: VoiceState): void {
    if (voice === 'no' || voice === 'unsupported') {
      // No voice for the language: say why, next to the button. The button stays, and so does focus on
      // it (WCAG 2.4.3); a later voice makes it work.
      this.voiceExplained = true;
      this.requestUpdate();
      return;
    }
    const state = reader.state;
    if (state === 'reading') reader.pause();
    else if (state === 'paused') reader.resume();
    else reader.start(this.textLang());
  }

  /** Before the first "Lyt" there is no reader: speech exists or not, and the voices are not asked yet. */
  private voiceState(lang: string): VoiceState {
    if (!speechSupported()) return 'unsupported';
    return this.reader?.voiceState(lang) ?? 'checking';
  }

  private async stopReading(): Promise<void> {
    this.reader?.stop();
    await this.updateComplete;
    // The stop button is gone: focus stays in the toolbar, on the button that starts reading again.
    this.renderRoot.querySelector<HTMLElement>('[part="listen"]')?.focus();
  }

  private changeRate(event: Event): void {
    this.rate = Number((event.target as HTMLSelectElement).value) || 1;
    if (this.reader) this.reader.rate = this.rate;
  }

  // ---- Rendering ----------------------------------------------------------------------------------

  override render(): TemplateResult {
    const state = this.contentState;
    // The article (the slot) is always shown: the help around it loads, fails or works on its own.
    // While the texts of the language asked for load, the toolbar waits (no flash of Danish).
    if (!this.language.ready) return html`<div class="root" lang=${this.language.lang} dir=${this.language.dir}></div><slot></slot>`;
    const head =
      state.status === 'loading'
        ? // The toolbar as it will be (it may wrap to two rows on a phone), not a placeholder: the article
          // below must not jump when the glossary arrives.
          this.renderToolbar()
        : html`${state.status === 'error' ? this.renderError() : nothing}${this.renderToolbar()}${this.editor ? this.renderEditor() : nothing}`;
    return html`<div class="root" lang=${this.language.lang} dir=${this.language.dir}>${head}</div><slot></slot>`;
  }

  protected override renderContent(): TemplateResult {
    return this.renderToolbar();
  }

  private renderToolbar(): TemplateResult {
    const t = this.t();
    const lang = this.textLang();
    const voice = this.voiceState(lang);
    // While the glossary loads, the switch is there already (a glossary has terms); pressed early, it
    // just decides whether the terms get marked.
    const state = this.contentState;
    const hasTerms = state.status === 'loading' || (state.status === 'ready' && state.data.terms.length > 0);
    const busy = state.status === 'loading';
    let notice: string | undefined;
    // Without a voice, "Lyt" stays and explains itself when pressed: no notice on every article for
    // every citizen, and no line that appears late and pushes the article down.
    if (this.speechUnavailable) notice = t('readingUnavailable');
    else if (this.speechLoading?.slow) notice = t('readingLoading');
    else if (voice === 'no' && this.voiceExplained) notice = t('noVoice', { language: languageName(lang, this.language.lang) });
    else if (voice === 'unsupported') notice = t('noSpeech');
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${t('toolbar')} aria-busy=${busy ? 'true' : nothing}>
      ${voice === 'unsupported' ? nothing : this.renderSpeech(t, (voice === 'no' && this.voiceExplained) || this.speechUnavailable)}
      ${
        hasTerms
          ? html`<button type="button" class="button secondary" part="terms-toggle" aria-pressed=${this.explainTerms ? 'true' : 'false'}
            @click=${this.toggleTerms}><span class="check" aria-hidden="true">${this.explainTerms ? '✓' : ''}</span>${t('explainWords')}</button>`
          : nothing
      }
      ${notice ? html`<p class="notice ${this.speechUnavailable ? 'failed' : ''}" part="notice" id="notice" role="status">${notice}</p>` : nothing}
      ${this.reader?.failed ? html`<p class="notice failed" part="notice" role="alert">${t('readingFailed')}</p>` : nothing}
    </div>`;
  }

  /** `noVoice`: "Lyt" was pressed and there is no voice; the button names the notice that says why. */
  private renderSpeech(t: Translate<HelpKey>, noVoice: boolean): TemplateResult {
    const state = this.reader?.state ?? 'idle';
    const label = state === 'reading' ? t('pause') : state === 'paused' ? t('resume') : t('listen');
    const icon = state === 'reading' ? '⏸\uFE0E' : '▶\uFE0E';
    return html`<button type="button" class="button" part="listen" aria-describedby=${noVoice ? 'notice' : nothing}
        @click=${this.listen} @pointerenter=${this.prepareSpeech} @focus=${this.prepareSpeech}><span class="icon" aria-hidden="true">${icon}</span>${label}</button>
      ${
        state === 'idle'
          ? nothing
          : html`<button type="button" class="button secondary" part="stop" @click=${this.stopReading}><span class="icon" aria-hidden="true">■</span>${t('stop')}</button>`
      }
      <label class="speed" part="speed">${t('speed')}
        <select @change=${this.changeRate}>
          ${READING_RATES.map((rate) => html`<option value=${rate} ?selected=${rate === this.rate}>${t('speedValue', { rate: formatNumber(rate, this.language.lang) })}</option>`)}
        </select>
      </label>`;
  }

  private renderEditor(): TemplateResult {
    const ready = this.contentState.status === 'ready' ? this.contentState.data : undefined;
    const editorModule = editorChunk.module;
    if (!editorModule) {
      void editorChunk.load().then(
        () => this.requestUpdate(),
        (error: unknown) => console.error('<borger-help> could not load the editor view.', error),
      );
      return html`<div class="editor" part="editor" aria-busy="true"></div>`;
    }
    const report = editorModule.editorReport(
      editorModule.readableText(this).text,
      ready && this.matcher ? { glossary: ready, matcher: this.matcher } : undefined,
    );
    this.report = report;
    editorModule.adoptEditorStyles(this.renderRoot);
    return editorModule.renderEditorView(report, this.t(), ready !== undefined);
  }

  /** Marks the longest sentences and words in the text itself (editor view only). */
  private updateLixHighlight(): void {
    const view = editorChunk.module;
    if (!view || !this.editor || !this.report || !view.highlightsSupported()) {
      this.lixHighlight?.clear();
      return;
    }
    view.adoptHighlightStyles(this);
    this.lixHighlight ??= new view.OwnedHighlight(view.LIX_HIGHLIGHT);
    const map = view.readableText(this);
    const ranges = [...this.report.longestSentences, ...this.report.longestWords]
      .map((piece) => map.range(piece.start, piece.end))
      .filter((range): range is Range => range !== undefined);
    this.lixHighlight.set(ranges);
  }
}

/** A change that only adds or removes terms' toggletips (see <borger-term>). */
function onlyToggletips(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => (node as Element).localName === TOGGLETIP_TAG);
}

/** "dansk", "Danish": the name of a language in the reader's language. */
function languageName(lang: string, inLang: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(inLang)], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

// The base every content-driven widget extends: language, content loading and validation,
// and the loading and error states. Subclasses validate their format and render it when ready.
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { checked, text } from './attributes.js';
import { BorgerElement } from './borger-element.js';
import { type ContentSource, hasContent, loadContent, maxBytesOf } from './content.js';
import { emit } from './events.js';
import { coreMessages } from './i18n/core.messages.js';
import { LangController } from './i18n/lang-controller.js';
import { type Catalogs, translatorFor } from './i18n/translate.js';
import { nextTask } from './next-task.js';
import { formatProblems, type Problem, type Validated } from './problems.js';
import { baseStyles, tokens } from './theme.js';
import { safeHref, telHref } from './url.js';

export type ContentState<T> =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; data: T; source: ContentSource }
  | { status: 'error'; kind: 'load' | 'invalid'; problems: Problem[]; source: ContentSource };

/**
 * @attr src - URL of the content JSON (used when no `content` property or inline JSON is given).
 * @attr max-bytes - Largest `src` response read, in bytes (default 2097152, 2 MiB; read at each load).
 * @attr fallback-phone - A phone number offered to the citizen if the widget cannot show its content.
 * @attr fallback-href - A link offered to the citizen if the widget cannot show its content.
 * @slot error - Your own message for the error state, replacing the default one.
 * @csspart error - The error message box.
 * @csspart loading - The placeholder shown while content loads.
 * @fires borger-error - Content could not be loaded or is invalid. `detail: { widget, source, kind, problems }`.
 */
export abstract class BorgerContentElement<T> extends BorgerElement {
  static override styles = [tokens, baseStyles];

  static override properties = {
    src: checked(text, { reflect: true }),
    content: { attribute: false },
    fallbackPhone: checked(text, { attribute: 'fallback-phone' }),
    fallbackHref: checked(text, { attribute: 'fallback-href' }),
    contentState: { state: true },
  };

  /** URL of the content JSON. */
  declare src: string | undefined;
  /** Content as a JS object; takes precedence over inline JSON and `src`. */
  declare content: unknown;
  declare fallbackPhone: string | undefined;
  declare fallbackHref: string | undefined;
  /** @internal */
  declare contentState: ContentState<T>;

  /**
   * The message catalogues the element shows texts from. It speaks only the languages that all of
   * them have complete (others fall back to English or Danish, marked as such): see i18n/locale.ts.
   */
  static catalogues: readonly Catalogs<string>[] = [coreMessages];

  /** The element's one resolved locale: texts, Intl formatting and the lang/dir marks all follow it. */
  protected readonly language = new LangController(this, () => (this.constructor as typeof BorgerContentElement).catalogues);
  private loadController: AbortController | undefined;
  private loadPending = false;
  /** Settles when the content in hand has been checked (see `reload`). */
  private checking: Promise<void> | undefined;
  /** While there is no content: waits for an inline JSON child the parser has not reached yet. */
  private inlineWatch: MutationObserver | undefined;

  constructor() {
    super();
    this.contentState = { status: 'empty' };
  }

  /** Rendered means rendered in the language asked for: waits for its texts first (LangController). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.language.settled;
    let result = await super.getUpdateComplete();
    // Content in hand being checked: rendered means rendered with the answer.
    while (this.checking) {
      await this.checking;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Checks raw JSON against the widget's schema (and its own cross-checks). */
  protected abstract validateContent(input: unknown): Validated<T> | Promise<Validated<T>>;

  /** Renders the widget once content is valid. */
  protected abstract renderContent(data: T): TemplateResult;

  override connectedCallback(): void {
    super.connectedCallback();
    // Loads at the next update, not here: before the first update Lit has not yet handed over the
    // values the page set before upgrade. Re-reads inline JSON if the element is moved or
    // re-attached after a failed load.
    if (this.contentState.status !== 'ready') this.loadPending = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadController?.abort();
    this.inlineWatch?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A source set while disconnected is loaded on the next connection.
    if (changed.has('src') || changed.has('content')) this.loadPending = true;
    if (this.loadPending && this.isConnected) {
      this.loadPending = false;
      void this.reload();
    }
  }

  /** Loads (again) from the highest-precedence source. */
  async reload(): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    const request = { property: this.content, host: this, url: this.src };
    this.inlineWatch?.disconnect();
    if (!hasContent(request)) {
      this.contentState = { status: 'empty' };
      this.watchForInlineContent();
      return;
    }
    if (this.contentState.status !== 'ready') this.contentState = { status: 'loading' };
    let checked!: () => void;
    const checking = new Promise<void>((done) => {
      checked = done;
    });
    // Content in hand (a property or inline JSON now, a response once it has arrived) is being checked:
    // `updateComplete` waits for the answer, as it did before the check moved to a task of its own.
    const inHand = () => {
      this.checking = checking;
    };
    if (request.property !== undefined || !request.url) inHand();
    try {
      const raw = await loadContent({ ...request, signal: controller.signal, maxBytes: maxBytesOf(this) });
      if (controller.signal.aborted || raw.ok === 'none') return;
      inHand();
      if (raw.ok === false) {
        this.fail('load', raw.problems, raw.source);
        return;
      }
      let result: Validated<T>;
      try {
        result = await this.validateContent(raw.data);
      } catch (error) {
        // The schema could not be loaded to explain the content (a network failure): a load error.
        if (!controller.signal.aborted)
          this.fail('load', [{ path: '$', message: `could not be checked (${(error as Error).message})` }], raw.source);
        return;
      }
      if (controller.signal.aborted) return;
      if (!result.ok) {
        this.fail('invalid', result.problems, raw.source);
        return;
      }
      // Checking a large content file takes a while on a slow phone: the widget's own preparation and
      // its render run in a task of their own, so neither adds to the check's task.
      await nextTask();
      if (controller.signal.aborted) return;
      this.contentState = { status: 'ready', data: result.value, source: raw.source };
      this.contentReady(result.value);
    } finally {
      checked();
      if (this.checking === checking) this.checking = undefined;
    }
  }

  private watchForInlineContent(): void {
    this.inlineWatch ??= new MutationObserver(() => {
      if (this.contentState.status === 'empty' && hasContent({ property: this.content, host: this, url: this.src })) void this.reload();
    });
    this.inlineWatch.observe(this, { childList: true });
  }

  /** Hook for subclasses: content has just become ready. */
  protected contentReady(_data: T): void {}

  protected fail(kind: 'load' | 'invalid', problems: Problem[], source: ContentSource): void {
    this.contentState = { status: 'error', kind, problems, source };
    const tag = this.localName;
    const what = kind === 'load' ? 'could not load its content' : `found ${problems.length} problem(s) in its content`;
    console.error(`<${tag}> ${what} (${source}):\n${formatProblems(problems)}`);
    emit(this, 'borger-error', { widget: tag, source, kind, problems });
  }

  /** Core messages (loading, error) in the element's language. */
  protected coreText(key: keyof typeof coreMessages.da, params?: Record<string, string>): string {
    return translatorFor(coreMessages, this.language.lang)(key, params);
  }

  override render(): TemplateResult {
    // The texts of the language asked for are still loading: no words yet (never a flash of Danish).
    if (!this.language.ready) return this.renderWaitingForLanguage();
    const state = this.contentState;
    const body =
      state.status === 'ready' ? this.renderContent(state.data) : state.status === 'error' ? this.renderError() : this.renderLoading();
    return html`<div class="root" lang=${this.language.lang} dir=${this.language.dir}>${body}</div>`;
  }

  /** The space the widget will take, without words, while its language's texts load (LangController). */
  protected renderWaitingForLanguage(): TemplateResult {
    return html`<div class="root" lang=${this.language.lang} dir=${this.language.dir}><div class="loading" part="loading" aria-busy="true"></div></div>`;
  }

  protected renderLoading(): TemplateResult {
    // Quiet on purpose: reserves space, says nothing to screen readers until there is something to say.
    return html`<div class="loading" part="loading" aria-busy="true"><span class="visually-hidden">${this.coreText('loading')}</span></div>`;
  }

  /** What the error state says; a widget whose page content stays usable says something more precise. */
  protected errorText(): { title: string; body: string } {
    return { title: this.coreText('errorTitle'), body: this.coreText('errorBody') };
  }

  /** The error message with the fallback phone and link, drawn with plain DOM (when Lit cannot render). */
  protected override renderWithoutLit(root: ShadowRoot): void {
    const { title, body } = this.errorText();
    const paragraph = (...children: (Node | string)[]) => {
      const p = document.createElement('p');
      p.append(...children);
      return p;
    };
    const link = (href: string, text: string) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      return a;
    };
    const strong = document.createElement('strong');
    strong.textContent = title;
    const box = document.createElement('div');
    box.className = 'error';
    box.setAttribute('part', 'error');
    box.setAttribute('role', 'alert');
    box.append(paragraph(strong), paragraph(body));
    const phone = this.fallbackPhone;
    if (phone) box.append(paragraph(link(telHref(phone), this.coreText('errorPhone', { phone }))));
    const href = safeHref(this.fallbackHref);
    if (href) box.append(paragraph(link(href, this.coreText('errorLink'))));
    const wrapper = document.createElement('div');
    wrapper.className = 'root';
    wrapper.lang = this.language.lang;
    wrapper.dir = this.language.dir;
    // The page's own content (the article inside <borger-help>) stays readable.
    wrapper.append(box, document.createElement('slot'));
    root.replaceChildren(wrapper);
  }

  protected renderError(): TemplateResult {
    const phone = this.fallbackPhone;
    const { title, body } = this.errorText();
    return html`<div class="error" part="error" role="alert">
      <slot name="error">
        <p><strong>${title}</strong></p>
        <p>${body}</p>
        ${phone ? html`<p><a href=${telHref(phone)}>${this.coreText('errorPhone', { phone })}</a></p>` : null}
        ${safeHref(this.fallbackHref) ? html`<p><a href=${safeHref(this.fallbackHref)!}>${this.coreText('errorLink')}</a></p>` : null}
      </slot>
      ${
        this.contentState.status === 'error' && this.contentState.kind === 'load'
          ? html`<button type="button" class="button secondary" @click=${() => this.reload()}>${this.coreText('retry')}</button>`
          : null
      }
    </div>`;
  }
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { formStyles } from '../core/form-styles.js';
import { BorgerContentElement } from '../core/content-element.js';
import { emit } from '../core/events.js';
import { type Handoff, handOff } from '../core/handoff.js';
import { baseLang, fallbackChain, isRtl } from '../core/i18n/lang.js';
import { type Params, type Translate, translatorFor } from '../core/i18n/translate.js';
import { ListenerController } from '../core/listener-controller.js';
import { type LocalizedText, localize, localizeWithLang } from '../core/localized.js';
import { localizedText } from '../core/localized-template.js';
import { renderRichText } from '../core/rich-text.js';
import { isExternal, safeHref, telHref } from '../core/url.js';
import type { Validated } from '../core/validation.js';
import {
  type AnswerError,
  type Answers,
  answer,
  answersSoFar,
  back,
  changeAnswer,
  currentNode,
  currentNodeId,
  fastForward,
  type GuideState,
  isGuideState,
  outcome,
  pathSoFar,
  proceed,
  progress,
  questionOptions,
  type ResolvedOutcome,
  rememberedAnswer,
  restoreState,
  start,
} from './guide.engine.js';
import { type GuideKey, guideMessages } from './guide.messages.js';
import { readAloudText } from './guide.read-aloud.js';
import { ReadAloudController } from './guide.read-aloud-controller.js';
import type { Guide, GuideAction, GuideNode, GuideOption, InfoNode, QuestionNode } from './guide.schema.js';
import { validateGuide } from './guide.schema.js';
import { guideStyles } from './guide.styles.js';
import { forget, fragmentWith, guideIdInFragment, loadSaved, save, sessionStore, stateFromFragment } from './guide.url-state.js';

export interface GuideStepDetail {
  guide: string;
  /** The id of the node shown now. */
  node: string;
  /** The answers given on the way to it. */
  answers: Answers;
}

export interface GuideCompleteDetail {
  guide: string;
  /** The id of the outcome reached. */
  outcome: string;
  answers: Answers;
}

export interface GuideActionDetail {
  guide: string;
  /** The action chosen: from the outcome's `actions`, or the help offers ("Brug for hjælp?", feedback "Nej"). */
  action: GuideAction;
}

export interface GuideFeedbackDetail {
  guide: string;
  outcome: string;
  helpful: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'borger-guide-step': CustomEvent<GuideStepDetail>;
    'borger-guide-complete': CustomEvent<GuideCompleteDetail>;
    'borger-guide-action': CustomEvent<GuideActionDetail>;
    'borger-guide-feedback': CustomEvent<GuideFeedbackDetail>;
  }
  interface HTMLElementTagNameMap {
    'borger-guide': BorgerGuide;
  }
}

/** Where a short message about a missing hand-off target is shown. */
type NoticePlace = 'action' | 'help' | 'feedback';
interface Notice {
  place: NoticePlace;
  kind: 'booking' | 'channels';
}
type FocusTarget = 'heading' | 'summary' | 'feedback';
type UrlWrite = 'push' | 'replace' | 'none';

/**
 * A phone number never breaks across lines ("+45 33 66 33 / 66" is hard to read), and stays left-to-right
 * inside right-to-left text (Unicode isolates, since a translated message is plain text).
 */
const keepTogether = (phone: string) => `\u2066${phone.replace(/ /g, '\u00a0')}\u2069`;

/**
 * A step-by-step guide: one question per view, then an outcome with what to bring and what to do next.
 *
 * The first question is shown right away, with the guide's intro above it: no separate start screen,
 * because a citizen who opened the guide came to answer, and the question itself says what it is about.
 * After "Ret" (change) on "Dine svar", "Fortsæt" skips on through the questions whose remembered answers
 * still fit, and stops at new information, a new question or the outcome.
 *
 * @tag borger-guide
 * @attr history - Each step gets a URL fragment (`#guide=…&guide.path=…`), so the browser's Back goes to the previous step and a link restores the state. Other fragment keys (e.g. `booking=`) are kept. Use it on one guide per page.
 * @attr persist - Keep the progress (answers and path only) in sessionStorage, so it survives a reload.
 * @attr help-service - A booking service id offered under "Brug for hjælp?" (default: the guide's first booking action).
 * @attr heading-level - Level of the guide's heading (1–6, default 2); steps are one level below.
 * @fires borger-guide-step - A step is shown (also the first one). `detail: { guide, node, answers }`.
 * @fires borger-guide-complete - An outcome is shown. `detail: { guide, outcome, answers }`.
 * @fires borger-guide-action - The citizen chose an action (link, booking, channels). `detail: { guide, action }`. Cancelable: then no link is followed and no hand-over to `<borger-booking>`/`<borger-channels>` happens.
 * @fires borger-guide-feedback - "Fik du svar på dit spørgsmål?" answered. `detail: { guide, outcome, helpful }`.
 * @csspart title - The guide's heading.
 * @csspart intro - The guide's intro (on the first step).
 * @csspart progress - "Trin 2 af højst 4".
 * @csspart error-summary - The error summary shown when an answer is missing.
 * @csspart question - The question's fieldset.
 * @csspart info - An info step.
 * @csspart next - The "Fortsæt" button.
 * @csspart back - The "Tilbage" button.
 * @csspart outcome - The outcome: title, text, checklist and actions.
 * @csspart checklist - "Det skal du have med": the things to bring, with checkboxes.
 * @csspart actions - The outcome's actions.
 * @csspart action - One action (link or button).
 * @csspart print - The print button.
 * @csspart answers - "Dine svar": the answers given, each with a change button.
 * @csspart restart - The "Start forfra" button.
 * @csspart feedback - "Fik du svar på dit spørgsmål?".
 * @csspart help - The "Brug for hjælp?" disclosure.
 * @csspart notice - A short message when an action cannot be carried out on this page.
 * @cssprop --borger-color-primary - Buttons, links, selected options.
 * @cssprop --borger-color-error - The error summary and error messages.
 * @cssprop --borger-color-success - The outcome's accent.
 * @cssprop --borger-color-highlight - The outcome's background.
 * @cssprop --borger-font-family - Font.
 * @cssprop --borger-radius - Corner radius.
 */
export class BorgerGuide extends BorgerContentElement<Guide> {
  static override styles = [...BorgerContentElement.styles, formStyles, guideStyles];

  static override properties = {
    ...BorgerContentElement.properties,
    history: { type: Boolean, reflect: true },
    persist: { type: Boolean, reflect: true },
    helpService: { type: String, attribute: 'help-service' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    walk: { state: true },
    visit: { state: true },
    answerError: { state: true },
    announcement: { state: true },
    notice: { state: true },
    feedback: { state: true },
    ticked: { state: true },
  };

  declare history: boolean;
  declare persist: boolean;
  declare helpService: string | undefined;
  declare headingLevel: number;
  /** @internal Where the citizen is. */
  declare walk: GuideState | undefined;
  /** @internal Counts step changes, so every step gets fresh form controls. */
  declare visit: number;
  /** @internal */
  declare answerError: AnswerError | undefined;
  /** @internal */
  declare announcement: string;
  /** @internal */
  declare notice: Notice | undefined;
  /** @internal */
  declare feedback: 'yes' | 'no' | undefined;
  /** @internal How many checklist items are ticked. */
  declare ticked: number;

  /** A state set before the content was ready; applied when it is. */
  private requested: GuideState | undefined;
  /** After "Ret": "Fortsæt" fast-forwards through answers that still fit. */
  private changing = false;
  private pendingFocus: FocusTarget | undefined;
  private readonly readAloud = new ReadAloudController(this);

  constructor() {
    super();
    this.history = false;
    this.persist = false;
    this.headingLevel = 2;
    this.visit = 0;
    this.announcement = '';
    this.ticked = 0;
    new ListenerController(
      this,
      () => window,
      'popstate',
      () => this.followUrl(),
    );
  }

  /** The citizen's progress (answers and path, no free text): read it to save it yourself, set it to restore. */
  get state(): GuideState | undefined {
    return this.walk ? structuredClone(this.walk) : undefined;
  }

  set state(value: GuideState | undefined) {
    if (!isGuideState(value)) return;
    const guide = this.guide;
    if (!guide) {
      this.requested = structuredClone(value);
      return;
    }
    const fitted = restoreState(guide, value);
    if (fitted) this.show(fitted, { focus: false, url: 'replace' });
  }

  /** Back to the first question with nothing answered (also forgets the saved progress). */
  restart(): void {
    const guide = this.guide;
    if (!guide) return;
    this.changing = false;
    forget(sessionStore(), guide.id);
    this.show(start(guide), { focus: true, url: 'push' });
  }

  /** Moves focus to the heading of the step shown (used when another widget hands a citizen over). */
  focusStart(): void {
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  protected validateContent(input: unknown): Validated<Guide> {
    return validateGuide(input);
  }

  protected override contentReady(guide: Guide): void {
    const wanted = this.requested ?? this.walk;
    this.requested = undefined;
    const fitted = wanted ? restoreState(guide, wanted) : undefined;
    if (fitted) {
      this.show(fitted, { focus: false, url: 'none' });
      return;
    }
    const fromUrl = this.history ? stateFromFragment(location.hash, guide.id) : undefined;
    if (fromUrl) {
      this.show(restoreState(guide, fromUrl) ?? start(guide), { focus: false, url: 'none' });
      return;
    }
    const saved = this.persist ? loadSaved(sessionStore(), guide.id) : undefined;
    const restored = saved ? restoreState(guide, saved) : undefined;
    // Progress from storage is written to the URL too, so Back and a copied link match what is shown.
    this.show(restored ?? start(guide), { focus: false, url: restored ? 'replace' : 'none' });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    const selector = { heading: '#step-heading', summary: '.error-summary', feedback: '#feedback-thanks' } as const;
    if (focus) this.renderRoot.querySelector<HTMLElement>(selector[focus])?.focus();
  }

  // --- Moving ------------------------------------------------------------------------------------

  private get guide(): Guide | undefined {
    return this.contentState.status === 'ready' ? this.contentState.data : undefined;
  }

  private t(): Translate<GuideKey> {
    return translatorFor(guideMessages, this.language.lang);
  }

  /**
   * A message as rendered text. A message missing in a partial catalogue (Arabic) comes from the next
   * language in the chain, and is marked with that language and its direction (WCAG 3.1.2).
   */
  private ui(key: GuideKey, params?: Params): TemplateResult | string {
    const text = this.t()(key, params);
    const lang = this.language.lang;
    const catalogs = guideMessages as Record<string, Partial<Record<GuideKey, unknown>> | undefined>;
    const from = fallbackChain(lang).find((code) => catalogs[code]?.[key] !== undefined);
    if (from === undefined || baseLang(from) === baseLang(lang)) return text;
    return html`<span lang=${from} dir=${isRtl(from) ? 'rtl' : 'ltr'}>${text}</span>`;
  }

  /** Shows a state: the one place where a step changes, so focus, URL, storage and events always agree. */
  private show(next: GuideState, how: { focus: boolean; url: UrlWrite }): void {
    const guide = this.guide;
    if (!guide) return;
    this.readAloud.stop();
    this.walk = next;
    this.visit += 1;
    this.answerError = undefined;
    this.notice = undefined;
    this.feedback = undefined;
    this.ticked = 0;
    if (how.focus) {
      this.pendingFocus = 'heading';
      this.announcement = this.stepAnnouncement(guide, next);
    }
    if (how.url !== 'none' && this.history) this.writeUrl(next, how.url);
    if (this.persist) save(sessionStore(), next);
    const answers = structuredClone(answersSoFar(next));
    emit(this, 'borger-guide-step', { guide: guide.id, node: currentNodeId(next), answers });
    const reached = outcome(guide, next);
    if (reached) {
      this.changing = false;
      emit(this, 'borger-guide-complete', { guide: guide.id, outcome: reached.id, answers: structuredClone(answers) });
    }
  }

  private writeUrl(state: GuideState, mode: 'push' | 'replace'): void {
    const url = `${location.pathname}${location.search}${fragmentWith(location.hash, state)}`;
    try {
      if (mode === 'push') window.history.pushState(window.history.state, '', url);
      else window.history.replaceState(window.history.state, '', url);
    } catch {
      // Sandboxed documents may refuse history changes; the guide works without them.
    }
  }

  /** The browser's Back/Forward (or a changed fragment): show the step the URL names. */
  private followUrl(): void {
    const guide = this.guide;
    const current = this.walk;
    if (!this.history || !guide || !current) return;
    const owner = guideIdInFragment(location.hash);
    if (owner !== undefined && owner !== guide.id) return;
    const fromUrl = stateFromFragment(location.hash, guide.id) ?? start(guide);
    // Answers remembered now stay remembered (so the form shows them), unless the URL says otherwise.
    const merged: GuideState = { ...fromUrl, answers: { ...current.answers, ...fromUrl.answers } };
    const next = restoreState(guide, merged) ?? start(guide);
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    this.changing = false;
    this.show(next, { focus: true, url: 'none' });
  }

  private stepAnnouncement(guide: Guide, state: GuideState): string {
    const here = currentNode(guide, state);
    return this.t()('stepAnnouncement', {
      progress: this.progressText(guide, state),
      title: here ? localize(here.node.title, this.language.lang) : '',
    });
  }

  private renderProgress(guide: Guide, state: GuideState): TemplateResult | string {
    const { step, maxSteps } = progress(guide, state);
    return this.ui(step >= maxSteps ? 'progressLast' : 'progress', { step, max: maxSteps });
  }

  private progressText(guide: Guide, state: GuideState): string {
    const { step, maxSteps } = progress(guide, state);
    return this.t()(step >= maxSteps ? 'progressLast' : 'progress', { step, max: maxSteps });
  }

  private advance(guide: Guide, next: GuideState): void {
    this.show(this.changing ? fastForward(guide, next) : next, { focus: true, url: 'push' });
  }

  private submitAnswer(event: SubmitEvent, question: QuestionNode): void {
    event.preventDefault();
    const guide = this.guide;
    if (!guide || !this.walk) return;
    const form = event.currentTarget as HTMLFormElement;
    const checked = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    const result = answer(guide, this.walk, question.kind === 'multiple' ? checked : (checked[0] ?? ''));
    if (!result.ok) {
      this.answerError = result.error;
      this.pendingFocus = 'summary';
      return;
    }
    this.advance(guide, result.state);
  }

  private submitInfo(event: SubmitEvent): void {
    event.preventDefault();
    const guide = this.guide;
    if (!guide || !this.walk) return;
    const result = proceed(guide, this.walk);
    if (!result.ok) {
      this.answerError = result.error;
      this.pendingFocus = 'summary';
      return;
    }
    this.advance(guide, result.state);
  }

  private goBack(): void {
    if (!this.walk) return;
    this.changing = false;
    this.show(back(this.walk), { focus: true, url: 'push' });
  }

  private change(questionId: string): void {
    const guide = this.guide;
    if (!guide || !this.walk) return;
    this.changing = true;
    this.show(changeAnswer(guide, this.walk, questionId), { focus: true, url: 'push' });
  }

  /** A `multiple` question: an exclusive option ("none of these") unticks the others, and they untick it. */
  private toggle(event: Event, question: QuestionNode): void {
    const input = event.target as HTMLInputElement;
    if (question.kind !== 'multiple' || !input.checked) return;
    const options = questionOptions(question);
    const optionOf = (value: string) => options.find((o) => o.value === value);
    const chosen = optionOf(input.value);
    const boxes = [...(input.form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
    const cleared = boxes.filter(
      (box) => box !== input && box.checked && (chosen?.exclusive === true || optionOf(box.value)?.exclusive === true),
    );
    if (cleared.length === 0) return;
    for (const box of cleared) box.checked = false;
    const lang = this.language.lang;
    this.announcement = chosen?.exclusive
      ? this.t()('exclusiveCleared', { label: localize(chosen.label, lang) })
      : this.t()('othersCleared', { label: localize(optionOf(cleared[0]!.value)?.label, lang) });
  }

  // --- Actions, hand-offs, feedback, speech -------------------------------------------------------------

  /** Fires the cancelable action event; then hands booking/channels to the element on the page. */
  private act(action: GuideAction, place: NoticePlace, event?: Event): void {
    const guide = this.guide;
    if (!guide) return;
    const proceedWith = emit(this, 'borger-guide-action', { guide: guide.id, action: structuredClone(action) }, { cancelable: true });
    if (!proceedWith) {
      event?.preventDefault();
      return;
    }
    if (action.kind === 'link') return; // the browser follows the link
    const handoff: Handoff =
      action.kind === 'booking'
        ? {
            kind: 'booking',
            service: action.service,
            ...(action.location ? { location: action.location } : {}),
            ...(action.target ? { target: action.target } : {}),
          }
        : { kind: 'channels', task: action.task, ...(action.target ? { target: action.target } : {}) };
    if (handOff(handoff)) return;
    this.notice = { place, kind: action.kind };
    this.announcement = this.t()(`missing.${action.kind}`);
  }

  private giveFeedback(helpful: boolean): void {
    const guide = this.guide;
    const reached = guide && this.walk ? outcome(guide, this.walk) : undefined;
    if (!guide || !reached) return;
    this.feedback = helpful ? 'yes' : 'no';
    this.pendingFocus = 'feedback';
    emit(this, 'borger-guide-feedback', { guide: guide.id, outcome: reached.id, helpful });
  }

  /** The language the step's text is read in: the language its title is written in. */
  private speechLang(): string | undefined {
    const here = this.guide && this.walk ? currentNode(this.guide, this.walk) : undefined;
    return here ? localizeWithLang(here.node.title, this.language.lang).lang : undefined;
  }

  private toggleReading(): void {
    const guide = this.guide;
    const here = guide && this.walk ? currentNode(guide, this.walk) : undefined;
    if (!guide || !here || !this.walk) return;
    const t = this.t();
    const bring = outcome(guide, this.walk)?.bring ?? [];
    const { text, lang } = readAloudText(here.node, this.language.lang, { yes: t('yes'), no: t('no'), bringTitle: t('bringTitle') }, bring);
    this.readAloud.toggle(text, lang);
  }

  /** The booking offered as help: `help-service`, else this outcome's booking action, else the guide's first. */
  private helpBooking(guide: Guide, reached: ResolvedOutcome | undefined): GuideAction | undefined {
    const label = this.t()('helpBooking');
    if (this.helpService) return { kind: 'booking', service: this.helpService, label };
    const isBooking = (action: GuideAction) => action.kind === 'booking';
    const found =
      reached?.actions.find(isBooking) ??
      Object.values(guide.nodes)
        .flatMap((node) => (node.type === 'outcome' ? (node.actions ?? []) : []))
        .find(isBooking);
    return found?.kind === 'booking' ? { ...found, label } : undefined;
  }

  // --- Rendering ---------------------------------------------------------------------------------

  /** Content text; a fallback to another language is marked with its `lang` and direction. */
  private loc(text: LocalizedText | undefined): TemplateResult | string {
    return localizedText(text, this.language.lang);
  }

  private rich(text: LocalizedText, className: string): TemplateResult {
    const found = localizeWithLang(text, this.language.lang);
    const other = baseLang(found.lang) !== baseLang(this.language.lang);
    return html`<div class=${className} lang=${other ? found.lang : nothing} dir=${other ? (isRtl(found.lang) ? 'rtl' : 'ltr') : nothing}>
      ${renderRichText(found.text)}
    </div>`;
  }

  private level(extra: number): number {
    const base = Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 6);
    return Math.min(base + extra, 6);
  }

  // Headings follow the page's outline (`heading-level`); aria-level keeps one template for every level.
  private heading(content: unknown, extra: number, id: string, options: { part?: string; focus?: boolean } = {}): TemplateResult {
    const level = this.level(extra);
    return html`<span role="heading" aria-level=${level} class="heading h${level}" id=${id} part=${options.part ?? nothing}
      tabindex=${options.focus ? '-1' : nothing}>${content}</span>`;
  }

  private optionLabel(question: QuestionNode, option: GuideOption): TemplateResult | string {
    const own = question.options !== undefined && question.options.length > 0;
    if (own) return this.loc(option.label);
    return this.ui(option.value === 'yes' ? 'yes' : 'no');
  }

  protected renderContent(guide: Guide): TemplateResult {
    const walk = this.walk;
    const here = walk ? currentNode(guide, walk) : undefined;
    if (!walk || !here) return html``;
    const first = walk.path.length === 1;
    return html`<section class="guide" aria-labelledby="guide-title">
      ${this.heading(this.loc(guide.title), 0, 'guide-title', { part: 'title' })}
      ${first && guide.intro ? html`<div part="intro">${this.rich(guide.intro, 'intro')}</div>` : nothing}
      ${here.node.type !== 'outcome' ? html`<p class="progress" part="progress">${this.renderProgress(guide, walk)}</p>` : nothing}
      ${this.answerError ? this.renderErrorSummary(here.id, here.node) : nothing}
      ${keyed(this.visit, this.renderStep(guide, walk, here.id, here.node))}
      ${this.renderHelp(guide, walk)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  private renderStep(guide: Guide, walk: GuideState, id: string, node: GuideNode): TemplateResult {
    if (node.type === 'question') return this.renderQuestion(walk, id, node);
    if (node.type === 'info') return this.renderInfo(walk, node);
    return this.renderOutcome(guide, walk);
  }

  private errorMessage(error: AnswerError, node: GuideNode): TemplateResult | string {
    const t = (key: GuideKey, params?: Params) => this.ui(key, params);
    switch (error.code) {
      case 'empty':
        return t(node.type === 'question' && node.kind === 'multiple' ? 'error.emptyMultiple' : 'error.empty');
      case 'exclusive-with-others': {
        const option = node.type === 'question' ? questionOptions(node).find((o) => o.value === error.value) : undefined;
        return t('error.exclusive', { label: option ? localize(option.label, this.language.lang) : (error.value ?? '') });
      }
      case 'no-way-on':
      case 'not-a-question':
      case 'not-an-info':
        return t('error.noWayOn');
      default:
        return t('error.unknown');
    }
  }

  /** The id of the input an error points at: the offending option, else the first. */
  private errorTarget(id: string, node: GuideNode, error: AnswerError): string | undefined {
    if (node.type !== 'question') return undefined;
    const options = questionOptions(node);
    const index = Math.max(
      0,
      options.findIndex((o) => o.value === error.value),
    );
    return options.length > 0 ? `${id}--${index}` : undefined;
  }

  // GOV.UK error summary: a heading and a link per problem; focus moves to it, the link moves focus to the input.
  private renderErrorSummary(id: string, node: GuideNode): TemplateResult {
    const error = this.answerError as AnswerError;
    const message = this.errorMessage(error, node);
    const target = this.errorTarget(id, node, error);
    const focusInput = (event: Event) => {
      event.preventDefault(); // the fragment belongs to the page (and to `history`), not to this link
      const input = target ? (this.renderRoot as ShadowRoot).getElementById(target) : null;
      input?.focus();
      input?.scrollIntoView({ block: 'center' });
    };
    return html`<div class="error-summary" part="error-summary" tabindex="-1">
      <div role="alert">
        ${this.heading(this.ui('errorSummaryTitle'), 1, 'error-summary-title')}
        <ul>
          <li>${target ? html`<a href="#${target}" @click=${focusInput}>${message}</a>` : message}</li>
        </ul>
      </div>
    </div>`;
  }

  private renderButtons(walk: GuideState): TemplateResult {
    return html`<div class="buttons">
      <button type="submit" class="button" part="next">${this.ui('next')}</button>
      ${
        walk.path.length > 1
          ? html`<button type="button" class="button secondary" part="back" @click=${this.goBack}>${this.ui('back')}</button>`
          : nothing
      }
    </div>`;
  }

  private renderQuestion(walk: GuideState, id: string, question: QuestionNode): TemplateResult {
    const options = questionOptions(question);
    const remembered = rememberedAnswer(walk);
    const chosen = remembered === undefined ? [] : typeof remembered === 'string' ? [remembered] : remembered;
    const multiple = question.kind === 'multiple';
    const error = this.answerError;
    const describedBy = [question.hint ? 'question-hint' : '', error ? 'question-error' : ''].filter(Boolean).join(' ');
    return html`<form class="step" novalidate @submit=${(event: SubmitEvent) => this.submitAnswer(event, question)}>
      <fieldset class=${error ? 'has-error' : ''} part="question" aria-describedby=${describedBy || nothing}>
        <legend>${this.heading(this.loc(question.title), 1, 'step-heading', { focus: true })}</legend>
        ${question.hint ? html`<p class="hint" id="question-hint">${this.loc(question.hint)}</p>` : nothing}
        ${
          error
            ? html`<p class="field-error" id="question-error"><span class="visually-hidden">${this.ui('errorPrefix')} </span>${this.errorMessage(error, question)}</p>`
            : nothing
        }
        <div class="options ${question.kind === 'yesno' ? 'inline' : ''}">
          ${options.map((option, index) => {
            const inputId = `${id}--${index}`;
            const hintId = `${inputId}-hint`;
            return html`${multiple && option.exclusive && index > 0 ? html`<p class="or">${this.ui('or')}</p>` : nothing}
              <div class="option">
                <input type=${multiple ? 'checkbox' : 'radio'} id=${inputId} name=${id} value=${option.value}
                  ?checked=${chosen.includes(option.value)} aria-describedby=${option.hint ? hintId : nothing}
                  @change=${(event: Event) => this.toggle(event, question)}>
                <label for=${inputId}>${this.optionLabel(question, option)}</label>
                ${option.hint ? html`<p class="option-hint" id=${hintId}>${this.loc(option.hint)}</p>` : nothing}
              </div>`;
          })}
        </div>
      </fieldset>
      ${this.renderButtons(walk)}
    </form>`;
  }

  private renderInfo(walk: GuideState, info: InfoNode): TemplateResult {
    return html`<form class="step info" part="info" novalidate @submit=${this.submitInfo}>
      ${this.heading(this.loc(info.title), 1, 'step-heading', { focus: true })}
      ${this.rich(info.body, 'body')}
      ${this.renderButtons(walk)}
    </form>`;
  }

  private renderOutcome(guide: Guide, walk: GuideState): TemplateResult {
    const reached = outcome(guide, walk) as ResolvedOutcome;
    return html`<div class="outcome" part="outcome">
        ${this.heading(this.loc(reached.title), 1, 'step-heading', { focus: true })}
        ${this.rich(reached.body, 'body')}
        ${reached.bring.length > 0 ? this.renderChecklist(reached.bring) : nothing}
        ${
          reached.actions.length > 0
            ? html`<div class="actions" part="actions">${reached.actions.map((action, index) => this.renderAction(action, index))}</div>
              ${this.renderNotice('action')}`
            : nothing
        }
        <div class="buttons tools">
          <button type="button" class="button secondary" part="print" @click=${() => window.print()}>${this.ui('print')}</button>
          ${walk.path.length > 1 ? html`<button type="button" class="button secondary" part="back" @click=${this.goBack}>${this.ui('back')}</button>` : nothing}
        </div>
      </div>
      ${this.renderAnswers(guide, walk)} ${this.renderFeedback(guide, reached)}`;
  }

  private renderChecklist(bring: readonly LocalizedText[]): TemplateResult {
    const count = (event: Event) => {
      const list = (event.target as HTMLElement).closest('ul');
      this.ticked = list ? list.querySelectorAll('input:checked').length : 0;
    };
    return html`<section class="checklist" part="checklist" aria-labelledby="bring-title">
      ${this.heading(this.ui('bringTitle'), 2, 'bring-title')}
      <p class="hint" id="bring-hint">${this.ui('bringHint')}</p>
      <ul class="checks">
        ${bring.map(
          (item, index) => html`<li class="option">
            <input type="checkbox" id="bring-${index}" @change=${count}>
            <label for="bring-${index}">${this.loc(item)}</label>
          </li>`,
        )}
      </ul>
      <p class="count">${this.ui('bringCount', { checked: this.ticked, count: bring.length })}</p>
    </section>`;
  }

  private renderAction(action: GuideAction, index: number): TemplateResult {
    const kind = index === 0 ? 'button' : 'button secondary';
    if (action.kind === 'link') {
      const href = safeHref(action.href);
      if (!href) return html``;
      return html`<a class=${kind} part="action" href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}
        @click=${(event: Event) => this.act(action, 'action', event)}>${this.loc(action.label)}</a>`;
    }
    return html`<button type="button" class=${kind} part="action" @click=${() => this.act(action, 'action')}>${this.loc(action.label)}</button>`;
  }

  private renderNotice(place: NoticePlace): TemplateResult | typeof nothing {
    const notice = this.notice;
    if (!notice || notice.place !== place) return nothing;
    const phone = this.fallbackPhone;
    const href = safeHref(this.fallbackHref);
    return html`<div class="notice" part="notice">
      <p>${this.ui(`missing.${notice.kind}`)}</p>
      ${phone ? html`<p><a href=${telHref(phone)}>${this.ui('callUs', { phone: keepTogether(phone) })}</a></p>` : nothing}
      ${href ? html`<p><a href=${href}>${this.ui('otherHelpLink')}</a></p>` : nothing}
    </div>`;
  }

  private renderAnswers(guide: Guide, walk: GuideState): TemplateResult {
    const lang = this.language.lang;
    const steps = pathSoFar(guide, walk);
    return html`<section class="answers" part="answers" aria-labelledby="answers-title">
      ${this.heading(this.ui('answersTitle'), 2, 'answers-title')}
      ${
        steps.length > 0
          ? html`<dl class="summary">
            ${steps.map((step) => {
              const labels = questionOptions(step.question)
                .filter((option) => (typeof step.answer === 'string' ? step.answer === option.value : step.answer.includes(option.value)))
                .map((option) => this.optionLabel(step.question, option));
              return html`<div class="row">
                <dt>${this.loc(step.question.title)}</dt>
                <dd class="value">${labels.length > 1 ? html`<ul>${labels.map((label) => html`<li>${label}</li>`)}</ul>` : labels[0]}</dd>
                <dd class="change">
                  <button type="button" class="link-button" @click=${() => this.change(step.questionId)}>
                    ${this.ui('change')}<span class="visually-hidden"> ${this.ui('changeWhich', { question: localize(step.question.title, lang) })}</span>
                  </button>
                </dd>
              </div>`;
            })}
          </dl>`
          : nothing
      }
      <button type="button" class="button secondary" part="restart" @click=${() => this.restart()}>${this.ui('restart')}</button>
    </section>`;
  }

  private renderFeedback(guide: Guide, reached: ResolvedOutcome): TemplateResult {
    const given = this.feedback;
    return html`<section class="feedback" part="feedback" aria-labelledby="feedback-title">
      ${this.heading(this.ui('feedbackQuestion'), 2, 'feedback-title')}
      ${
        given === undefined
          ? html`<div class="buttons">
            <button type="button" class="button secondary" @click=${() => this.giveFeedback(true)}>${this.ui('yes')}</button>
            <button type="button" class="button secondary" @click=${() => this.giveFeedback(false)}>${this.ui('no')}</button>
          </div>`
          : html`<p class="thanks" id="feedback-thanks" tabindex="-1">${this.ui(given === 'yes' ? 'feedbackThanks' : 'feedbackThanksNo')}</p>`
      }
      ${given === 'no' ? this.renderWaysToHelp(guide, reached, 'feedback') : nothing}
    </section>`;
  }

  /** The support ladder: read aloud (if a voice exists), other channels, booking, phone. */
  private helpItems(guide: Guide, reached: ResolvedOutcome | undefined, place: NoticePlace): TemplateResult[] {
    const t = this.t();
    const items: TemplateResult[] = [];
    const lang = this.speechLang();
    if (place === 'help' && lang && this.readAloud.canRead(lang)) {
      const label = this.ui(this.readAloud.speaking ? 'stopReading' : 'readAloud');
      items.push(html`<li><button type="button" class="button secondary" @click=${this.toggleReading}>${label}</button></li>`);
    }
    if (guide.task) {
      const action: GuideAction = { kind: 'channels', task: guide.task, label: t('helpChannels') };
      items.push(
        html`<li><button type="button" class="button secondary" @click=${() => this.act(action, place)}>${this.ui('helpChannels')}</button></li>`,
      );
    }
    const booking = this.helpBooking(guide, reached);
    if (booking) {
      items.push(
        html`<li><button type="button" class="button secondary" @click=${() => this.act(booking, place)}>${this.ui('helpBooking')}</button></li>`,
      );
    }
    if (this.fallbackPhone) {
      items.push(
        html`<li><a class="button secondary" href=${telHref(this.fallbackPhone)}>${this.ui('callUs', { phone: keepTogether(this.fallbackPhone) })}</a></li>`,
      );
    }
    return items;
  }

  private renderWaysToHelp(guide: Guide, reached: ResolvedOutcome | undefined, place: NoticePlace): TemplateResult | typeof nothing {
    const items = this.helpItems(guide, reached, place);
    if (items.length === 0) return nothing;
    return html`<p>${this.ui(place === 'help' ? 'helpIntro' : 'feedbackMoreHelp')}</p>
      <ul class="ways">${items}</ul>
      ${place === 'help' && this.readAloud.failed ? html`<div class="notice" part="notice"><p>${this.ui('readAloudFailed')}</p></div>` : nothing}
      ${this.renderNotice(place)}`;
  }

  private renderHelp(guide: Guide, walk: GuideState): TemplateResult | typeof nothing {
    const ways = this.renderWaysToHelp(guide, outcome(guide, walk), 'help');
    if (ways === nothing) return nothing;
    return html`<details class="help" part="help">
      <summary>${this.ui('helpTitle')}</summary>
      <div class="help-body">${ways}</div>
    </details>`;
  }
}

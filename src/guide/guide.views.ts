// The templates of <borger-guide>: the step shown (question, info, outcome with checklist, actions,
// "Dine svar" and feedback), the error summary and the "Brug for hjælp?" ladder. They render a
// `GuideView` (state the element has prepared) and call its handlers; they hold no state.
import { html, nothing, type TemplateResult } from 'lit';
import { externalMark, linkRel } from '../core/external-link.js';
import { baseLang, isRtl } from '../core/i18n/lang.js';
import type { Params, Translate } from '../core/i18n/translate.js';
import { type LocalizedText, localize, localizeWithLang } from '../core/localized.js';
import { localizedText } from '../core/localized-template.js';
import { renderRichText } from '../core/rich-text.js';
import { changeButton, type StepProgress, stepTop } from '../core/step-nav.js';
import { safeHref, telHref } from '../core/url.js';
import {
  type AnswerError,
  type GuideState,
  outcome,
  pathSoFar,
  progress,
  questionOptions,
  type ResolvedOutcome,
  rememberedAnswer,
} from './guide.engine.js';
import type { GuideKey } from './guide.messages.js';
import type { Guide, GuideAction, GuideNode, GuideOption, InfoNode, QuestionNode } from './guide.schema.js';

/** Where a short message about a missing hand-off target is shown. */
export type NoticePlace = 'action' | 'help' | 'feedback';
export interface Notice {
  place: NoticePlace;
  kind: 'booking' | 'channels';
}

export interface GuideHandlers {
  submitAnswer(event: SubmitEvent, question: QuestionNode): void;
  submitInfo(event: SubmitEvent): void;
  /** A box or radio of a question changed. */
  toggle(event: Event, question: QuestionNode): void;
  goBack(): void;
  /** "Ret" on "Dine svar". */
  change(questionId: string): void;
  restart(): void;
  act(action: GuideAction, place: NoticePlace, event?: Event): void;
  giveFeedback(helpful: boolean): void;
  toggleReading(): void;
  /** A checklist box changed. */
  countTicked(event: Event): void;
  /** From the error summary link: focus (and scroll to) the input with this id. */
  focusInput(id: string): void;
}

export interface GuideView {
  t: Translate<GuideKey>;
  lang: string;
  /** The level of the guide's heading (`heading-level`, 1–6); steps are one level below. */
  level: number;
  guide: Guide;
  walk: GuideState;
  answerError: AnswerError | undefined;
  notice: Notice | undefined;
  feedback: 'yes' | 'no' | undefined;
  /** How many checklist items are ticked. */
  ticked: number;
  fallbackPhone: string | undefined;
  fallbackHref: string | undefined;
  /** The booking offered as help, if any. */
  helpBooking: GuideAction | undefined;
  readAloud: { available: boolean; speaking: boolean; failed: boolean };
  on: GuideHandlers;
}

/**
 * A phone number never breaks across lines ("+45 33 66 33 / 66" is hard to read), and stays left-to-right
 * inside right-to-left text (Unicode isolates, since a translated message is plain text).
 */
const keepTogether = (phone: string) => `\u2066${phone.replace(/ /g, '\u00a0')}\u2069`;

/** Content text; a fallback to another language is marked with its `lang` and direction. */
function loc(view: GuideView, text: LocalizedText | undefined): TemplateResult | string {
  return localizedText(text, view.lang);
}

function rich(view: GuideView, text: LocalizedText, className: string): TemplateResult {
  const found = localizeWithLang(text, view.lang);
  const other = baseLang(found.lang) !== baseLang(view.lang);
  return html`<div class=${className} lang=${other ? found.lang : nothing} dir=${other ? (isRtl(found.lang) ? 'rtl' : 'ltr') : nothing}>
      ${renderRichText(found.text, view.lang)}
    </div>`;
}

// Headings follow the page's outline (`heading-level`); aria-level keeps one template for every level.
function heading(
  view: GuideView,
  content: unknown,
  extra: number,
  id: string,
  options: { part?: string; focus?: boolean } = {},
): TemplateResult {
  const level = Math.min(view.level + extra, 6);
  return html`<span role="heading" aria-level=${level} class="heading h${level}" id=${id} part=${options.part ?? nothing}
      tabindex=${options.focus ? '-1' : nothing}>${content}</span>`;
}

function optionLabel(view: GuideView, question: QuestionNode, option: GuideOption): TemplateResult | string {
  const own = question.options !== undefined && question.options.length > 0;
  if (own) return loc(view, option.label);
  return view.t(option.value === 'yes' ? 'yes' : 'no');
}

/** The guide's heading. */
export function renderTitle(view: GuideView): TemplateResult {
  return heading(view, loc(view, view.guide.title), 0, 'guide-title', { part: 'title' });
}

export function renderIntro(view: GuideView, intro: LocalizedText): TemplateResult {
  return html`<div part="intro">${rich(view, intro, 'intro')}</div>`;
}

/**
 * "Trin 2", or "Trin 5 af 5" once the route is certain: the number of steps is never shown as a
 * maximum that shrinks as the citizen answers (the core step pattern, shared with the booking).
 */
export function stepProgress(view: Pick<GuideView, 'guide' | 'walk'>): StepProgress {
  const { step, maxSteps } = progress(view.guide, view.walk);
  return step >= maxSteps ? { index: step, count: maxSteps } : { index: step };
}

/** The top of every step: "‹ Tilbage" (after the first step) and the progress (before the outcome). */
export function renderStepTop(view: GuideView, isOutcome: boolean): TemplateResult | typeof nothing {
  return stepTop({
    lang: view.lang,
    back: view.walk.path.length > 1 ? view.on.goBack : undefined,
    progress: isOutcome ? undefined : stepProgress(view),
  });
}

export function renderStep(view: GuideView, id: string, node: GuideNode): TemplateResult {
  if (node.type === 'question') return renderQuestion(view, id, node);
  if (node.type === 'info') return renderInfo(view, node);
  return renderOutcome(view);
}

function errorMessage(view: GuideView, error: AnswerError, node: GuideNode): TemplateResult | string {
  const t = (key: GuideKey, params?: Params) => view.t(key, params);
  switch (error.code) {
    case 'empty':
      return t(node.type === 'question' && node.kind === 'multiple' ? 'error.emptyMultiple' : 'error.empty');
    case 'exclusive-with-others': {
      const option = node.type === 'question' ? questionOptions(node).find((o) => o.value === error.value) : undefined;
      return t('error.exclusive', { label: option ? localize(option.label, view.lang) : (error.value ?? '') });
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
function errorTarget(id: string, node: GuideNode, error: AnswerError): string | undefined {
  if (node.type !== 'question') return undefined;
  const options = questionOptions(node);
  const index = Math.max(
    0,
    options.findIndex((o) => o.value === error.value),
  );
  return options.length > 0 ? `${id}--${index}` : undefined;
}

// GOV.UK error summary: a heading and a link per problem; focus moves to it, the link moves focus to the input.
export function renderErrorSummary(view: GuideView, error: AnswerError, id: string, node: GuideNode): TemplateResult {
  const message = errorMessage(view, error, node);
  const target = errorTarget(id, node, error);
  const focusInput = (event: Event) => {
    event.preventDefault(); // the fragment belongs to the page (and to `history`), not to this link
    if (target) view.on.focusInput(target);
  };
  // Focus moves here after a failed attempt, so it is said once, by focus, under its name: no
  // role="alert" besides (that would say it twice, and again on every change while correcting).
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
      ${heading(view, view.t('errorSummaryTitle'), 1, 'error-summary-title')}
      <ul>
        <li>${target ? html`<a href="#${target}" @click=${focusInput}>${message}</a>` : message}</li>
      </ul>
    </div>`;
}

function renderButtons(view: GuideView): TemplateResult {
  return html`<div class="buttons">
      <button type="submit" class="button" part="next">${view.t('next')}</button>
    </div>`;
}

function renderQuestion(view: GuideView, id: string, question: QuestionNode): TemplateResult {
  const options = questionOptions(question);
  const remembered = rememberedAnswer(view.walk);
  const chosen = remembered === undefined ? [] : typeof remembered === 'string' ? [remembered] : remembered;
  const multiple = question.kind === 'multiple';
  const error = view.answerError;
  const describedBy = [question.hint ? 'question-hint' : '', error ? 'question-error' : ''].filter(Boolean).join(' ');
  return html`<form class="step" novalidate @submit=${(event: SubmitEvent) => view.on.submitAnswer(event, question)}>
      <fieldset class=${error ? 'has-error' : ''} part="question" aria-describedby=${describedBy || nothing}>
        <legend>${heading(view, loc(view, question.title), 1, 'step-heading', { focus: true })}</legend>
        ${question.hint ? html`<p class="hint" id="question-hint">${loc(view, question.hint)}</p>` : nothing}
        ${
          error
            ? html`<p class="field-error" id="question-error"><span class="visually-hidden">${view.t('errorPrefix')} </span>${errorMessage(view, error, question)}</p>`
            : nothing
        }
        <div class="options ${question.kind === 'yesno' ? 'inline' : ''}">
          ${options.map((option, index) => {
            const inputId = `${id}--${index}`;
            const hintId = `${inputId}-hint`;
            return html`${multiple && option.exclusive && index > 0 ? html`<p class="or">${view.t('or')}</p>` : nothing}
              <div class="option">
                <input type=${multiple ? 'checkbox' : 'radio'} id=${inputId} name=${id} value=${option.value}
                  ?checked=${chosen.includes(option.value)} aria-describedby=${option.hint ? hintId : nothing}
                  @change=${(event: Event) => view.on.toggle(event, question)}>
                <label for=${inputId}>${optionLabel(view, question, option)}</label>
                ${option.hint ? html`<p class="option-hint" id=${hintId}>${loc(view, option.hint)}</p>` : nothing}
              </div>`;
          })}
        </div>
      </fieldset>
      ${renderButtons(view)}
    </form>`;
}

function renderInfo(view: GuideView, info: InfoNode): TemplateResult {
  return html`<form class="step info" part="info" novalidate @submit=${view.on.submitInfo}>
      ${heading(view, loc(view, info.title), 1, 'step-heading', { focus: true })}
      ${rich(view, info.body, 'body')}
      ${renderButtons(view)}
    </form>`;
}

function renderOutcome(view: GuideView): TemplateResult {
  const reached = outcome(view.guide, view.walk) as ResolvedOutcome;
  return html`<div class="outcome" part="outcome">
        ${heading(view, loc(view, reached.title), 1, 'step-heading', { focus: true })}
        ${rich(view, reached.body, 'body')}
        ${reached.bring.length > 0 ? renderChecklist(view, reached.bring, bringTitleKey(reached)) : nothing}
        ${reached.actions.length > 0 ? renderActions(view, reached.actions) : nothing}
        <p class="tools"><button type="button" class="link-button" part="print" @click=${() => window.print()}>${view.t('print')}</button></p>
      </div>
      ${renderAnswers(view)} ${renderFeedback(view)}`;
}

/**
 * "Det skal du have med" when the outcome's first (primary) action is to come in (a booking) or get
 * help; "Det skal du bruge" when it is a task done online (a link): nothing is brought anywhere then.
 */
export function bringTitleKey(reached: Pick<ResolvedOutcome, 'actions'>): 'bringTitle' | 'bringTitleOnline' {
  return reached.actions[0]?.kind === 'link' ? 'bringTitleOnline' : 'bringTitle';
}

function renderChecklist(view: GuideView, bring: readonly LocalizedText[], title: GuideKey): TemplateResult {
  return html`<section class="checklist" part="checklist" aria-labelledby="bring-title">
      ${heading(view, view.t(title), 2, 'bring-title')}
      <p class="hint" id="bring-hint">${view.t('bringHint')}</p>
      <ul class="checks">
        ${bring.map(
          (item, index) => html`<li class="option">
            <input type="checkbox" id="bring-${index}" @change=${view.on.countTicked}>
            <label for="bring-${index}">${loc(view, item)}</label>
          </li>`,
        )}
      </ul>
      <p class="count">${view.t('bringCount', { checked: view.ticked, count: bring.length })}</p>
    </section>`;
}

/**
 * One primary action (the first, as a button) and the others as links in a list: an outcome with
 * seven buttons of equal weight does not say what to do next (issue 9, point 7).
 */
function renderActions(view: GuideView, actions: readonly GuideAction[]): TemplateResult {
  const [first, ...others] = actions;
  return html`<div class="actions" part="actions">
      ${first ? renderAction(view, first, 'button') : nothing}
      ${others.length > 0 ? html`<ul class="more-actions">${others.map((action) => html`<li>${renderAction(view, action, 'link')}</li>`)}</ul>` : nothing}
    </div>
    ${renderNotice(view, 'action')}`;
}

function renderAction(view: GuideView, action: GuideAction, weight: 'button' | 'link'): TemplateResult {
  const kind = weight === 'button' ? 'button' : action.kind === 'link' ? 'action-link' : 'link-button';
  if (action.kind === 'link') {
    const href = safeHref(action.href);
    if (!href) return html``;
    return html`<a class=${kind} part="action" href=${href} rel=${linkRel(href)}
        @click=${(event: Event) => view.on.act(action, 'action', event)}>${loc(view, action.label)}${externalMark(href, view.lang)}</a>`;
  }
  return html`<button type="button" class=${kind} part="action" @click=${() => view.on.act(action, 'action')}>${loc(view, action.label)}</button>`;
}

function renderNotice(view: GuideView, place: NoticePlace): TemplateResult | typeof nothing {
  const notice = view.notice;
  if (!notice || notice.place !== place) return nothing;
  const phone = view.fallbackPhone;
  const href = safeHref(view.fallbackHref);
  return html`<div class="notice" part="notice">
      <p>${view.t(`missing.${notice.kind}`)}</p>
      ${phone ? html`<p><a href=${telHref(phone)}>${view.t('callUs', { phone: keepTogether(phone) })}</a></p>` : nothing}
      ${href ? html`<p><a href=${href}>${view.t('otherHelpLink')}</a></p>` : nothing}
    </div>`;
}

/** "Dine svar": every answer given, each with a change button, and "Start forfra". */
function renderAnswers(view: GuideView): TemplateResult {
  const lang = view.lang;
  const steps = pathSoFar(view.guide, view.walk);
  return html`<section class="answers" part="answers" aria-labelledby="answers-title">
      ${heading(view, view.t('answersTitle'), 2, 'answers-title')}
      ${
        steps.length > 0
          ? html`<dl class="summary">
            ${steps.map((step) => {
              const labels = questionOptions(step.question)
                .filter((option) => (typeof step.answer === 'string' ? step.answer === option.value : step.answer.includes(option.value)))
                .map((option) => optionLabel(view, step.question, option));
              return html`<div class="row">
                <dt>${loc(view, step.question.title)}</dt>
                <dd class="value">${labels.length > 1 ? html`<ul>${labels.map((label) => html`<li>${label}</li>`)}</ul>` : labels[0]}</dd>
                <dd class="change">
                  ${changeButton(lang, view.t('changeWhich', { question: localize(step.question.title, lang) }), () => view.on.change(step.questionId))}
                </dd>
              </div>`;
            })}
          </dl>`
          : nothing
      }
      <p><button type="button" class="link-button" part="restart" @click=${() => view.on.restart()}>${view.t('restart')}</button></p>
    </section>`;
}

function renderFeedback(view: GuideView): TemplateResult {
  const given = view.feedback;
  return html`<section class="feedback" part="feedback" aria-labelledby="feedback-title">
      ${heading(view, view.t('feedbackQuestion'), 2, 'feedback-title')}
      ${
        given === undefined
          ? html`<div class="buttons">
            <button type="button" class="button secondary" @click=${() => view.on.giveFeedback(true)}>${view.t('yes')}</button>
            <button type="button" class="button secondary" @click=${() => view.on.giveFeedback(false)}>${view.t('no')}</button>
          </div>`
          : html`<p class="thanks" id="feedback-thanks" tabindex="-1">${view.t(given === 'yes' ? 'feedbackThanks' : 'feedbackThanksNo')}</p>`
      }
      ${given === 'no' ? renderWaysToHelp(view, 'feedback') : nothing}
    </section>`;
}

/** The support ladder: read aloud (if a voice exists), other channels, booking, phone. */
function helpItems(view: GuideView, place: NoticePlace): TemplateResult[] {
  const { guide, t } = view;
  const items: TemplateResult[] = [];
  if (place === 'help' && view.readAloud.available) {
    const label = view.t(view.readAloud.speaking ? 'stopReading' : 'readAloud');
    items.push(html`<li><button type="button" class="button secondary" @click=${view.on.toggleReading}>${label}</button></li>`);
  }
  if (guide.task) {
    const action: GuideAction = { kind: 'channels', task: guide.task, label: t('helpChannels') };
    items.push(
      html`<li><button type="button" class="button secondary" @click=${() => view.on.act(action, place)}>${view.t('helpChannels')}</button></li>`,
    );
  }
  const booking = view.helpBooking;
  if (booking) {
    items.push(
      html`<li><button type="button" class="button secondary" @click=${() => view.on.act(booking, place)}>${view.t('helpBooking')}</button></li>`,
    );
  }
  if (view.fallbackPhone) {
    items.push(
      html`<li><a class="button secondary" href=${telHref(view.fallbackPhone)}>${view.t('callUs', { phone: keepTogether(view.fallbackPhone) })}</a></li>`,
    );
  }
  return items;
}

function renderWaysToHelp(view: GuideView, place: NoticePlace): TemplateResult | typeof nothing {
  const items = helpItems(view, place);
  if (items.length === 0) return nothing;
  return html`<p>${view.t(place === 'help' ? 'helpIntro' : 'feedbackMoreHelp')}</p>
      <ul class="ways">${items}</ul>
      ${place === 'help' && view.readAloud.failed ? html`<div class="notice" part="notice"><p>${view.t('readAloudFailed')}</p></div>` : nothing}
      ${renderNotice(view, place)}`;
}

/** "Brug for hjælp?": the support ladder in a disclosure, under every step. */
export function renderHelp(view: GuideView): TemplateResult | typeof nothing {
  const ways = renderWaysToHelp(view, 'help');
  if (ways === nothing) return nothing;
  return html`<details class="help" part="help">
      <summary>${view.t('helpTitle')}</summary>
      <div class="help-body">${ways}</div>
    </details>`;
}

// The templates of <borger-guide>: the step shown (question or info; the outcome, "Dine svar" and the
// feedback are in guide.outcome.ts, a chunk loaded after the first question), the error summary and the
// "Brug for hjælp?" ladder. They render a
// `GuideView` (state the element has prepared) and call its handlers; they hold no state.
import { html, nothing, type TemplateResult } from 'lit';
import { baseLang, isRtl } from '../core/i18n/lang.js';
import type { Translate } from '../core/i18n/translate.js';
import { type LocalizedText, localizeWithLang } from '../core/localized.js';
import { localizedText } from '../core/localized-template.js';
import { renderRichText } from '../core/rich-text.js';
import { type StepProgress, stepTop } from '../core/step-nav.js';
import { questionOptions } from './guide.graph.js';
import type { GuideKey } from './guide.messages.js';
import type { Guide, GuideAction, GuideOption, InfoNode, QuestionNode } from './guide.schema.js';
import { type GuideState, progress, type ResolvedOutcome, rememberedAnswer } from './guide.state.js';

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
  /** "Prøv igen" after a step's code failed to load. */
  retryStep(): void;
  /** "Brug for hjælp?" opened or closed. */
  helpToggled(event: Event): void;
}

export interface GuideView {
  t: Translate<GuideKey>;
  lang: string;
  /** The level of the guide's heading (`heading-level`, 1–6); steps are one level below. */
  level: number;
  guide: Guide;
  walk: GuideState;
  /** The message for the answer just refused (guide.errors.ts says it, with the code for moving on). */
  answerError: TemplateResult | string | undefined;
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

/** Content text; a fallback to another language is marked with its `lang` and direction. */
export function loc(view: GuideView, text: LocalizedText | undefined): TemplateResult | string {
  return localizedText(text, view.lang);
}

export function rich(view: GuideView, text: LocalizedText, className: string): TemplateResult {
  const found = localizeWithLang(text, view.lang);
  const other = baseLang(found.lang) !== baseLang(view.lang);
  return html`<div class=${className} lang=${other ? found.lang : nothing} dir=${other ? (isRtl(found.lang) ? 'rtl' : 'ltr') : nothing}>
      ${renderRichText(found.text, view.lang)}
    </div>`;
}

// Headings follow the page's outline (`heading-level`); aria-level keeps one template for every level.
export function heading(
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

export function optionLabel(view: GuideView, question: QuestionNode, option: GuideOption): TemplateResult | string {
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

/** A question or an info step (the outcome's views load after the first question: guide.outcome.ts). */
export function renderStep(view: GuideView, id: string, node: QuestionNode | InfoNode): TemplateResult {
  return node.type === 'question' ? renderQuestion(view, id, node) : renderInfo(view, node);
}

/**
 * The place of a step whose code is still loading (or failed to load): a heading that takes focus as
 * the step's own would, saying so; the failure is an alert with "Prøv igen".
 */
export function renderPendingStep(
  view: GuideView,
  texts: { loading: string; errorTitle: string; errorBody: string; retry: string },
  failed: boolean,
): TemplateResult {
  if (!failed) {
    return html`<div class="step pending" part="loading">${heading(view, texts.loading, 1, 'step-heading', { focus: true })}</div>`;
  }
  return html`<div class="step error" part="error" role="alert">
      ${heading(view, texts.errorTitle, 1, 'step-heading', { focus: true })}
      <p>${texts.errorBody}</p>
      <div class="buttons"><button type="button" class="button secondary" part="retry" @click=${view.on.retryStep}>${texts.retry}</button></div>
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
            ? html`<p class="field-error" id="question-error"><span class="visually-hidden">${view.t('errorPrefix')} </span>${error}</p>`
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

/**
 * "Det skal du have med" when the outcome's first (primary) action is to come in (a booking) or get
 * help; "Det skal du bruge" when it is a task done online (a link): nothing is brought anywhere then.
 */
export function bringTitleKey(reached: Pick<ResolvedOutcome, 'actions'>): 'bringTitle' | 'bringTitleOnline' {
  return reached.actions[0]?.kind === 'link' ? 'bringTitleOnline' : 'bringTitle';
}

/**
 * Whether "Brug for hjælp?" has anything to offer: read-aloud (once a voice is there), other channels for
 * the guide's task, a booking, a phone number.
 */
export function offersHelp(view: GuideView): boolean {
  return view.readAloud.available || !!view.guide.task || !!view.helpBooking || !!view.fallbackPhone;
}

/**
 * "Brug for hjælp?": the support ladder in a disclosure, under every step. Its `body` (guide.help.ts)
 * comes with the code for moving on, loaded right after the first question is painted; the disclosure is
 * closed until the citizen opens it.
 */
export function renderHelp(view: GuideView, body: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
  if (!offersHelp(view)) return nothing;
  return html`<details class="help" part="help" @toggle=${view.on.helpToggled}>
      <summary>${view.t('helpTitle')}</summary>
      <div class="help-body">${body}</div>
    </details>`;
}

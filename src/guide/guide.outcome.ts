// The outcome's views: the outcome with its checklist and actions, "Dine svar" and the feedback question.
// Not needed for a guide's first question: <borger-guide> loads this chunk right after it (guide.element.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { externalMark, linkRel } from '../core/external-link.js';
import { type LocalizedText, localize } from '../core/localized.js';
import { changeButton } from '../core/step-nav.js';
import { safeHref } from '../core/url.js';
import { questionOptions } from './guide.graph.js';
// With the code for moving on, which is there before any outcome (one chunk, not a third shared one).
import { renderNotice, renderWaysToHelp } from './guide.later.js';
import type { GuideKey } from './guide.messages.js';
import type { GuideAction } from './guide.schema.js';
import { outcome, pathSoFar, type ResolvedOutcome } from './guide.state.js';
import { bringTitleKey, type GuideView, heading, loc, optionLabel, rich } from './guide.views.js';

export { outcomeStyles } from './guide.outcome-styles.js';

/** The outcome reached, "Dine svar" and "Fik du svar på dit spørgsmål?". */
export function renderOutcome(view: GuideView): TemplateResult {
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

// The guide's answer errors in words: the error summary and the message by the question. An error only
// comes from moving on, so this comes with the code for that (guide.later.ts), not in the first download.
import { html, type TemplateResult } from 'lit';
import type { Params } from '../core/i18n/translate.js';
import { localize } from '../core/localized.js';
import { questionOptions } from './guide.graph.js';
import type { GuideKey } from './guide.messages.js';
import type { GuideNode } from './guide.schema.js';
import type { AnswerError } from './guide.state.js';
import { type GuideView, heading } from './guide.views.js';

/** What is wrong with the answer, in the citizen's words. */
export function errorMessage(view: GuideView, error: AnswerError, node: GuideNode): TemplateResult | string {
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

/** GOV.UK error summary: a heading and a link per problem; focus moves to it, the link moves focus to the input. */
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

// One way of speaking about where the citizen is, shared by <borger-guide> and <borger-booking>
// (issue 9, point 7): a "‹ Tilbage" link at the top of a step with "Trin 2 af 5" beside it, and
// "Skift" on every row of a summary (with what it changes, for screen readers). The same words,
// the same place and the same weight in every widget, so a citizen learns them once.
import { css, html, nothing, type TemplateResult } from 'lit';
import { type Catalog, translatorFor } from './i18n/translate.js';

export type StepNavKey = 'back' | 'progress' | 'progressOpen' | 'change';

export const stepNavMessages: { da: Catalog<StepNavKey>; en: Catalog<StepNavKey>; ar: Catalog<StepNavKey> } = {
  da: { back: 'Tilbage', progress: 'Trin {index} af {count}', progressOpen: 'Trin {index}', change: 'Skift' },
  en: { back: 'Back', progress: 'Step {index} of {count}', progressOpen: 'Step {index}', change: 'Change' },
  ar: { back: 'رجوع', progress: 'الخطوة {index} من {count}', progressOpen: 'الخطوة {index}', change: 'تغيير' },
};

/**
 * Where the citizen is in a sequence of steps. `count` is given only when it is certain: a guide
 * whose remaining route depends on answers not yet given says "Trin 2", never a number of steps
 * that then shrinks under the citizen ("af højst 8 → 6 → 5").
 */
export interface StepProgress {
  /** 1-based. */
  index: number;
  count?: number | undefined;
}

/** "Trin 2 af 5", or "Trin 2" while the number of steps is not known. */
export function progressText(lang: string, progress: StepProgress): string {
  const t = translatorFor(stepNavMessages, lang);
  return progress.count === undefined ? t('progressOpen', { index: progress.index }) : t('progress', progress as Required<StepProgress>);
}

/**
 * The top of a step: "‹ Tilbage" (a link-styled button, `part="back"`) where there is a way back,
 * and the progress (`part="progress"`) where the step is part of a sequence. Nothing when neither.
 */
export function stepTop(options: {
  lang: string;
  back?: (() => void) | undefined;
  progress?: StepProgress | undefined;
}): TemplateResult | typeof nothing {
  const { lang, back, progress } = options;
  if (!back && !progress) return nothing;
  const t = translatorFor(stepNavMessages, lang);
  return html`<div class="step-top">
    ${back ? html`<button type="button" class="link-button back" part="back" @click=${back}><span aria-hidden="true">‹ </span>${t('back')}</button>` : nothing}
    ${progress ? html`<p class="progress" part="progress">${progressText(lang, progress)}</p>` : nothing}
  </div>`;
}

/** "Skift" on a summary row; `what` ("sted", "svaret på »Hvem skal have pas?«") is read by screen readers only. */
export function changeButton(lang: string, what: string, onClick: () => void): TemplateResult {
  const t = translatorFor(stepNavMessages, lang);
  return html`<button type="button" class="link-button change" @click=${onClick}>
    ${t('change')}<span class="visually-hidden"> ${what}</span>
  </button>`;
}

/** The look of the step top, the same in every widget. */
export const stepNavStyles = css`
  .step-top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0 var(--_borger-font-size);
    min-height: 44px;
  }
  .step-top .progress {
    margin: 0;
    color: var(--_borger-color-text-muted);
    font-size: 0.875em;
  }
  .step-top .back {
    min-height: 44px;
    min-width: 44px;
  }
`;

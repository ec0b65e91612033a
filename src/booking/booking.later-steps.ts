// The templates of <borger-booking>'s later steps: day (the calendar), time, details, check and the
// confirmation, and the calendar file (.ics). A chunk of its own, loaded right after the first step shows
// (booking.element.ts). They render a `BookingView` and call its handlers; they hold no state.
import { html, nothing, type TemplateResult } from 'lit';
import { addTexts, type Translate } from '../core/i18n/translate.js';
import { localize } from '../core/localized.js';
import { localizedText } from '../core/localized-template.js';
import { changeButton } from '../core/step-nav.js';
import { formatDate, formatTime, type IsoDate } from '../core/time.js';
import { withZoneNote } from '../core/zone-note.js';
import type { DetailsField } from './booking.flow.js';
import { LATER_DA } from './booking.later-messages.js';
import { type BookingKey, bookingMessages } from './booking.messages.js';
import type { Slot } from './booking.schema.js';
import {
  type BookingView,
  blocking,
  changeRow,
  errorBox,
  errorSummary,
  fieldError,
  loading,
  nextButton,
  phoneLine,
  placeValue,
  type StepBodies,
  subheading,
  submitNext,
  summaryList,
} from './booking.steps.js';
import { groupByPartOfDay } from './calendar.js';
import { dayName, renderCalendar } from './calendar.render.js';

export { reduceFlow } from './booking.later-flow.js';
export { copyManageLink, derive, laterView, load, submit } from './booking.later-logic.js';
export { laterStepStyles } from './booking.later-styles.js';

// The later steps' Danish texts come with them (booking.messages.ts).
addTexts(bookingMessages, 'da', LATER_DA);

/** "torsdag 26. november 2026, 10.00–10.15", always Copenhagen time; "(dansk tid)" after it for a visitor abroad. */
export function whenText(t: Translate<BookingKey>, lang: string, start: string, end: string): string {
  const from = new Date(start);
  const to = new Date(end);
  const date = formatDate(from, lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return withZoneNote(t('when', { date, start: formatTime(from, lang), end: formatTime(to, lang) }), lang, [from, to]);
}

function currentTime(view: BookingView): TemplateResult | typeof nothing {
  const booking = view.flow.managed?.booking;
  if (view.flow.mode !== 'manage' || !booking) return nothing;
  return html`<p class="current" part="current">${view.t('time.current', { when: whenText(view.t, view.lang, booking.start, booking.end) })}</p>`;
}

function dayStep(view: BookingView): TemplateResult {
  const { t, flow } = view;
  const calendar = view.calendar;
  if (view.calendarError) return html`${currentTime(view)}${errorBox(view, view.calendarError)}`;
  if (view.calendarEmpty) return html`${currentTime(view)}<p>${t('calendar.noneAhead')}</p>${phoneLine(view)}`;
  if (!calendar) return html`${currentTime(view)}${loading(view)}`;
  const missing = flow.missing ? t('missing.day') : undefined;
  const chosen = view.chosenDay;
  return html`${currentTime(view)}
    ${errorSummary(view, missing ? [{ id: 'calendar', text: missing }] : [])}
    <form part="form" novalidate @submit=${submitNext(view)}>
      ${renderCalendar(calendar)}
      ${fieldError('choice-error', missing)}
      ${view.dayNote ? html`<p class="day-note" part="day-note">${view.dayNote}</p>` : nothing}
      <p class="chosen" part="chosen">${chosen && chosen.count > 0 ? t('calendar.chosen', { date: dayName(chosen.date, view.lang), count: chosen.count }) : nothing}</p>
      ${nextButton(view)}
    </form>`;
}

function timeStep(view: BookingView): TemplateResult {
  const { t, lang, flow } = view;
  const state = blocking(view.times);
  if (state.state !== 'ready') return html`${currentTime(view)}${state.state === 'loading' ? loading(view) : errorBox(view, state.error)}`;
  const slots = (view.times as { value: Slot[] }).value;
  // The legend names the group every time is read in: "(dansk tid)" there covers each time.
  const instants = slots.flatMap((slot) => [new Date(slot.start), new Date(slot.end)]);
  const date = flow.day ? withZoneNote(dayName(flow.day as IsoDate, lang), lang, instants) : '';
  if (slots.length === 0) return html`${currentTime(view)}<p>${t('time.noneLeft')}</p>`;
  const missing = flow.missing ? t('missing.time') : undefined;
  let index = 0;
  return html`${currentTime(view)}
    ${errorSummary(view, missing ? [{ id: 'slot-0', text: missing }] : [])}
    <form part="form" novalidate @submit=${submitNext(view)}>
      <fieldset class="times" part="times" aria-describedby=${missing ? 'choice-error' : nothing}>
        <legend class="times-legend">${t('time.label', { date })}</legend>
        ${fieldError('choice-error', missing)}
        ${groupByPartOfDay(slots).map(
          (group) => html`<fieldset class="part">
            <legend>${t(`part.${group.part}`)}</legend>
            <div class="slots">
              ${group.slots.map((slot) => {
                const id = `slot-${index++}`;
                return html`<div class="slot">
                  <input type="radio" name="slot" id=${id} .checked=${flow.slot?.id === slot.id}
                    @change=${() => view.on.dispatch({ type: 'choose-slot', slot })} />
                  <label for=${id}>${t('time.range', { start: formatTime(new Date(slot.start), lang), end: formatTime(new Date(slot.end), lang) })}</label>
                </div>`;
              })}
            </div>
          </fieldset>`,
        )}
      </fieldset>
      ${nextButton(view)}
    </form>`;
}

const FIELD_IDS: Record<DetailsField, string> = { name: 'name', email: 'email', phone: 'phone' };

function problemText(view: BookingView, field: DetailsField): string | undefined {
  const problem = view.flow.problems[field];
  if (!problem) return undefined;
  return problem === 'server-invalid' ? view.t(`problem.server-invalid.${field}`) : view.t(`problem.${problem}`);
}

function detailsStep(view: BookingView): TemplateResult {
  const { t, flow } = view;
  const fields: DetailsField[] = ['name', 'email', 'phone'];
  const summary = fields.flatMap((field) => {
    const text = problemText(view, field);
    return text ? [{ id: FIELD_IDS[field], text }] : [];
  });
  const input = (field: DetailsField, options: { type: string; autocomplete: string; inputmode: string; hint?: string }) => {
    const error = problemText(view, field);
    const describedBy = [options.hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${FIELD_IDS[field]}>${t(`field.${field}`)}</label>
      ${options.hint ? html`<p class="hint" id="${field}-hint">${options.hint}</p>` : nothing}
      ${fieldError(`${field}-error`, error)}
      <input id=${FIELD_IDS[field]} name=${field} type=${options.type} autocomplete=${options.autocomplete} inputmode=${options.inputmode}
        spellcheck="false" .value=${flow.details[field]} aria-describedby=${describedBy || nothing} aria-invalid=${error ? 'true' : nothing}
        @input=${(event: Event) => view.on.input(field, (event.target as HTMLInputElement).value)} />
    </div>`;
  };
  return html`${errorSummary(view, summary)}
    <form part="form" novalidate @submit=${submitNext(view)}>
      ${input('name', { type: 'text', autocomplete: 'name', inputmode: 'text', hint: t('hint.name') })}
      <fieldset class="contact" aria-describedby="contact-hint">
        <legend>${t('field.contact')}</legend>
        <p class="hint" id="contact-hint">${t(view.confirmationEmail ? 'hint.contactEmailed' : 'hint.contact')}</p>
        ${input('email', { type: 'email', autocomplete: 'email', inputmode: 'email' })}
        ${input('phone', { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: t('hint.phone') })}
      </fieldset>
      <div class="privacy" part="privacy">
        ${subheading(view, t('privacyTitle'))}
        <p>${view.privacy}</p>
      </div>
      ${nextButton(view)}
    </form>`;
}

export function actionLabel(view: BookingView, kind: 'create' | 'reschedule' | 'cancel', idle: BookingKey, busy: BookingKey): string {
  return view.action.status === 'sending' && view.action.kind === kind ? view.t(busy) : view.t(idle);
}

export function actionError(view: BookingView, kind: 'create' | 'reschedule' | 'cancel'): TemplateResult | typeof nothing {
  const { action } = view;
  return action.status === 'error' && action.kind === kind ? errorBox(view, action.error, { kept: kind === 'create' }) : nothing;
}

export function submitAction(view: BookingView, kind: 'create' | 'reschedule' | 'cancel') {
  return (event: Event) => {
    event.preventDefault();
    view.on.submit(kind);
  };
}

function checkStep(view: BookingView): TemplateResult {
  const { t, lang, flow } = view;
  const state = blocking(view.services, view.locations);
  if (state.state !== 'ready') return state.state === 'loading' ? loading(view) : errorBox(view, state.error);
  const { details, slot } = flow;
  const contact = [details.email.trim(), details.phone.trim()].filter(Boolean);
  const sending = view.action.status === 'sending';
  return html`${summaryList(view, [
    { label: t('row.service'), value: localize(view.service?.name, lang), ...changeRow(view, 'service') },
    { label: t('row.place'), value: placeValue(view, view.location), ...changeRow(view, 'location') },
    { label: t('row.when'), value: slot ? whenText(t, lang, slot.start, slot.end) : '', change: { step: 'day', what: 'changeWhat.when' } },
    { label: t('row.name'), value: details.name.trim(), change: { step: 'details', what: 'changeWhat.name' } },
    {
      label: t('row.contact'),
      value: html`${contact.map((line, i) => html`${i > 0 ? html`<br />` : nothing}${line}`)}`,
      change: { step: 'details', what: 'changeWhat.contact' },
    },
  ])}
    ${fromGuide(view, true)}
    ${bringList(view)}
    ${actionError(view, 'create')}
    <form part="form" novalidate @submit=${submitAction(view, 'create')}>
      <div class="actions">
        <button type="submit" class="button" part="confirm" aria-disabled=${sending ? 'true' : nothing}>${actionLabel(view, 'create', 'confirm', 'sending')}</button>
      </div>
    </form>`;
}

/**
 * "Fra vejledningen": what the citizen told the guide, so the booking says it back instead of asking
 * again. On the check step with "Skift", which takes them back to the guide (its answers have their
 * own "Skift" there); read-only on the confirmation, where the booking is made.
 */
function fromGuide(view: BookingView, change: boolean): TemplateResult | typeof nothing {
  const { t, lang } = view;
  if (view.fromGuide.length === 0) return nothing;
  return html`<div class="from-guide" part="from-guide">
    ${subheading(view, t('fromGuide.title'))}
    <dl class="summary">
      ${view.fromGuide.map(
        (item) => html`<div class="row">
          <dt>${localizedText(item.question, lang)}</dt>
          <dd>${
            item.answer.length === 1
              ? localizedText(item.answer[0], lang)
              : html`<ul>${item.answer.map((label) => html`<li>${localizedText(label, lang)}</li>`)}</ul>`
          }</dd>
        </div>`,
      )}
    </dl>
    ${change && view.handover?.from === 'guide' ? html`<p>${changeButton(lang, t('fromGuide.what'), () => view.on.backToOrigin())}</p>` : nothing}
  </div>`;
}

function bringList(view: BookingView): TemplateResult | typeof nothing {
  const bring = view.bring;
  if (bring.length === 0) return nothing;
  return html`<div class="bring" part="bring">
    ${subheading(view, view.t('bring'))}
    <ul>${bring.map((item) => html`<li>${localize(item, view.lang)}</li>`)}</ul>
  </div>`;
}

function confirmationStep(view: BookingView): TemplateResult {
  const { t, lang, flow } = view;
  const created = flow.created;
  if (!created) return loading(view);
  const state = blocking(view.services, view.locations);
  if (state.state === 'loading') return loading(view);
  const { booking } = created;
  return html`<div class="confirmation" part="confirmation">
    <p class="lead">${t('confirmation.lead')}</p>
    <p class="code-line">${t('confirmation.code')} <strong class="code" part="code">${booking.code}</strong></p>
    ${summaryList(view, [
      { label: t('row.service'), value: localize(view.service?.name, lang) },
      { label: t('row.place'), value: placeValue(view, view.location) },
      { label: t('row.when'), value: whenText(t, lang, booking.start, booking.end) },
    ])}
    ${fromGuide(view, false)}
    ${bringList(view)}
    ${
      view.confirmation
        ? html`<p><a class="button secondary" part="add-to-calendar" href=${view.confirmation.icsUrl} download=${view.confirmation.icsName}>${t('addToCalendar')}</a></p>
          <div class="manage" part="manage">
            ${subheading(view, t('manageTitle'))}
            <p>${t(view.confirmationEmail && view.flow.created?.emailed ? 'manageKeepEmailed' : 'manageKeep')}</p>
            <p class="manage-link">
              <a href=${view.confirmation.manageUrl} part="manage-link">${t('manageLinkText')}</a>
              <button type="button" class="button secondary" part="copy-link" @click=${() => view.on.copyManageLink()}>${t('copyLink')}</button>
            </p>
            ${view.copyNote ? html`<p class="copy-note" part="copy-note">${view.copyNote}</p>` : nothing}
            <div class="actions">
              <button type="button" class="button secondary" @click=${() => view.on.manageCreated('reschedule')}>${t('moveTime')}</button>
              <button type="button" class="button secondary" @click=${() => view.on.manageCreated('ask-cancel')}>${t('cancelTime')}</button>
            </div>
          </div>`
        : nothing
    }
    <p><button type="button" class="link-button" @click=${() => view.on.dispatch({ type: 'new-booking' })}>${t('newBooking')}</button></p>
  </div>`;
}

/** The bodies of the steps in this chunk. */
export const LATER_BODIES: StepBodies = {
  day: dayStep,
  time: timeStep,
  details: detailsStep,
  check: checkStep,
  confirmation: confirmationStep,
  'reschedule-day': dayStep,
  'reschedule-time': timeStep,
};

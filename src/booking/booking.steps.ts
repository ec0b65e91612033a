// The templates of <borger-booking>'s steps. They render a `BookingView` (state the element has
// prepared) and call its handlers; they hold no state and make no requests.
import { html, nothing, type TemplateResult } from 'lit';
import type { HandedAnswer } from '../core/handoff.js';
import type { Translate } from '../core/i18n/translate.js';
import { type LocalizedText, localize } from '../core/localized.js';
import { localizedText } from '../core/localized-template.js';
import { changeButton, stepTop } from '../core/step-nav.js';
import { formatDate, formatTime, type IsoDate } from '../core/time.js';
import { withZoneNote } from '../core/zone-note.js';
import type { ActionKind } from './booking.actions.js';
import type { Loadable } from './booking.data.js';
import { type ChangeableStep, type DetailsField, type FlowAction, type FlowState, progressOf } from './booking.flow.js';
import type { BookingKey } from './booking.messages.js';
import type { Booking, Location, Service, Slot } from './booking.schema.js';
import { groupByPartOfDay } from './calendar.js';
import { type CalendarView, dayName, renderCalendar } from './calendar.render.js';
import type { BookingError } from './provider.js';

export type ActionState =
  | { status: 'idle' }
  | { status: 'sending'; kind: ActionKind }
  | { status: 'error'; kind: ActionKind; error: BookingError };

export interface BookingHandlers {
  dispatch(action: FlowAction): void;
  /** "Prøv igen": repeats the failed request (a submission with the same Idempotency-Key). */
  retry(): void;
  submit(kind: ActionKind): void;
  input(field: DetailsField, value: string): void;
  /** From an error summary link: focus the field it names. */
  focusField(id: string): void;
  /** From the confirmation: manage the booking just made, straight into moving or cancelling it. */
  manageCreated(then: 'reschedule' | 'ask-cancel'): void;
  /** "Tilbage til vejledningen": focus goes back to the widget the citizen was handed over from. */
  backToOrigin(): void;
  /** "Kopiér linket" on the confirmation. */
  copyManageLink(): void;
}

/** After a hand-over: what is booked and where, with "Skift", and the way back to where the citizen came from. */
export interface HandoverView {
  from: 'guide' | 'channels' | undefined;
  /** The service and place were chosen by the hand-over (or the page), so no step asked for them. */
  presetService: boolean;
  presetPlace: boolean;
}

export interface BookingView {
  t: Translate<BookingKey>;
  lang: string;
  /** aria-level of the step heading. */
  level: number;
  flow: FlowState;
  services: Loadable<Service[]> | undefined;
  locations: Loadable<Location[]> | undefined;
  service: Service | undefined;
  location: Location | undefined;
  /** The booking being managed. */
  booking: Loadable<Booking> | undefined;
  calendar: CalendarView | undefined;
  /** No free day in any month the calendar may show. */
  calendarEmpty: boolean;
  /** The chosen day, shown under every month the calendar shows. */
  chosenDay?: { date: IsoDate; count: number } | undefined;
  /** Why the last day pressed could not be chosen (full or past). */
  dayNote?: string | undefined;
  /** The month the calendar needs could not be loaded. */
  calendarError: BookingError | undefined;
  /** Free slots of the chosen day. */
  times: Loadable<Slot[]> | undefined;
  action: ActionState;
  privacy: string;
  phone: { href: string; text: string; hours: string | undefined } | undefined;
  confirmation: { icsUrl: string; icsName: string; manageUrl: string } | undefined;
  /** What to bring: fitted to the citizen by a guide's hand-over, else the service's own list. */
  bring: readonly LocalizedText[];
  /** What the citizen answered in the guide that handed them over ("Fra vejledningen"); empty without one. */
  fromGuide: readonly HandedAnswer[];
  /** The site's booking system e-mails a confirmation (content `confirmationEmail`). */
  confirmationEmail: boolean;
  /** Whether "Kopiér linket" worked. */
  copyNote?: string | undefined;
  handover: HandoverView | undefined;
  on: BookingHandlers;
}

type Blocking = { state: 'loading' } | { state: 'error'; error: BookingError } | { state: 'ready' };

/** The data a step cannot be shown without. */
function blocking(...entries: (Loadable<unknown> | undefined)[]): Blocking {
  const error = entries.find((entry) => entry?.status === 'error');
  if (error?.status === 'error') return { state: 'error', error: error.error };
  if (entries.some((entry) => entry === undefined || entry.status === 'loading')) return { state: 'loading' };
  return { state: 'ready' };
}

/** "torsdag 26. november 2026, 10.00–10.15", always Copenhagen time; "(dansk tid)" after it for a visitor abroad. */
export function whenText(t: Translate<BookingKey>, lang: string, start: string, end: string): string {
  const from = new Date(start);
  const to = new Date(end);
  const date = formatDate(from, lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return withZoneNote(t('when', { date, start: formatTime(from, lang), end: formatTime(to, lang) }), lang, [from, to]);
}

function heading(view: BookingView, text: string): TemplateResult {
  return html`<div role="heading" aria-level=${view.level} class="step-heading" part="step-heading" id="step-heading" tabindex="-1" data-step-heading>${text}</div>`;
}

function subheading(view: BookingView, text: string, id?: string): TemplateResult {
  return html`<div role="heading" aria-level=${Math.min(view.level + 1, 6)} class="subheading" id=${id ?? nothing}>${text}</div>`;
}

function loading(view: BookingView): TemplateResult {
  // Quiet and the same height as a short step: nothing jumps, nothing is announced.
  return html`<div class="placeholder" part="loading" aria-busy="true"><span class="visually-hidden">${view.t('loading')}</span></div>`;
}

function phoneLine(view: BookingView): TemplateResult | typeof nothing {
  if (!view.phone) return nothing;
  return html`<p class="phone"><a href=${view.phone.href}>${view.phone.text}</a>${view.phone.hours ? html` <span>(${view.phone.hours})</span>` : nothing}</p>`;
}

function errorBox(view: BookingView, error: BookingError, options: { kept?: boolean } = {}): TemplateResult {
  const { t } = view;
  return html`<div class="problem" part="error" role="alert">
    <p>${t(`error.${error.code}`)}</p>
    ${options.kept ? html`<p>${t('error.kept')}</p>` : nothing}
    <div class="actions">
      <button type="button" class="button secondary" part="retry" @click=${() => view.on.retry()}>${t('retry')}</button>
    </div>
    ${phoneLine(view)}
  </div>`;
}

function errorSummary(view: BookingView, items: { id: string; text: string }[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  // Focus moves here after "Fortsæt" (GOV.UK error summary), so it is said once, by focus, under its
  // name. No role="alert": that would say it again on every keystroke while a field is corrected.
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="summary-title" data-error-summary>
    <div>
      ${subheading(view, view.t('summaryTitle'), 'summary-title')}
      <ul>
        ${items.map(
          (item) =>
            html`<li><a href="#${item.id}" @click=${(event: Event) => {
              event.preventDefault();
              view.on.focusField(item.id);
            }}>${item.text}</a></li>`,
        )}
      </ul>
    </div>
  </div>`;
}

function nextButton(view: BookingView): TemplateResult {
  return html`<div class="actions"><button type="submit" class="button" part="next">${view.t('next')}</button></div>`;
}

function submitNext(view: BookingView) {
  return (event: Event) => {
    event.preventDefault();
    view.on.dispatch({ type: 'next' });
  };
}

function fieldError(id: string, text: string | undefined): TemplateResult | typeof nothing {
  return text === undefined ? nothing : html`<p class="field-error" id=${id}>${text}</p>`;
}

// ---- Steps -----------------------------------------------------------------------------------

function serviceStep(view: BookingView): TemplateResult {
  const { t, lang, flow } = view;
  const state = blocking(view.services);
  if (state.state !== 'ready') return state.state === 'loading' ? loading(view) : errorBox(view, state.error);
  const services = (view.services as { value: Service[] }).value;
  if (services.length === 0) return html`<p>${t('noServices')}</p>${phoneLine(view)}`;
  const missing = flow.missing ? t('missing.service') : undefined;
  return html`${errorSummary(view, missing ? [{ id: 'service-0', text: missing }] : [])}
    <form part="form" novalidate @submit=${submitNext(view)}>
      <fieldset class="choices" aria-labelledby="step-heading" aria-describedby=${missing ? 'choice-error' : nothing}>
        ${fieldError('choice-error', missing)}
        ${services.map((service, i) => {
          const description = localize(service.description, lang);
          return html`<div class="choice">
            <input type="radio" name="service" id="service-${i}" .checked=${flow.serviceId === service.id}
              aria-describedby=${description ? `service-${i}-hint` : nothing}
              @change=${() => view.on.dispatch({ type: 'choose-service', serviceId: service.id })} />
            <label for="service-${i}">${localize(service.name, lang)}</label>
            ${description ? html`<p class="choice-hint" id="service-${i}-hint">${description}</p>` : nothing}
          </div>`;
        })}
      </fieldset>
      ${nextButton(view)}
    </form>`;
}

function placeStep(view: BookingView): TemplateResult {
  const { t, lang, flow } = view;
  const state = blocking(view.locations);
  if (state.state !== 'ready') return state.state === 'loading' ? loading(view) : errorBox(view, state.error);
  const locations = (view.locations as { value: Location[] }).value;
  if (locations.length === 0) return html`<p>${t('noPlaces', { service: localize(view.service?.name, lang) })}</p>${phoneLine(view)}`;
  const missing = flow.missing ? t('missing.place') : undefined;
  return html`${errorSummary(view, missing ? [{ id: 'place-0', text: missing }] : [])}
    <form part="form" novalidate @submit=${submitNext(view)}>
      <fieldset class="choices" aria-labelledby="step-heading" aria-describedby=${missing ? 'choice-error' : nothing}>
        ${fieldError('choice-error', missing)}
        ${locations.map(
          (location, i) => html`<div class="choice place">
            <input type="radio" name="place" id="place-${i}" .checked=${flow.locationId === location.id}
              aria-describedby="place-${i}-hint"
              @change=${() => view.on.dispatch({ type: 'choose-location', locationId: location.id })} />
            <label for="place-${i}">${localize(location.name, lang)}</label>
            <div class="choice-hint" id="place-${i}-hint">
              <p class="kind">${t(`kind.${location.kind}`)}</p>
              <p class="address">${location.address}</p>
              ${location.accessibility ? html`<p class="accessibility">${t('accessibility', { text: localize(location.accessibility, lang) })}</p>` : nothing}
            </div>
          </div>`,
        )}
      </fieldset>
      ${nextButton(view)}
    </form>`;
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

interface Row {
  label: string;
  value: TemplateResult | string;
  change?: { step: ChangeableStep; what: BookingKey; action?: FlowAction };
}

function summaryList(view: BookingView, rows: Row[]): TemplateResult {
  return html`<dl class="summary" part="summary">
    ${rows.map(
      (row) => html`<div class="row">
        <dt>${row.label}</dt>
        <dd>${row.value}</dd>
        ${
          row.change
            ? html`<dd class="row-action">
              ${changeButton(view.lang, view.t(row.change.what), () => view.on.dispatch(row.change!.action ?? { type: 'change', step: row.change!.step }))}
            </dd>`
            : nothing
        }
      </div>`,
    )}
  </dl>`;
}

function placeValue(view: BookingView, location: Location | undefined): TemplateResult | string {
  if (!location) return '';
  return html`${localize(location.name, view.lang)}<br /><span class="address">${location.address}</span>`;
}

/** "Skift" for the service or the place: a step of its own, or (after a hand-over) releasing the preset. */
function changeRow(view: BookingView, which: 'service' | 'location'): Pick<Row, 'change'> {
  const preset = which === 'service' ? view.flow.preset.serviceId : view.flow.preset.locationId;
  const step = which === 'service' ? 'service' : 'place';
  const what = which === 'service' ? 'changeWhat.service' : 'changeWhat.place';
  if (!preset) return { change: { step, what } };
  if (!view.handover) return {};
  return { change: { step, what, action: { type: 'release-preset', which } } };
}

/** At the top of every step after a hand-over: what is booked and where, each with "Skift", and the way back. */
function handoverBox(view: BookingView): TemplateResult | typeof nothing {
  const handover = view.handover;
  const { flow, t, lang } = view;
  if (!handover || flow.mode !== 'book' || flow.step === 'check' || flow.step === 'service') return nothing;
  const rows: Row[] = [];
  if (view.service) rows.push({ label: t('handoff.service'), value: localize(view.service.name, lang), ...changeRow(view, 'service') });
  if (view.location && flow.step !== 'place')
    rows.push({ label: t('handoff.place'), value: placeValue(view, view.location), ...changeRow(view, 'location') });
  if (rows.length === 0 && !handover.from) return nothing;
  return html`<div class="handover" part="handover">
    ${rows.length > 0 ? html`<p class="visually-hidden">${t('handoff.title')}</p>${summaryList(view, rows)}` : nothing}
    ${
      handover.from
        ? html`<p class="origin"><button type="button" class="link-button" part="origin" @click=${() => view.on.backToOrigin()}>${t(`handoff.back.${handover.from}`)}</button></p>`
        : nothing
    }
  </div>`;
}

function actionLabel(view: BookingView, kind: 'create' | 'reschedule' | 'cancel', idle: BookingKey, busy: BookingKey): string {
  return view.action.status === 'sending' && view.action.kind === kind ? view.t(busy) : view.t(idle);
}

function actionError(view: BookingView, kind: 'create' | 'reschedule' | 'cancel'): TemplateResult | typeof nothing {
  const { action } = view;
  return action.status === 'error' && action.kind === kind ? errorBox(view, action.error, { kept: kind === 'create' }) : nothing;
}

function submitAction(view: BookingView, kind: 'create' | 'reschedule' | 'cancel') {
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

/** The managed booking once it, its service and its place are known; else what stands in the way. */
function managed(view: BookingView): { booking: Booking } | Exclude<Blocking, { state: 'ready' }> {
  const booking = view.flow.managed?.booking;
  const state = booking ? blocking(view.services, view.locations) : blocking(view.booking);
  if (state.state !== 'ready' || !booking) return state.state === 'ready' ? { state: 'loading' } : state;
  return { booking };
}

function bookingRows(view: BookingView, booking: Booking, withStatus: boolean): Row[] {
  const { t, lang } = view;
  return [
    { label: t('row.code'), value: booking.code },
    { label: t('row.service'), value: localize(view.service?.name, lang) },
    { label: t('row.place'), value: placeValue(view, view.location) },
    { label: t('row.when'), value: whenText(t, lang, booking.start, booking.end) },
    ...(withStatus ? [{ label: t('row.status'), value: t(`status.${booking.status}`) }] : []),
  ];
}

function newBookingButton(view: BookingView): TemplateResult {
  return html`<div class="actions"><button type="button" class="button" @click=${() => view.on.dispatch({ type: 'new-booking' })}>${view.t('newBooking')}</button></div>`;
}

function viewStep(view: BookingView): TemplateResult {
  const { t } = view;
  const state = managed(view);
  if ('state' in state) {
    if (state.state === 'loading') return loading(view);
    if (state.error.code === 'not_found') return html`<p>${t('notFound')}</p>${newBookingButton(view)}${phoneLine(view)}`;
    return errorBox(view, state.error);
  }
  const { booking } = state;
  return html`<div class="booking-view" part="booking">
    ${summaryList(view, bookingRows(view, booking, true))}
    ${
      booking.status === 'confirmed'
        ? html`<div class="actions">
          <button type="button" class="button" @click=${() => view.on.dispatch({ type: 'reschedule' })}>${t('moveTime')}</button>
          <button type="button" class="button secondary" @click=${() => view.on.dispatch({ type: 'ask-cancel' })}>${t('cancelTime')}</button>
        </div>`
        : newBookingButton(view)
    }
  </div>`;
}

function cancelConfirmStep(view: BookingView): TemplateResult {
  const { t } = view;
  const state = managed(view);
  if ('state' in state) return state.state === 'loading' ? loading(view) : errorBox(view, state.error);
  const sending = view.action.status === 'sending';
  return html`${summaryList(view, bookingRows(view, state.booking, false))}
    <p>${t('cancel.body')}</p>
    ${actionError(view, 'cancel')}
    <form part="form" novalidate @submit=${submitAction(view, 'cancel')}>
      <div class="actions">
        <button type="submit" class="button danger" part="confirm" aria-disabled=${sending ? 'true' : nothing}>${actionLabel(view, 'cancel', 'cancel.yes', 'cancelling')}</button>
        <button type="button" class="button secondary" @click=${() => view.on.dispatch({ type: 'back' })}>${t('cancel.no')}</button>
      </div>
    </form>`;
}

function cancelledStep(view: BookingView): TemplateResult {
  const booking = view.flow.managed?.booking;
  return html`${booking ? summaryList(view, bookingRows(view, booking, true)) : nothing}
    <p>${view.t('cancelled.body')}</p>
    ${newBookingButton(view)}`;
}

function rescheduleCheckStep(view: BookingView): TemplateResult {
  const { t, lang, flow } = view;
  const state = managed(view);
  if ('state' in state) return state.state === 'loading' ? loading(view) : errorBox(view, state.error);
  const { booking } = state;
  const sending = view.action.status === 'sending';
  return html`${summaryList(view, [
    { label: t('row.service'), value: localize(view.service?.name, lang) },
    { label: t('row.place'), value: placeValue(view, view.location) },
    { label: t('move.from'), value: whenText(t, lang, booking.start, booking.end) },
    { label: t('move.to'), value: flow.slot ? whenText(t, lang, flow.slot.start, flow.slot.end) : '' },
  ])}
    ${actionError(view, 'reschedule')}
    <form part="form" novalidate @submit=${submitAction(view, 'reschedule')}>
      <div class="actions">
        <button type="submit" class="button" part="confirm" aria-disabled=${sending ? 'true' : nothing}>${actionLabel(view, 'reschedule', 'move.confirm', 'moving')}</button>
      </div>
    </form>`;
}

/** The heading text of the current step (the managed booking's 404 has its own). */
export function stepHeading(view: Pick<BookingView, 't' | 'flow' | 'booking'>): string {
  const { flow } = view;
  if (flow.step === 'view' && !flow.managed?.booking && view.booking?.status === 'error' && view.booking.error.code === 'not_found') {
    return view.t('step.not-found');
  }
  return view.t(`step.${flow.step}`);
}

const BODIES: Record<FlowState['step'], (view: BookingView) => TemplateResult> = {
  service: serviceStep,
  place: placeStep,
  day: dayStep,
  time: timeStep,
  details: detailsStep,
  check: checkStep,
  confirmation: confirmationStep,
  view: viewStep,
  'cancel-confirm': cancelConfirmStep,
  cancelled: cancelledStep,
  'reschedule-day': dayStep,
  'reschedule-time': timeStep,
  'reschedule-check': rescheduleCheckStep,
};

/** The whole step: way back, progress (the core step pattern, as in the guide), heading, notice and body. */
export function renderStep(view: BookingView, previous: boolean): TemplateResult {
  const { t, flow } = view;
  const progress = progressOf(flow);
  return html`<section class="step" part="step" data-step=${flow.step} aria-labelledby="step-heading">
    ${stepTop({ lang: view.lang, back: previous ? () => view.on.dispatch({ type: 'back' }) : undefined, progress })}
    ${handoverBox(view)}
    ${heading(view, stepHeading(view))}
    ${flow.notice ? html`<div class="notice ${flow.notice === 'rescheduled' ? 'success' : ''}" part="notice">${t(`notice.${flow.notice}`)}</div>` : nothing}
    ${BODIES[flow.step](view)}
  </section>`;
}

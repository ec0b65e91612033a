// The templates of <borger-booking>'s first steps (service, place), the frame of every step and the
// parts all steps share. The later steps are in booking.later-steps.ts and booking.manage-steps.ts, chunks
// loaded after the first step shows. They render a `BookingView` (state the element has prepared) and
// call its handlers; they hold no state and make no requests.
import { html, nothing, type TemplateResult } from 'lit';
import type { HandedAnswer } from '../core/handoff.js';
import type { Translate } from '../core/i18n/translate.js';
import { type LocalizedText, localize } from '../core/localized.js';
import { changeButton, stepTop } from '../core/step-nav.js';
import type { IsoDate } from '../core/time.js';
import type { ActionKind } from './booking.actions.js';
import type { Loadable } from './booking.data.js';
import { type ChangeableStep, type DetailsField, type FlowAction, type FlowState, progressOf } from './booking.flow.js';
import type { BookingKey } from './booking.messages.js';
import type { Booking, Location, Service, Slot } from './booking.schema.js';
import type { CalendarView } from './calendar.render.js';
import { BookingError } from './provider.js';

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

/** What only the later steps show: prepared by booking.later-logic.ts once their chunk is there. */
export interface LaterView {
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
  privacy: string;
  confirmation: { icsUrl: string; icsName: string; manageUrl: string } | undefined;
  /** What to bring: fitted to the citizen by a guide's hand-over, else the service's own list. */
  bring: readonly LocalizedText[];
  /** What the citizen answered in the guide that handed them over ("Fra vejledningen"); empty without one. */
  fromGuide: readonly HandedAnswer[];
  /** The site's booking system e-mails a confirmation (content `confirmationEmail`). */
  confirmationEmail: boolean;
  /** Whether "Kopiér linket" worked. */
  copyNote?: string | undefined;
}

export interface BookingView extends LaterView {
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
  action: ActionState;
  phone: { href: string; text: string; hours: string | undefined } | undefined;
  handover: HandoverView | undefined;
  /** The step bodies of the later chunks that have arrived. */
  bodies: StepBodies;
  /** The code of the step shown could not be loaded. */
  chunkFailed: boolean;
  on: BookingHandlers;
}

export type Blocking = { state: 'loading' } | { state: 'error'; error: BookingError } | { state: 'ready' };

/** The data a step cannot be shown without. */
export function blocking(...entries: (Loadable<unknown> | undefined)[]): Blocking {
  const error = entries.find((entry) => entry?.status === 'error');
  if (error?.status === 'error') return { state: 'error', error: error.error };
  if (entries.some((entry) => entry === undefined || entry.status === 'loading')) return { state: 'loading' };
  return { state: 'ready' };
}

export function heading(view: BookingView, text: string): TemplateResult {
  return html`<div role="heading" aria-level=${view.level} class="step-heading" part="step-heading" id="step-heading" tabindex="-1" data-step-heading>${text}</div>`;
}

export function subheading(view: BookingView, text: string, id?: string): TemplateResult {
  return html`<div role="heading" aria-level=${Math.min(view.level + 1, 6)} class="subheading" id=${id ?? nothing}>${text}</div>`;
}

export function loading(view: BookingView): TemplateResult {
  // Quiet and the same height as a short step: nothing jumps, nothing is announced.
  return html`<div class="placeholder" part="loading" aria-busy="true"><span class="visually-hidden">${view.t('loading')}</span></div>`;
}

export function phoneLine(view: BookingView): TemplateResult | typeof nothing {
  if (!view.phone) return nothing;
  return html`<p class="phone"><a href=${view.phone.href}>${view.phone.text}</a>${view.phone.hours ? html` <span>(${view.phone.hours})</span>` : nothing}</p>`;
}

export function errorBox(view: BookingView, error: BookingError, options: { kept?: boolean } = {}): TemplateResult {
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

export function errorSummary(view: BookingView, items: { id: string; text: string }[]): TemplateResult | typeof nothing {
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

export function nextButton(view: BookingView): TemplateResult {
  return html`<div class="actions"><button type="submit" class="button" part="next">${view.t('next')}</button></div>`;
}

export function submitNext(view: BookingView) {
  return (event: Event) => {
    event.preventDefault();
    view.on.dispatch({ type: 'next' });
  };
}

export function fieldError(id: string, text: string | undefined): TemplateResult | typeof nothing {
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

export interface Row {
  label: string;
  value: TemplateResult | string;
  change?: { step: ChangeableStep; what: BookingKey; action?: FlowAction };
}

export function summaryList(view: BookingView, rows: Row[]): TemplateResult {
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

export function placeValue(view: BookingView, location: Location | undefined): TemplateResult | string {
  if (!location) return '';
  return html`${localize(location.name, view.lang)}<br /><span class="address">${location.address}</span>`;
}

/** "Skift" for the service or the place: a step of its own, or (after a hand-over) releasing the preset. */
export function changeRow(view: BookingView, which: 'service' | 'location'): Pick<Row, 'change'> {
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

/** The heading text of the current step (the managed booking's 404 has its own). */
export function stepHeading(view: Pick<BookingView, 't' | 'flow' | 'booking'>): string {
  const { flow } = view;
  if (flow.step === 'view' && !flow.managed?.booking && view.booking?.status === 'error' && view.booking.error.code === 'not_found') {
    return view.t('step.not-found');
  }
  return view.t(`step.${flow.step}`);
}

/** The step bodies in this file; the others are in later chunks (booking.later-steps.ts, booking.manage-steps.ts). */
const FIRST_BODIES: StepBodies = { service: serviceStep, place: placeStep };

/** Renders a step's body. */
export type StepBodies = Partial<Record<FlowState['step'], (view: BookingView) => TemplateResult>>;

/**
 * The body of a step whose code has not arrived: the quiet placeholder while it loads (the element
 * says "Henter …" in its status region), or, if it failed to load, the error with "Prøv igen".
 */
function pendingBody(view: BookingView): TemplateResult {
  return view.chunkFailed ? errorBox(view, new BookingError('network', 'could not load the step')) : loading(view);
}

/** The whole step: way back, progress (the core step pattern, as in the guide), heading, notice and body. */
export function renderStep(view: BookingView, previous: boolean): TemplateResult {
  const { t, flow } = view;
  const progress = progressOf(flow);
  return html`<section class="step" part="step" data-step=${flow.step} aria-labelledby="step-heading">
    ${stepTop({ lang: view.lang, back: previous ? () => view.on.dispatch({ type: 'back' }) : undefined, progress })}
    ${handoverBox(view)}
    ${heading(view, stepHeading(view))}
    ${flow.notice ? html`<div class="notice ${flow.notice === 'rescheduled' ? 'success' : ''}" part="notice">${t(`notice.${flow.notice}`)}</div>` : nothing}
    ${(FIRST_BODIES[flow.step] ?? view.bodies[flow.step] ?? pendingBody)(view)}
  </section>`;
}

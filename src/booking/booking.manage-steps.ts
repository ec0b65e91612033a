// The templates of <borger-booking>'s manage flow: the booking, cancelling it and the check of a move
// (moving uses the calendar of booking.later-steps.ts). A chunk loaded only when a booking is managed.
import { html, nothing, type TemplateResult } from 'lit';
import { addTexts } from '../core/i18n/translate.js';
import { localize } from '../core/localized.js';
import type { BorgerBooking } from './booking.element.js';
import { actionError, actionLabel, submitAction, whenText } from './booking.later-steps.js';
import { MANAGE_DA } from './booking.manage-messages.js';
import { bookingMessages } from './booking.messages.js';
import type { Booking } from './booking.schema.js';
import {
  type Blocking,
  type BookingView,
  blocking,
  errorBox,
  loading,
  phoneLine,
  placeValue,
  type Row,
  type StepBodies,
  summaryList,
} from './booking.steps.js';

// The manage steps' Danish texts come with them (booking.messages.ts).
addTexts(bookingMessages, 'da', MANAGE_DA);

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

/** The bodies of the manage steps (moving's day and time are in booking.later-steps.ts). */
export const MANAGE_BODIES: StepBodies = {
  view: viewStep,
  'cancel-confirm': cancelConfirmStep,
  cancelled: cancelledStep,
  'reschedule-check': rescheduleCheckStep,
};

/**
 * A manage link opened from a bookmark or an e-mail lands on the booking, not on the top of the
 * article above it: once the booking (or why it cannot be shown) is rendered, the widget scrolls
 * into view (a closed <details> around it opens) and its heading takes focus (issue 9, point 1).
 * Called after every render of the element while this chunk is there.
 */
export function land(host: BorgerBooking): void {
  if (!host.landing || host.flow.step !== 'view') return;
  const managed = host.flow.managed;
  const entry = managed ? host.data.booking(managed.id) : undefined;
  if (!managed?.booking && entry?.status !== 'error') return;
  // The content (src) may still be loading while the booking is known: wait for the step to show.
  const heading = host.renderRoot.querySelector<HTMLElement>('[data-step-heading]');
  if (!heading) return;
  host.landing = false;
  host.closest('details')?.setAttribute('open', '');
  heading.focus({ preventScroll: true });
  host.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

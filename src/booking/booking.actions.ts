// The three requests that change a booking (book, move, cancel), and what each answer means for
// the flow. No DOM: the element applies the outcome (flow actions, an event, an error to show).
import type { FlowAction, FlowState } from './booking.flow.js';
import { bookingBody } from './booking.later-flow.js';
import type { Booking } from './booking.schema.js';
import type { SubmissionKey } from './idempotency.js';
import { BookingError, type BookingProvider, isBookingError } from './provider.js';

export type ActionKind = 'create' | 'reschedule' | 'cancel';

/** What events say about a booking: never the citizen's name, e-mail or phone, never the token. */
export interface PublicBooking {
  id: string;
  code: string;
  serviceId: string;
  locationId: string;
  start: string;
  end: string;
}

export function publicBooking(booking: Booking): PublicBooking {
  const { id, code, serviceId, locationId, start, end } = booking;
  return { id, code, serviceId, locationId, start, end };
}

export type ActionEvent = 'borger-booking-confirmed' | 'borger-booking-rescheduled' | 'borger-booking-cancelled';

export type ActionOutcome =
  /** Done: apply `actions`, tell the page with `event`. */
  | { status: 'done'; actions: FlowAction[]; event: ActionEvent; booking: Booking }
  /**
   * Refused. With `actions`, the flow takes the citizen where the problem can be fixed (another
   * time after a 409, the field after a 422); without, the error is shown with "Prøv igen".
   * `staleSlots`: the free times have changed and must be fetched again.
   */
  | { status: 'failed'; error: BookingError; actions: FlowAction[]; staleSlots: boolean }
  /** Nothing to send (the flow is not ready for it). */
  | { status: 'skipped' };

export interface ActionContext {
  provider: BookingProvider;
  /** The Idempotency-Key of the booking being submitted. */
  key: SubmissionKey;
  lang: string;
  signal: AbortSignal;
}

async function send(kind: ActionKind, flow: FlowState, context: ActionContext): Promise<ActionOutcome> {
  const { provider, signal } = context;
  if (kind === 'create') {
    const body = bookingBody(flow, context.lang);
    if (!body) return { status: 'skipped' };
    // The same key for the same body: a retry after a lost answer can never book twice.
    const created = await provider.create(body, context.key.for(body), signal);
    context.key.reset();
    return {
      status: 'done',
      actions: [{ type: 'created', booking: created.booking, token: created.token }],
      event: 'borger-booking-confirmed',
      booking: created.booking,
    };
  }
  const managed = flow.managed;
  if (kind === 'reschedule') {
    if (!managed || !flow.slot) return { status: 'skipped' };
    const booking = await provider.reschedule(managed.id, managed.token, flow.slot.id, signal);
    return { status: 'done', actions: [{ type: 'rescheduled', booking }], event: 'borger-booking-rescheduled', booking };
  }
  if (!managed?.booking) return { status: 'skipped' };
  await provider.cancel(managed.id, managed.token, signal);
  return {
    status: 'done',
    actions: [{ type: 'cancelled' }],
    event: 'borger-booking-cancelled',
    booking: { ...managed.booking, status: 'cancelled' },
  };
}

/** What a refusal means: a taken time and a refused field are fixed in the flow; the rest is retried. */
function failure(kind: ActionKind, error: BookingError): ActionOutcome {
  if (kind !== 'cancel' && error.code === 'slot_taken')
    return { status: 'failed', error, actions: [{ type: 'slot-taken' }], staleSlots: true };
  if (kind !== 'cancel' && error.code === 'invalid') {
    const fields = error.fields ?? {};
    return { status: 'failed', error, actions: [{ type: 'rejected', fields }], staleSlots: fields.slotId !== undefined };
  }
  return { status: 'failed', error, actions: [], staleSlots: false };
}

/** Sends the request for `kind`; never throws. */
export async function runAction(kind: ActionKind, flow: FlowState, context: ActionContext): Promise<ActionOutcome> {
  try {
    return await send(kind, flow, context);
  } catch (error) {
    return failure(kind, isBookingError(error) ? error : new BookingError('internal', String(error), { cause: error }));
  }
}

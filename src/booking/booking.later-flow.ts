// The whole flow of <borger-booking> (booking.flow.ts has its first steps): what the later steps'
// actions do — a day, a time, the typed details, a change from the check step, the answers to booking,
// moving and cancelling — and the request body of a booking. In the later steps' chunk: none of these
// actions can happen before a later step shows.
import {
  clearAfter,
  type DetailsField,
  type DetailsProblems,
  detailsProblems,
  EMPTY_DETAILS,
  type FlowAction,
  type FlowState,
  goTo,
  initialFlow,
  isComplete,
  reduceFirstSteps,
  withoutNotice,
} from './booking.flow.js';

const PERSONAL_FIELDS: DetailsField[] = ['name', 'email', 'phone'];

/** The next state of the flow after `action`, for every step (pure; the state given is never changed). */
export function reduceFlow(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'choose-day':
      if (action.day === state.day) return { ...state, missing: false };
      return { ...clearAfter(state, 'day'), day: action.day, missing: false };
    case 'choose-slot':
      return { ...state, slot: action.slot, missing: false };
    case 'edit-details': {
      const details = { ...state.details, ...action.details };
      // A problem the citizen has just fixed goes away while they type; new ones wait for the next attempt.
      const now = detailsProblems(details);
      const problems: DetailsProblems = {};
      for (const field of PERSONAL_FIELDS) {
        const shown = state.problems[field];
        if (!shown) continue;
        // "E-mail or phone" depends on both fields; the others on their own field only.
        const affected = action.details[field] !== undefined || shown === 'contact-missing';
        if (!affected) problems[field] = shown;
        else if (now[field]) problems[field] = shown === 'server-invalid' ? now[field] : shown;
      }
      return { ...state, details, problems };
    }
    case 'change':
      if (state.step !== 'check') return state;
      return goTo(state, action.step, { returnToCheck: true });
    case 'created':
      // The personal details have done their job: they are not kept once the booking exists.
      return goTo(state, 'confirmation', {
        created: { booking: action.booking, token: action.token, emailed: state.details.email.trim() !== '' },
        details: { ...EMPTY_DETAILS },
        problems: {},
        returnToCheck: false,
      });
    case 'slot-taken': {
      // Back to the times, and from there straight back to the check (or the move's check).
      const { slot: _slot, ...rest } = state;
      return goTo(rest, state.mode === 'manage' ? 'reschedule-time' : 'time', {
        notice: 'slot-taken',
        returnToCheck: state.mode === 'book',
      });
    }
    case 'rejected': {
      const problems: DetailsProblems = {};
      for (const field of PERSONAL_FIELDS) if (action.fields[field] !== undefined) problems[field] = 'server-invalid';
      if (Object.keys(problems).length > 0 && state.mode === 'book') return goTo(state, 'details', { problems, returnToCheck: true });
      if (action.fields.slotId !== undefined) {
        const { slot: _slot, ...rest } = state;
        return goTo(rest, state.mode === 'manage' ? 'reschedule-time' : 'time', {
          notice: 'slot-invalid',
          returnToCheck: state.mode === 'book',
        });
      }
      return { ...state, notice: 'rejected' };
    }
    case 'ask-cancel':
      if (state.step !== 'view' || state.managed?.booking?.status !== 'confirmed') return state;
      return goTo(state, 'cancel-confirm');
    case 'cancelled': {
      if (!state.managed) return state;
      const booking = state.managed.booking ? { ...state.managed.booking, status: 'cancelled' as const } : undefined;
      return goTo(state, 'cancelled', { managed: { ...state.managed, ...(booking ? { booking } : {}) } });
    }
    case 'reschedule': {
      const booking = state.managed?.booking;
      if (state.step !== 'view' || booking?.status !== 'confirmed') return state;
      const { day: _day, slot: _slot, ...rest } = withoutNotice(state);
      return goTo({ ...rest, serviceId: booking.serviceId, locationId: booking.locationId }, 'reschedule-day');
    }
    case 'rescheduled': {
      if (!state.managed) return state;
      const { day: _day, slot: _slot, ...rest } = state;
      return goTo(rest, 'view', { managed: { ...state.managed, booking: action.booking }, notice: 'rescheduled' });
    }
    case 'new-booking':
      return initialFlow(state.mode === 'book' ? state.preset : {}, state.details);
    default:
      return reduceFirstSteps(state, action);
  }
}

/** The request body for POST /bookings: trimmed, empty fields left out. */
export function bookingBody(
  state: FlowState,
  lang: string,
): { slotId: string; name: string; email?: string; phone?: string; lang: string } | undefined {
  if (!state.slot || !isComplete(state)) return undefined;
  const email = state.details.email.trim();
  const phone = state.details.phone.trim();
  return {
    slotId: state.slot.id,
    name: state.details.name.trim(),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    lang,
  };
}

// The steps of <borger-booking> as a pure state machine: which step comes next, what a step needs
// before the citizen may go on, and what a change or a failure does to the choices made so far.
// No DOM and no requests: the element renders the state and feeds the answers back in as actions.
// This file has the states, the moves every step makes and the first steps' actions (in the first
// download); what the later steps' actions do is in booking.later-flow.ts (reduceFlow, the whole flow).

import { accepted } from '../core/compact-check.js';
import type { IsoDate } from '../core/time.js';
import { acceptsCitizenName, acceptsEmail, acceptsPhone } from './booking.check.js';
import { looksLikeCpr } from './booking.rules.js';
import type { Booking, Slot } from './booking.schema.js';

/** Booking a new time, in order; `confirmation` ends it. */
export const BOOK_STEPS = ['service', 'place', 'day', 'time', 'details', 'check', 'confirmation'] as const;
/** Managing a booking from its link: view it, cancel it (with a confirm step) or move it. */
export const MANAGE_STEPS = ['view', 'cancel-confirm', 'cancelled', 'reschedule-day', 'reschedule-time', 'reschedule-check'] as const;

export type BookStep = (typeof BOOK_STEPS)[number];
export type ManageStep = (typeof MANAGE_STEPS)[number];
export type BookingStep = BookStep | ManageStep;
export type FlowMode = 'book' | 'manage';

/** The calendar: choosing a day for a new booking or a move. */
export const isDayStep = (step: BookingStep) => step === 'day' || step === 'reschedule-day';
/** The free times of the chosen day. */
export const isTimeStep = (step: BookingStep) => step === 'time' || step === 'reschedule-time';

/** Steps the check step links back to. */
export type ChangeableStep = 'service' | 'place' | 'day' | 'time' | 'details';

export interface Details {
  name: string;
  email: string;
  phone: string;
}
export type DetailsField = keyof Details;

export type DetailsProblem =
  | 'name-missing'
  | 'name-too-long'
  | 'cpr'
  | 'email-invalid'
  | 'phone-invalid'
  | 'contact-missing'
  /** The booking system refused the field (422). */
  | 'server-invalid';

export type DetailsProblems = Partial<Record<DetailsField, DetailsProblem>>;

/** A message that belongs to the step it is shown on and goes away with it. */
export type FlowNotice =
  /** The time was taken by someone else (409): choose another. */
  | 'slot-taken'
  /** The booking system refused the time (422 on the slot). */
  | 'slot-invalid'
  /** The booking system refused the booking without saying which field. */
  | 'rejected'
  | 'rescheduled'
  | 'unknown-service'
  | 'unknown-location';

export interface ManagedBooking {
  id: string;
  token: string;
  /** Once loaded (or known from the confirmation). */
  booking?: Booking;
}

export interface FlowState {
  mode: FlowMode;
  step: BookingStep;
  /** Set by the page (`service` / `location` attributes): their steps are skipped. */
  preset: { serviceId?: string; locationId?: string };
  serviceId?: string;
  locationId?: string;
  day?: IsoDate;
  slot?: Slot;
  details: Details;
  /** Problems shown on the details step, after an attempt to go on (or the server's 422). */
  problems: DetailsProblems;
  /** The citizen pressed "Næste" without choosing. */
  missing: boolean;
  /** Came from a change link on the check step: go back there as soon as everything is chosen again. */
  returnToCheck: boolean;
  notice?: FlowNotice;
  /** The booking just made; the token is kept only in memory. */
  created?: { booking: Booking; token: string /** The citizen gave an e-mail address. */; emailed?: boolean };
  managed?: ManagedBooking;
}

export type FlowAction =
  | { type: 'preset'; serviceId?: string | undefined; locationId?: string | undefined }
  | { type: 'unknown-preset'; which: 'service' | 'location' }
  /** "Skift" on a service or place the page (or a hand-over) chose: the citizen chooses it after all. */
  | { type: 'release-preset'; which: 'service' | 'location' }
  | { type: 'choose-service'; serviceId: string }
  | { type: 'choose-location'; locationId: string }
  | { type: 'choose-day'; day: IsoDate }
  | { type: 'choose-slot'; slot: Slot }
  | { type: 'edit-details'; details: Partial<Details> }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'change'; step: ChangeableStep }
  | { type: 'created'; booking: Booking; token: string }
  | { type: 'slot-taken' }
  | { type: 'rejected'; fields: Record<string, string> }
  | { type: 'manage'; id: string; token: string; booking?: Booking }
  | { type: 'booking-loaded'; booking: Booking }
  | { type: 'ask-cancel' }
  | { type: 'cancelled' }
  | { type: 'reschedule' }
  | { type: 'rescheduled'; booking: Booking }
  | { type: 'new-booking' };

export const EMPTY_DETAILS: Details = { name: '', email: '', phone: '' };

/** A new booking; steps the page has already decided are skipped. */
export function initialFlow(
  preset: { serviceId?: string | undefined; locationId?: string | undefined } = {},
  details: Details = EMPTY_DETAILS,
): FlowState {
  const cleanPreset = {
    ...(preset.serviceId ? { serviceId: preset.serviceId } : {}),
    ...(preset.locationId ? { locationId: preset.locationId } : {}),
  };
  const state: FlowState = {
    mode: 'book',
    step: 'service',
    preset: cleanPreset,
    ...cleanPreset,
    details: { ...details },
    problems: {},
    missing: false,
    returnToCheck: false,
  };
  return { ...state, step: bookSteps(state)[0]! };
}

/** Managing an existing booking, from its link or right after booking it. */
export function manageFlow(id: string, token: string, booking?: Booking): FlowState {
  return {
    mode: 'manage',
    step: 'view',
    preset: {},
    details: { ...EMPTY_DETAILS },
    problems: {},
    missing: false,
    returnToCheck: false,
    managed: booking ? { id, token, booking } : { id, token },
    ...(booking ? { serviceId: booking.serviceId, locationId: booking.locationId } : {}),
  };
}

/** The steps of a new booking that the citizen sees (without the confirmation). */
export function bookSteps(state: Pick<FlowState, 'preset'>): BookStep[] {
  return BOOK_STEPS.filter(
    (step) => step !== 'confirmation' && !(step === 'service' && state.preset.serviceId) && !(step === 'place' && state.preset.locationId),
  );
}

const RESCHEDULE_STEPS: ManageStep[] = ['reschedule-day', 'reschedule-time', 'reschedule-check'];

/** "Trin 2 af 5": the step's place in its sequence, or undefined for steps outside one. */
export function progressOf(state: FlowState): { index: number; count: number } | undefined {
  const steps: BookingStep[] = state.mode === 'book' ? bookSteps(state) : RESCHEDULE_STEPS;
  const index = steps.indexOf(state.step);
  return index === -1 ? undefined : { index: index + 1, count: steps.length };
}

/** The step "Tilbage" leads to, or undefined where there is no way back. */
export function previousStep(state: FlowState): BookingStep | undefined {
  switch (state.step) {
    case 'cancel-confirm':
    case 'reschedule-day':
      return 'view';
    case 'reschedule-time':
      return 'reschedule-day';
    case 'reschedule-check':
      return 'reschedule-time';
    case 'view':
    case 'cancelled':
    case 'confirmation':
      return undefined;
  }
  if (state.returnToCheck && isComplete(state)) return 'check';
  const steps = bookSteps(state);
  const index = steps.indexOf(state.step as BookStep);
  return index > 0 ? steps[index - 1] : undefined;
}

/** Everything a booking needs has been chosen and typed. */
export function isComplete(state: FlowState): boolean {
  return (
    Boolean(state.serviceId && state.locationId && state.day && state.slot) && Object.keys(detailsProblems(state.details)).length === 0
  );
}

/** What is wrong with the typed details, field by field (empty when the citizen may go on). */
export function detailsProblems(details: Details): DetailsProblems {
  const problems: DetailsProblems = {};
  const name = details.name.trim();
  const email = details.email.trim();
  const phone = details.phone.trim();
  if (name === '') problems.name = 'name-missing';
  else if (looksLikeCpr(name)) problems.name = 'cpr';
  else if (!accepted(acceptsCitizenName, name)) problems.name = 'name-too-long';
  if (email !== '') {
    if (looksLikeCpr(email)) problems.email = 'cpr';
    else if (!accepted(acceptsEmail, email)) problems.email = 'email-invalid';
  }
  if (phone !== '' && !accepted(acceptsPhone, phone)) {
    // A valid phone number can contain ten digits in a row ("+4512345678"), so only an invalid one is suspected of being a CPR.
    problems.phone = looksLikeCpr(phone) ? 'cpr' : 'phone-invalid';
  }
  if (email === '' && phone === '') problems.email = 'contact-missing';
  return problems;
}

/** What the current step needs before "Næste" may go on. */
function stepDone(state: FlowState): boolean {
  switch (state.step) {
    case 'service':
      return Boolean(state.serviceId);
    case 'place':
      return Boolean(state.locationId);
    case 'day':
    case 'reschedule-day':
      return Boolean(state.day);
    case 'time':
    case 'reschedule-time':
      return Boolean(state.slot);
    case 'details':
      return Object.keys(detailsProblems(state.details)).length === 0;
    default:
      return true;
  }
}

function followingStep(state: FlowState): BookingStep | undefined {
  if (state.mode === 'manage') {
    const index = RESCHEDULE_STEPS.indexOf(state.step as ManageStep);
    return index === -1 ? undefined : RESCHEDULE_STEPS[index + 1];
  }
  if (state.returnToCheck && isComplete(state)) return 'check';
  const steps = bookSteps(state);
  const index = steps.indexOf(state.step as BookStep);
  return index === -1 ? undefined : steps[index + 1];
}

/** A new step: step-bound messages and flags are dropped. */
export function goTo(state: FlowState, step: BookingStep, extra: Partial<FlowState> = {}): FlowState {
  const { notice: _notice, ...rest } = state;
  return { ...rest, step, missing: false, returnToCheck: step === 'check' ? false : state.returnToCheck, ...extra };
}

export function withoutNotice(state: FlowState): FlowState {
  const { notice: _notice, ...rest } = state;
  return rest;
}

/** Drops the choices that depend on `from` (a new service invalidates the place, day and time, and so on). */
export function clearAfter(state: FlowState, from: 'service' | 'location' | 'day'): FlowState {
  const { slot: _slot, day, locationId, ...rest } = state;
  const keepLocation = from !== 'service' || state.preset.locationId !== undefined;
  return {
    ...rest,
    ...(keepLocation && locationId !== undefined ? { locationId } : {}),
    ...(from === 'day' && day !== undefined ? { day } : {}),
  };
}

/**
 * The flow's answer to the actions of its first steps and to the moves every step makes ("Næste",
 * "Tilbage", a manage link); any other action leaves the state as it is. The whole flow, for every
 * step, is `reduceFlow` (booking.later-flow.ts), which the element uses once the later steps' chunk is
 * there: no later step can be shown, and so none of its actions sent, before that.
 */
export function reduceFirstSteps(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'preset':
      return initialFlow({ serviceId: action.serviceId, locationId: action.locationId }, state.details);
    case 'unknown-preset': {
      // The page named a service or place the API does not offer: let the citizen choose instead.
      const { [action.which === 'service' ? 'serviceId' : 'locationId']: _dropped, ...preset } = state.preset;
      const base = initialFlow(preset, state.details);
      return { ...base, notice: action.which === 'service' ? 'unknown-service' : 'unknown-location' };
    }
    case 'release-preset': {
      if (state.mode !== 'book') return state;
      const key = action.which === 'service' ? 'serviceId' : 'locationId';
      const { [key]: _released, ...preset } = state.preset;
      // From the check step, come straight back once everything is chosen again.
      return goTo({ ...state, preset }, action.which === 'service' ? 'service' : 'place', {
        returnToCheck: state.step === 'check' || state.returnToCheck,
      });
    }
    case 'choose-service':
      if (action.serviceId === state.serviceId) return { ...state, missing: false };
      return { ...clearAfter(state, 'service'), serviceId: action.serviceId, missing: false };
    case 'choose-location':
      if (action.locationId === state.locationId) return { ...state, missing: false };
      return { ...clearAfter(state, 'location'), locationId: action.locationId, missing: false };
    case 'next': {
      if (!stepDone(state)) {
        return state.step === 'details' ? { ...state, problems: detailsProblems(state.details) } : { ...state, missing: true };
      }
      const next = followingStep(state);
      if (!next) return state;
      return goTo(state, next, state.step === 'details' ? { problems: {} } : {});
    }
    case 'back': {
      const previous = previousStep(state);
      if (!previous) return state;
      if (state.step === 'reschedule-day') {
        // Leaving the move: the booking's own place and service again, no half-made choice.
        const { day: _day, slot: _slot, ...rest } = state;
        return goTo(rest, previous);
      }
      return goTo(state, previous, previous === 'check' ? { returnToCheck: false } : {});
    }
    case 'manage':
      return manageFlow(action.id, action.token, action.booking);
    case 'booking-loaded':
      if (!state.managed || state.managed.id !== action.booking.id) return state;
      return {
        ...state,
        managed: { ...state.managed, booking: action.booking },
        serviceId: action.booking.serviceId,
        locationId: action.booking.locationId,
      };
  }
  return state;
}

/** The fragment of a manage link: `booking=ID&token=T` (a fragment never reaches a server log). */
export function manageFragment(id: string, token: string): string {
  return new URLSearchParams({ booking: id, token }).toString();
}

/**
 * Reads a manage link from the page URL's fragment and takes it out of the URL at once
 * (history.replaceState, so no new history entry): the token then lives only in memory. Left in the
 * URL it would stay in history on a shared library PC, any script on the page could read it, and a
 * guide with `history` would copy it into new entries. Other fragment keys (a guide's) stay as they
 * were. Returns the id and token, or undefined when the fragment has no manage link.
 */
export function takeManageFragment(win: Pick<Window, 'location' | 'history'> = window): { id: string; token: string } | undefined {
  const ref = parseManageFragment(win.location.hash);
  if (!ref) return undefined;
  const rest = win.location.hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => {
      const key = part.slice(0, part.includes('=') ? part.indexOf('=') : part.length);
      return key !== 'booking' && key !== 'token';
    })
    .join('&');
  const url = `${win.location.pathname}${win.location.search}${rest ? `#${rest}` : ''}`;
  try {
    win.history.replaceState(win.history.state, '', url);
  } catch {
    // A sandboxed document may refuse; the booking still opens.
  }
  return ref;
}

/** The booking id and token from a page URL's fragment (`#booking=ID&token=T`), if it has both. */
export function parseManageFragment(hash: string): { id: string; token: string } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('booking')?.trim();
  const token = params.get('token')?.trim();
  return id && token ? { id, token } : undefined;
}

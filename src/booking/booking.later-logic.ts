// What <borger-booking> does on its later steps besides drawing them: the calendar (the month shown,
// the day in the tab order, the APG grid keys, choosing a day), the months of free times it loads, the
// requests that book, move and cancel, the manage link and the calendar file (.ics), and the clock
// (`now`). In the later steps' chunk (booking.later-steps.ts), so the first step's download carries
// none of it. Functions over the element (`BookingHost`): the element keeps the state, so nothing is
// lost while this chunk loads, and the step shows its placeholder until it is there.
import { quote } from '../core/attributes.js';
import { emit } from '../core/events.js';
import type { HandedAnswer } from '../core/handoff.js';
import { parseInstant } from '../core/instant.js';
import { instant } from '../core/instant-attribute.js';
import { type LocalizedText, localize } from '../core/localized.js';
import { compareIsoDate, type IsoDate, isoDateOf } from '../core/time.js';
import { safeHref } from '../core/url.js';
import { type ActionKind, publicBooking, runAction } from './booking.actions.js';
import { monthKey } from './booking.data.js';
import type { BorgerBooking as BookingHost } from './booking.element.js';
import { isDayStep, isTimeStep, manageFragment } from './booking.flow.js';
import type { Booking, Location, Service, Slot } from './booking.schema.js';
import type { LaterView } from './booking.steps.js';
import {
  addMonths,
  type CalendarWindow,
  calendarWindow,
  clampDate,
  dayState,
  firstDayOf,
  freeSlotsByDay,
  type IsoMonth,
  isCalendarKey,
  keyTarget,
  lastDayOf,
  monthOf,
  monthsBetween,
  openingMonth,
  sameDayInMonth,
} from './calendar.js';
import { type CalendarView, dayName, monthName } from './calendar.render.js';
import { bookingEvent, icsCalendar, icsFileName } from './ics.js';
import { SubmissionKey } from './idempotency.js';
import type { BookingError } from './provider.js';

/** How many months ahead the calendar looks for free times. */
const LOOKAHEAD_MONTHS = 6;

// ---- Clock -----------------------------------------------------------------------------------

const warnedNow = new WeakMap<BookingHost, string>();

/**
 * The moment the booking works from: `now` (an ISO date-time, see core/instant-attribute.ts) to
 * preview, else the real time. A `now` that names no moment means the real time and is told once with
 * `console.warn`, in the words every checked attribute uses. Only the later steps need the clock.
 */
export function clock(host: BookingHost): Date {
  const { value, problem } = instant(host.now);
  if (problem) {
    const message = `<${host.localName}> now=${quote(host.now)} ${problem}.`;
    if (warnedNow.get(host) !== message) console.warn(message);
    warnedNow.set(host, message);
  }
  return parseInstant(value) ?? new Date();
}

// ---- Calendar --------------------------------------------------------------------------------

/** Slots the citizen may choose: when moving a booking, not the time it already has. */
function bookable(host: BookingHost, slots: Slot[]): Slot[] {
  const current = host.flow.mode === 'manage' ? host.flow.managed?.booking : undefined;
  if (!current) return slots;
  const start = Date.parse(current.start);
  return slots.filter((slot) => !(slot.locationId === current.locationId && Date.parse(slot.start) === start));
}

/** The month's free times as far as they are loaded (undefined while it loads or failed). */
function bookableMonth(host: BookingHost, serviceId: string, locationId: string, month: IsoMonth): Slot[] | undefined {
  const entry = host.data.month(serviceId, locationId, month);
  return entry?.status === 'ready' ? bookable(host, entry.value) : undefined;
}

/** The first month with a free day, as far as the loaded months tell (or why it cannot be known). */
function searchFirstMonth(host: BookingHost): ReturnType<typeof openingMonth> | { state: 'error'; error: BookingError } {
  const { serviceId, locationId } = host.flow;
  if (!serviceId || !locationId) return { state: 'empty' };
  const found = openingMonth(clock(host), LOOKAHEAD_MONTHS, (month) => bookableMonth(host, serviceId, locationId, month));
  const entry = found.state === 'pending' ? host.data.month(serviceId, locationId, found.month) : undefined;
  return entry?.status === 'error' ? { state: 'error', error: entry.error } : found;
}

/**
 * Adjusts the calendar to what has loaded (the element's `willUpdate`, once this chunk is there): back
 * on the day step with a day chosen, that day's month; else the first month with a free day, that day
 * in the tab order. Nothing is chosen for the citizen: a silent choice would book a day they never saw
 * (issue 9, point 5).
 */
export function derive(host: BookingHost): void {
  const { flow } = host;
  if (!isDayStep(flow.step) || host.month !== undefined) return;
  if (flow.day) {
    host.month = monthOf(flow.day);
    return;
  }
  const found = searchFirstMonth(host);
  if (found.state === 'found') {
    host.month = found.month;
    host.focusDay = found.day;
  } else if (found.state === 'empty') {
    host.month = monthOf(isoDateOf(clock(host)));
    host.emptyAhead = true;
  }
}

/** Loads a month's slots from `today` on (a month wholly in the past needs no request). */
function loadMonth(host: BookingHost, serviceId: string, locationId: string, month: IsoMonth, today: IsoDate): void {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const from = compareIsoDate(first, today) < 0 ? today : first;
  host.data.ensure(monthKey(serviceId, locationId, month), host.stepSignal, async (provider) =>
    compareIsoDate(last, today) < 0 ? [] : provider.slots(serviceId, locationId, from, last, host.stepSignal),
  );
}

/** Starts the months of free times the day or time step needs (each at most once; a step change aborts them). */
export function load(host: BookingHost): void {
  const { flow } = host;
  const { serviceId, locationId } = flow;
  if (!serviceId || !locationId) return;
  const today = isoDateOf(clock(host));
  if (isDayStep(flow.step)) {
    if (host.month === undefined) {
      // One month after the other until one has a free day.
      const search = searchFirstMonth(host);
      if (search.state === 'pending') loadMonth(host, serviceId, locationId, search.month, today);
    } else {
      loadMonth(host, serviceId, locationId, host.month, today);
      // The next month too: whether it has free days decides if the calendar may go there.
      const next = addMonths(host.month, 1);
      if (monthsBetween(monthOf(today), next) < LOOKAHEAD_MONTHS) loadMonth(host, serviceId, locationId, next, today);
    }
  }
  if (isTimeStep(flow.step) && flow.day) loadMonth(host, serviceId, locationId, monthOf(flow.day), today);
}

type CalendarState = CalendarView & CalendarWindow & { error: BookingError | undefined };

function calendar(host: BookingHost): CalendarState | undefined {
  const { serviceId, locationId, day } = host.flow;
  const month = host.month;
  if (!serviceId || !locationId || month === undefined || host.emptyAhead) return undefined;
  const now = clock(host);
  const window = calendarWindow({
    month,
    now,
    lookahead: LOOKAHEAD_MONTHS,
    slots: bookableMonth(host, serviceId, locationId, month),
    nextSlots: bookableMonth(host, serviceId, locationId, addMonths(month, 1)),
    focusDay: host.focusDay,
    chosen: day,
  });
  const entry = host.data.month(serviceId, locationId, month);
  return {
    ...window,
    t: host.t(),
    lang: host.textLang(),
    month,
    today: isoDateOf(now),
    selected: day,
    error: entry?.status === 'error' ? entry.error : undefined,
    onDay: (date) => chooseDay(host, date),
    onKey: (event) => calendarKey(host, event),
    onMonth: (delta) => showMonth(host, delta),
  };
}

/** The APG date-picker grid's keys: focus moves by day, week or month, within the months that may be shown. */
function calendarKey(host: BookingHost, event: KeyboardEvent): void {
  if (!isCalendarKey(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const shown = calendar(host);
  if (!shown) return;
  event.preventDefault();
  const target = clampDate(keyTarget(shown.focus, event.key, { rtl: host.textDir() === 'rtl' }), shown.min, shown.max);
  host.focusDay = target;
  if (monthOf(target) !== host.month) {
    host.month = monthOf(target);
    host.announce(monthName(host.month, host.textLang()));
  }
  host.pendingFocus = 'grid';
}

function showMonth(host: BookingHost, delta: 1 | -1): void {
  const shown = calendar(host);
  if (!shown || host.month === undefined) return;
  host.month = addMonths(host.month, delta);
  host.focusDay = sameDayInMonth(shown.focus, delta);
  host.announce(monthName(host.month, host.textLang()));
}

/** A day pressed: a free one is chosen (and said); a full or past one says why it cannot be. */
function chooseDay(host: BookingHost, date: IsoDate): void {
  const shown = calendar(host);
  host.focusDay = date;
  if (!shown?.free) return;
  const t = host.t();
  const name = dayName(date, host.textLang());
  const state = dayState(date, shown.today, shown.free);
  if (state !== 'free') {
    host.dayNote = t(state === 'past' ? 'calendar.whyPast' : 'calendar.whyFull', { date: name });
    host.announce(host.dayNote);
    return;
  }
  host.dayNote = undefined;
  host.apply([{ type: 'choose-day', day: date }], true);
  host.announce(t('announce.dayChosen', { date: name }));
}

/** The chosen day and its number of free times, whichever month the calendar shows. */
function chosenDay(host: BookingHost): { date: IsoDate; count: number } | undefined {
  const { serviceId, locationId, day } = host.flow;
  if (!serviceId || !locationId || !day) return undefined;
  const slots = bookableMonth(host, serviceId, locationId, monthOf(day));
  return { date: day, count: slots ? (freeSlotsByDay(slots, clock(host)).get(day)?.length ?? 0) : 0 };
}

// ---- Actions ---------------------------------------------------------------------------------

/** Books, moves or cancels (one request at a time), and applies what the answer means for the flow. */
export async function submit(host: BookingHost, kind: ActionKind): Promise<void> {
  const provider = host.resolveProvider();
  if (!provider || host.action.status === 'sending') return;
  const signal = host.stepSignal;
  host.action = { status: 'sending', kind };
  host.submissionKey ??= new SubmissionKey();
  const outcome = await runAction(kind, host.flow, { provider, key: host.submissionKey, lang: host.textLang(), signal });
  if (signal.aborted) return;
  if (outcome.status === 'skipped') {
    host.action = { status: 'idle' };
  } else if (outcome.status === 'done') {
    host.data.setBooking(outcome.booking);
    host.apply(outcome.actions, true);
    emit(host, outcome.event, { booking: publicBooking(outcome.booking) });
  } else {
    host.report(outcome.error);
    const { serviceId, locationId, day } = host.flow;
    if (outcome.staleSlots && serviceId && locationId && day) host.data.forgetMonth(serviceId, locationId, monthOf(day));
    host.apply(outcome.actions, true);
    // Taken to where it can be fixed (or told on this step), else shown with "Prøv igen".
    host.action = outcome.actions.length === 0 ? { status: 'error', kind, error: outcome.error } : { status: 'idle' };
  }
}

// ---- Confirmation ----------------------------------------------------------------------------

/** What to bring: the guide's list while the citizen books what the guide handed over, else the service's own. */
function bringFor(host: BookingHost, service: Service | undefined): readonly LocalizedText[] {
  const handed = host.handoff;
  if (handed?.bring && handed.bring.length > 0 && handed.service === host.flow.serviceId) return handed.bring;
  return service?.bring ?? [];
}

/** What the citizen answered in the guide that handed them over, while they book what it handed over. */
function handedAnswers(host: BookingHost): readonly HandedAnswer[] {
  const handed = host.handoff;
  return handed?.answers && handed.service === host.flow.serviceId && host.flow.mode === 'book' ? handed.answers : [];
}

function manageUrl(host: BookingHost, id: string, token: string): string {
  const url = new URL(safeHref(host.manageHref) ?? window.location.href, document.baseURI);
  url.hash = manageFragment(id, token);
  return url.href;
}

/** "Kopiér linket": the manage link to the clipboard, and the citizen is told whether it worked. */
export async function copyManageLink(host: BookingHost): Promise<void> {
  const created = host.flow.created;
  if (!created) return;
  const t = host.t();
  try {
    await navigator.clipboard.writeText(manageUrl(host, created.booking.id, created.token));
    host.copyNote = t('copied');
  } catch {
    host.copyNote = t('copyFailed');
  }
  host.announce(host.copyNote);
}

/** The .ics file of the booking just made, as a Blob URL for `<a download>` (the element releases it). */
function icsLink(
  host: BookingHost,
  booking: Booking,
  service: Service | undefined,
  location: Location | undefined,
): { url: string; name: string } {
  const lang = host.textLang();
  const key = `${booking.id} ${booking.start} ${lang} ${service?.id} ${location?.id} ${JSON.stringify(bringFor(host, service))}`;
  if (host.ics?.key === key) return host.ics;
  host.releaseIcs();
  const t = host.t();
  const serviceName = localize(service?.name, lang);
  const event = bookingEvent(
    booking,
    {
      service: serviceName,
      place: localize(location?.name, lang),
      address: location?.address,
      code: t('ics.code', { code: booking.code }),
      bring: { title: t('ics.bring'), items: bringFor(host, service).map((item) => localize(item, lang)) },
      manage: t('ics.manage'),
    },
    clock(host),
  );
  const url = URL.createObjectURL(new Blob([icsCalendar(event)], { type: 'text/calendar;charset=utf-8' }));
  host.ics = { key, url, name: icsFileName(`${serviceName}-${booking.code}`) };
  return host.ics;
}

// ---- View ------------------------------------------------------------------------------------

/** What the later steps show, prepared for their templates (booking.later-steps.ts, booking.manage-steps.ts). */
export function laterView(host: BookingHost, service: Service | undefined, location: Location | undefined): LaterView {
  const { flow } = host;
  const lang = host.textLang();
  const content = host.contentData();
  const day = isDayStep(flow.step);
  const shown = day ? calendar(host) : undefined;
  const search = day && host.month === undefined ? searchFirstMonth(host) : undefined;
  let times: LaterView['times'];
  if (isTimeStep(flow.step) && flow.serviceId && flow.locationId && flow.day) {
    const entry = host.data.month(flow.serviceId, flow.locationId, monthOf(flow.day));
    times =
      entry?.status === 'ready'
        ? { status: 'ready', value: freeSlotsByDay(bookable(host, entry.value), clock(host)).get(flow.day) ?? [] }
        : entry;
  }
  const created = flow.step === 'confirmation' ? flow.created : undefined;
  const ics = created ? icsLink(host, created.booking, service, location) : undefined;
  return {
    calendar: shown,
    calendarEmpty: day && host.emptyAhead,
    chosenDay: day ? chosenDay(host) : undefined,
    dayNote: day ? host.dayNote : undefined,
    calendarError: shown?.error ?? (search?.state === 'error' ? search.error : undefined),
    times,
    privacy: content.privacy ? localize(content.privacy, lang) : host.t()('privacyDefault'),
    bring: bringFor(host, service),
    fromGuide: handedAnswers(host),
    confirmationEmail: content.confirmationEmail === true,
    copyNote: host.copyNote,
    confirmation:
      created && ics ? { icsUrl: ics.url, icsName: ics.name, manageUrl: manageUrl(host, created.booking.id, created.token) } : undefined,
  };
}

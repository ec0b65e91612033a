// Is a channel open now, until when, and when does it open next — in Copenhagen time.
// Hours are wall-clock times per date; we turn only the few intervals we look at into instants,
// so daylight-saving changes and the visitor's own time zone never shift an answer.
import type { LocalizedText } from '../core/localized.js';
import { formatMinutes, type IsoDate, parseTime, WEEKDAYS, weekdayOf, zonedTimestamp } from '../core/time.js';
import type { Hours } from './channels.schema.js';
import { holidayOn } from './holidays.js';

export type HolidayRule = 'dk' | 'none';

export interface OpeningReason {
  /** What decides the hours of `date`: a Danish holiday, an exception in the content, or the weekly hours. */
  kind: 'holiday' | 'exception' | 'regular';
  /** The holiday's name ({ da, en }) or the exception's label. */
  label?: LocalizedText;
  date: IsoDate;
  /** The holiday or exception closes the whole day. */
  closedAllDay?: true;
}

export interface OpeningState {
  open: boolean;
  closingSoon: boolean;
  /** When open: the end of the continuous opening (absent when it runs on for more than a week). */
  closesAt?: Date;
  /** When closed: the next opening, if any within about 400 days. */
  opensAt?: Date;
  /** Absent only for a channel without hours (always open). */
  reason?: OpeningReason;
}

export interface OpeningOptions {
  /** How long before closing a channel counts as "closing soon"; default 30. */
  closingSoonMinutes?: number;
  /** Overrides `hours.holidays` (which defaults to 'dk'). */
  holidays?: HolidayRule;
}

/** A local opening interval; `closes` at or before `opens` means it ends the next day. */
export interface DayInterval {
  opens: string;
  closes: string;
}

export interface DayHours {
  date: IsoDate;
  /** Sorted by `opens`; empty when closed all day. */
  intervals: DayInterval[];
  reason: OpeningReason;
}

export const DEFAULT_CLOSING_SOON_MINUTES = 30;
/** How far ahead to look for the next opening. */
const OPENS_SEARCH_DAYS = 400;
/** How far ahead to follow an unbroken opening; beyond this `closesAt` is left out. */
const COVERAGE_DAYS = 7;

const byOpens = (a: DayInterval, b: DayInterval) => parseTime(a.opens) - parseTime(b.opens);

/** The intervals that apply on `isoDate` (an interval starting that day), and why. */
export function dayHours(hours: Hours, isoDate: IsoDate, holidays: HolidayRule = hours.holidays ?? 'dk'): DayHours {
  const exceptions = hours.exceptions?.filter((exception) => exception.date === isoDate) ?? [];
  if (exceptions.length > 0) {
    // An exception overrides both the weekly hours and a holiday; several may add intervals.
    const label = exceptions.find((exception) => exception.label !== undefined)?.label;
    const closed = exceptions.some((exception) => exception.closed);
    const intervals = closed
      ? []
      : exceptions.flatMap(({ opens, closes }) => (opens !== undefined && closes !== undefined ? [{ opens, closes }] : [])).sort(byOpens);
    const reason: OpeningReason = { kind: 'exception', date: isoDate };
    if (label !== undefined) reason.label = label;
    if (intervals.length === 0) reason.closedAllDay = true;
    return { date: isoDate, intervals, reason };
  }
  if (holidays === 'dk') {
    const holiday = holidayOn(isoDate);
    if (holiday) {
      return {
        date: isoDate,
        intervals: [],
        reason: { kind: 'holiday', label: { da: holiday.name, en: holiday.nameEn }, date: isoDate, closedAllDay: true },
      };
    }
  }
  const weekday = weekdayOf(isoDate);
  const intervals = (hours.weekly ?? [])
    .filter((entry) => entry.days.includes(weekday))
    .map(({ opens, closes }) => ({ opens, closes }))
    .sort(byOpens);
  return { date: isoDate, intervals, reason: { kind: 'regular', date: isoDate } };
}

interface Span {
  start: number;
  end: number;
  reason: OpeningReason;
}

// ---- The hot path ----------------------------------------------------------------------------------
// A page asks "open now, and until when?" per channel on every render and every minute. The answer
// needs the opening spans (instants) of a few days from yesterday on. Each schedule is read once into
// minutes per weekday; days are numbered (days since 1970-01-01, Copenhagen calendar) instead of
// carried as ISO strings; a day's spans are its local midnight plus minutes, exact because a day of
// 24 hours has no clock change in it (a day of 23 or 25 hours goes through zonedTimestamp). The spans
// of recent days are kept per schedule. Holidays and exceptions go through dayHours, the one rule.

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Days whose spans a schedule keeps (a year and a half: a page's questions stay within it). */
const PLAN_CACHE_DAYS = 560;
const SHARED_CACHE_LIMIT = 4_000;

interface DayPlan {
  spans: Span[];
  reason: OpeningReason;
}

interface Schedule {
  /** The arrays the schedule was read from: another array means the content changed. */
  weekly: Hours['weekly'];
  exceptions: Hours['exceptions'];
  /** Per weekday (0 = Monday): [opens, closes] in minutes, sorted by opens. */
  week: [number, number][][];
  exceptionDates: ReadonlySet<IsoDate>;
  /** Some weekday has hours: the channel opens again some day. */
  hasWeekly: boolean;
  /** The last date an exception opens on ('' if none). */
  lastOpeningException: IsoDate;
  /** Day plans, per holiday rule and day number. */
  plans: Map<number, DayPlan>;
}

const schedules = new WeakMap<Hours, Schedule>();

function scheduleOf(hours: Hours): Schedule {
  const known = schedules.get(hours);
  if (known && known.weekly === hours.weekly && known.exceptions === hours.exceptions) return known;
  const week: [number, number][][] = WEEKDAYS.map(() => []);
  for (const entry of hours.weekly ?? []) {
    for (const day of entry.days) week[WEEKDAYS.indexOf(day)]?.push([parseTime(entry.opens), parseTime(entry.closes)]);
  }
  for (const intervals of week) intervals.sort((a, b) => a[0] - b[0]);
  const schedule: Schedule = {
    weekly: hours.weekly,
    exceptions: hours.exceptions,
    week,
    exceptionDates: new Set((hours.exceptions ?? []).map((exception) => exception.date)),
    hasWeekly: (hours.weekly ?? []).some((entry) => entry.days.length > 0),
    lastOpeningException: (hours.exceptions ?? []).reduce(
      (last, exception) => (exception.opens !== undefined && exception.date > last ? exception.date : last),
      '',
    ),
    plans: new Map(),
  };
  schedules.set(hours, schedule);
  return schedule;
}

// Day numbers ↔ ISO dates and Copenhagen midnights, shared by every schedule.
const isoDates = new Map<number, IsoDate>();
const midnights = new Map<number, number>();

function isoOfDay(day: number): IsoDate {
  let iso = isoDates.get(day);
  if (iso === undefined) {
    if (isoDates.size >= SHARED_CACHE_LIMIT) isoDates.clear();
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDates.set(day, iso);
  }
  return iso;
}

/** The instant Copenhagen's clock reads 00:00 on day number `day`. */
function midnightOf(day: number): number {
  let instant = midnights.get(day);
  if (instant === undefined) {
    if (midnights.size >= SHARED_CACHE_LIMIT) midnights.clear();
    instant = zonedTimestamp(isoOfDay(day), '00:00');
    midnights.set(day, instant);
  }
  return instant;
}

/** The Copenhagen day number of instant `t`. */
function dayOf(t: number): number {
  // Copenhagen is one or two hours ahead of UTC: start from one, step on if that day is already over.
  let day = Math.floor((t + 3_600_000) / DAY_MS);
  while (midnightOf(day + 1) <= t) day++;
  while (midnightOf(day) > t) day--;
  return day;
}

/** The instant of `minutes` after midnight (local wall clock, 1440 = the next midnight) on day `day`. */
function wallTime(day: number, minutes: number): number {
  const midnight = midnightOf(day);
  if (midnightOf(day + 1) - midnight === DAY_MS) return midnight + minutes * MINUTE_MS;
  return zonedTimestamp(isoOfDay(day), formatMinutes(minutes));
}

function planOf(schedule: Schedule, hours: Hours, day: number, rule: HolidayRule): DayPlan {
  const key = rule === 'dk' ? day * 2 + 1 : day * 2;
  const known = schedule.plans.get(key);
  if (known) return known;
  const iso = isoOfDay(day);
  let intervals: [number, number][];
  let reason: OpeningReason;
  if (schedule.exceptionDates.has(iso) || (rule === 'dk' && holidayOn(iso))) {
    const hoursOfDay = dayHours(hours, iso, rule);
    intervals = hoursOfDay.intervals.map(({ opens, closes }) => [parseTime(opens), parseTime(closes)]);
    reason = hoursOfDay.reason;
  } else {
    // 1970-01-01 was a Thursday (weekday 3 counted from Monday).
    intervals = schedule.week[(((day + 3) % 7) + 7) % 7] as [number, number][];
    reason = { kind: 'regular', date: iso };
  }
  // Shared by every answer about this day: nobody may change it.
  Object.freeze(reason);
  const spans: Span[] = [];
  for (const [opens, closes] of intervals) {
    const start = wallTime(day, opens);
    const end = wallTime(closes <= opens ? day + 1 : day, closes);
    // An interval swallowed by the spring-forward gap (e.g. 02:15–02:45) has no real time.
    if (end > start) spans.push({ start, end, reason });
  }
  const plan = { spans, reason };
  if (schedule.plans.size >= PLAN_CACHE_DAYS) schedule.plans.clear();
  schedule.plans.set(key, plan);
  return plan;
}

function closedState(reason: OpeningReason, opensAt?: number): OpeningState {
  const state: OpeningState = { open: false, closingSoon: false, reason };
  if (opensAt !== undefined) state.opensAt = new Date(opensAt);
  return state;
}

/**
 * The opening state of a channel at `now`. No hours: always open. Opening and closing minutes are
 * inclusive and exclusive: open at 10:00:00, closed at 15:00:00 for 10:00–15:00.
 * `hours` is read as immutable content (validated content is): its reading is kept per object.
 * The `reason` objects returned are shared and frozen.
 */
export function openingState(hours: Hours | undefined, now: Date, options: OpeningOptions = {}): OpeningState {
  if (!hours) return { open: true, closingSoon: false };
  const rule = options.holidays ?? hours.holidays ?? 'dk';
  const soonMs = (options.closingSoonMinutes ?? DEFAULT_CLOSING_SOON_MINUTES) * 60_000;
  const t = now.getTime();
  const schedule = scheduleOf(hours);
  const today = dayOf(t);
  const yesterday = today - 1;
  const todayReason = planOf(schedule, hours, today, rule).reason;
  if (!schedule.hasWeekly && schedule.lastOpeningException < isoOfDay(yesterday)) return closedState(todayReason);

  // Walk the spans in start order from yesterday (whose past-midnight spans may still run).
  let current: Span | undefined;
  let day = yesterday;
  for (let i = 0; i <= OPENS_SEARCH_DAYS; i++, day++) {
    if (current) {
      // Nothing starting on `day` or later can extend a span that ended before `day` began.
      if (midnightOf(day) > current.end) break;
      if (i > COVERAGE_DAYS + 1) return { open: true, closingSoon: false, reason: current.reason };
    }
    for (const span of planOf(schedule, hours, day, rule).spans) {
      if (span.end <= t) continue;
      if (span.start <= t) {
        if (!current) current = { ...span };
        else current.end = Math.max(current.end, span.end);
      } else if (current) {
        if (span.start > current.end) break;
        current.end = Math.max(current.end, span.end);
      } else {
        return closedState(todayReason, span.start);
      }
    }
  }
  if (!current) return closedState(todayReason);
  return { open: true, closingSoon: current.end - t <= soonMs, closesAt: new Date(current.end), reason: current.reason };
}

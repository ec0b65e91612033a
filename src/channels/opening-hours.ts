// Is a channel open now, until when, and when does it open next — in Copenhagen time.
// Hours are wall-clock times per date; we turn only the few intervals we look at into instants,
// so daylight-saving changes and the visitor's own time zone never shift an answer.
import type { LocalizedText } from '../core/localized.js';
import { addDays, type IsoDate, parseTime, weekdayOf, zonedParts, zonedTimestamp } from '../core/time.js';
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

function spansOf(day: DayHours): Span[] {
  const spans: Span[] = [];
  for (const { opens, closes } of day.intervals) {
    const endDate = parseTime(closes) <= parseTime(opens) ? addDays(day.date, 1) : day.date;
    const start = zonedTimestamp(day.date, opens);
    const end = zonedTimestamp(endDate, closes);
    // An interval swallowed by the spring-forward gap (e.g. 02:15–02:45) has no real time.
    if (end > start) spans.push({ start, end, reason: day.reason });
  }
  return spans;
}

/** Whether a channel may open at all on or after `from` (cheap test before a long search). */
function mayOpenFrom(hours: Hours, from: IsoDate): boolean {
  if (hours.weekly?.some((entry) => entry.days.length > 0)) return true;
  return hours.exceptions?.some((exception) => exception.date >= from && exception.opens !== undefined) ?? false;
}

function closedState(reason: OpeningReason, opensAt?: number): OpeningState {
  const state: OpeningState = { open: false, closingSoon: false, reason };
  if (opensAt !== undefined) state.opensAt = new Date(opensAt);
  return state;
}

/**
 * The opening state of a channel at `now`. No hours: always open. Opening and closing minutes are
 * inclusive and exclusive: open at 10:00:00, closed at 15:00:00 for 10:00–15:00.
 */
export function openingState(hours: Hours | undefined, now: Date, options: OpeningOptions = {}): OpeningState {
  if (!hours) return { open: true, closingSoon: false };
  const rule = options.holidays ?? hours.holidays ?? 'dk';
  const soonMs = (options.closingSoonMinutes ?? DEFAULT_CLOSING_SOON_MINUTES) * 60_000;
  const t = now.getTime();
  const today = zonedParts(now).isoDate;
  const yesterday = addDays(today, -1);
  const todayReason = dayHours(hours, today, rule).reason;
  if (!mayOpenFrom(hours, yesterday)) return closedState(todayReason);

  // Walk the spans in start order from yesterday (whose past-midnight spans may still run).
  let current: Span | undefined;
  let day = yesterday;
  for (let i = 0; i <= OPENS_SEARCH_DAYS; i++, day = addDays(day, 1)) {
    if (current) {
      // Nothing starting on `day` or later can extend a span that ended before `day` began.
      if (zonedTimestamp(day, '00:00') > current.end) break;
      if (i > COVERAGE_DAYS + 1) return { open: true, closingSoon: false, reason: current.reason };
    }
    for (const span of spansOf(dayHours(hours, day, rule))) {
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

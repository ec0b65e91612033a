// The booking calendar's maths, pure: months as grids of Copenhagen dates (Monday first), which
// days have free times, parts of the day, and where each key of the WAI-ARIA APG date-picker grid
// moves focus. Dates are 'YYYY-MM-DD' strings computed with UTC arithmetic, so no visitor's own
// time zone ever shifts a day; instants become dates only through Copenhagen's clock.
import { addDays, compareIsoDate, type IsoDate, isoDateOf, utcEpochMs, WEEKDAYS, weekdayOf, zonedParts } from '../core/time.js';
import type { Slot } from './booking.schema.js';

/** A calendar month, 'YYYY-MM'. */
export type IsoMonth = string;

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

function monthParts(month: IsoMonth): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const value = match ? { year: Number(match[1]), month: Number(match[2]) } : undefined;
  if (!value || value.month < 1 || value.month > 12) throw new RangeError(`Not a month like "2026-11": ${JSON.stringify(month)}`);
  return value;
}

export function addMonths(month: IsoMonth, count: number): IsoMonth {
  const { year, month: m } = monthParts(month);
  const index = year * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `a` to `b` (negative when `b` is earlier). */
export function monthsBetween(a: IsoMonth, b: IsoMonth): number {
  const from = monthParts(a);
  const to = monthParts(b);
  return (to.year - from.year) * 12 + (to.month - from.month);
}

export function daysInMonth(month: IsoMonth): number {
  const { year, month: m } = monthParts(month);
  return new Date(utcEpochMs(year, m + 1, 0)).getUTCDate();
}

export function firstDayOf(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

export function lastDayOf(month: IsoMonth): IsoDate {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/**
 * The month as weeks of seven cells, Monday first; `null` for the cells before the 1st and after
 * the last day (they belong to other months and are left empty).
 */
export function monthGrid(month: IsoMonth): (IsoDate | null)[][] {
  const first = firstDayOf(month);
  const lead = WEEKDAYS.indexOf(weekdayOf(first));
  const total = daysInMonth(month);
  const cells: (IsoDate | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: total }, (_, i) => addDays(first, i)),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (IsoDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The Copenhagen date a slot starts on. */
export function slotDate(slot: Pick<Slot, 'start'>): IsoDate {
  return isoDateOf(new Date(slot.start));
}

/**
 * Free slots (`remaining > 0`, starting after `now`) by the Copenhagen date they start on, each
 * day's slots in time order. Days with no free slot are absent.
 */
export function freeSlotsByDay(slots: readonly Slot[], now: Date): Map<IsoDate, Slot[]> {
  const byDay = new Map<IsoDate, Slot[]>();
  const free = slots
    .filter((slot) => slot.remaining > 0 && Date.parse(slot.start) > now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const slot of free) {
    const date = slotDate(slot);
    const day = byDay.get(date);
    if (day) day.push(slot);
    else byDay.set(date, [slot]);
  }
  return byDay;
}

/** How many free slots each date of `month` has (dates without any are absent). */
export function freeCounts(slots: readonly Slot[], month: IsoMonth, now: Date): Map<IsoDate, number> {
  const counts = new Map<IsoDate, number>();
  for (const [date, daySlots] of freeSlotsByDay(slots, now)) if (monthOf(date) === month) counts.set(date, daySlots.length);
  return counts;
}

/**
 * The month the calendar opens on: the first with a free day, from today's month on, at most
 * `lookahead` months. `slotsOf` gives a month's slots once loaded; until the months before the
 * answer are known, the answer is `pending` (with the month to wait for).
 */
export function openingMonth(
  now: Date,
  lookahead: number,
  slotsOf: (month: IsoMonth) => readonly Slot[] | undefined,
): { state: 'found'; month: IsoMonth; day: IsoDate } | { state: 'pending'; month: IsoMonth } | { state: 'empty' } {
  const first = monthOf(isoDateOf(now));
  for (let i = 0; i < lookahead; i++) {
    const month = addMonths(first, i);
    const slots = slotsOf(month);
    if (slots === undefined) return { state: 'pending', month };
    const day = firstFreeDay(freeCounts(slots, month, now));
    if (day) return { state: 'found', month, day };
  }
  return { state: 'empty' };
}

export interface CalendarWindow {
  /** Free slots per date of the month; undefined while the month loads. */
  free: Map<IsoDate, number> | undefined;
  /** A month before this one may be shown (it is not in the past). */
  canPrev: boolean;
  /** The next month has free days and is within the look-ahead. */
  canNext: boolean;
  /** The day in the tab order: the one last focused, else the chosen, the first free, today, the 1st. */
  focus: IsoDate;
  /** How far keys may move focus: the months either side that may be shown. */
  min: IsoDate;
  max: IsoDate;
}

/** What the calendar shows for `month`, bounded by today's month and what the API offers. */
export function calendarWindow(input: {
  month: IsoMonth;
  now: Date;
  lookahead: number;
  slots: readonly Slot[] | undefined;
  nextSlots: readonly Slot[] | undefined;
  focusDay?: IsoDate | undefined;
  chosen?: IsoDate | undefined;
}): CalendarWindow {
  const { month, now } = input;
  const today = isoDateOf(now);
  const first = monthOf(today);
  const next = addMonths(month, 1);
  const free = input.slots ? freeCounts(input.slots, month, now) : undefined;
  const canPrev = monthsBetween(first, month) > 0;
  const canNext =
    monthsBetween(first, next) < input.lookahead && input.nextSlots !== undefined && freeCounts(input.nextSlots, next, now).size > 0;
  const inMonth = (date: IsoDate | undefined) => (date !== undefined && monthOf(date) === month ? date : undefined);
  const focus =
    inMonth(input.focusDay) ?? inMonth(input.chosen) ?? (free ? firstFreeDay(free) : undefined) ?? inMonth(today) ?? firstDayOf(month);
  return {
    free,
    canPrev,
    canNext,
    focus,
    min: firstDayOf(canPrev ? addMonths(month, -1) : month),
    max: lastDayOf(canNext ? next : month),
  };
}

/**
 * The ISO 8601 week number of a date (weeks start on Monday; week 1 holds the year's first
 * Thursday). Danish calendars and citizens name weeks this way ("uge 48").
 */
export function isoWeek(date: IsoDate): number {
  const thursday = addDays(date, 3 - WEEKDAYS.indexOf(weekdayOf(date)));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  const dayOfYear = Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / 86_400_000);
  return Math.floor(dayOfYear / 7) + 1;
}

/** What a day in the calendar is, for its name and for why it cannot be chosen. */
export type DayState = 'past' | 'free' | 'full';

export function dayState(date: IsoDate, today: IsoDate, free: ReadonlyMap<IsoDate, number> | undefined): DayState {
  if (compareIsoDate(date, today) < 0) return 'past';
  return (free?.get(date) ?? 0) > 0 ? 'free' : 'full';
}

/** The first date in `month` with a free slot, if any. */
export function firstFreeDay(freeDays: ReadonlyMap<IsoDate, unknown>, month?: IsoMonth): IsoDate | undefined {
  const dates = [...freeDays.keys()].filter((date) => month === undefined || monthOf(date) === month).sort();
  return dates[0];
}

export type PartOfDay = 'morning' | 'afternoon' | 'evening';
export const PARTS_OF_DAY: readonly PartOfDay[] = ['morning', 'afternoon', 'evening'];

/** Formiddag until 12, eftermiddag until 17, aften after: by Copenhagen's clock. */
export function partOfDay(start: Date): PartOfDay {
  const { hour } = zonedParts(start);
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

/** A day's slots grouped by part of day, in order; empty parts are left out. */
export function groupByPartOfDay(slots: readonly Slot[]): { part: PartOfDay; slots: Slot[] }[] {
  return PARTS_OF_DAY.map((part) => ({ part, slots: slots.filter((slot) => partOfDay(new Date(slot.start)) === part) })).filter(
    (group) => group.slots.length > 0,
  );
}

// ---- Keyboard: the APG date-picker grid ----------------------------------------------------------

export type CalendarKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';
const CALENDAR_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export function isCalendarKey(key: string): key is CalendarKey {
  return CALENDAR_KEYS.has(key);
}

/** The same day number in a month `count` months away, or that month's last day when it is shorter (31 Jan → 28 Feb). */
export function sameDayInMonth(date: IsoDate, count: number): IsoDate {
  const month = addMonths(monthOf(date), count);
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * Where a key moves focus from `focus`, as the APG date-picker grid says: arrows by a day or a
 * week, Home/End to the start/end of the week (Monday/Sunday), PageUp/PageDown to the same day of
 * the previous/next month. In a right-to-left layout, left and right swap, as the eye sees them.
 * (Shift+PageUp/PageDown, a year, is not offered: bookings never reach that far.)
 */
export function keyTarget(focus: IsoDate, key: CalendarKey, options: { rtl?: boolean } = {}): IsoDate {
  const forward = options.rtl ? -1 : 1;
  switch (key) {
    case 'ArrowRight':
      return addDays(focus, forward);
    case 'ArrowLeft':
      return addDays(focus, -forward);
    case 'ArrowDown':
      return addDays(focus, 7);
    case 'ArrowUp':
      return addDays(focus, -7);
    case 'Home':
      return addDays(focus, -WEEKDAYS.indexOf(weekdayOf(focus)));
    case 'End':
      return addDays(focus, 6 - WEEKDAYS.indexOf(weekdayOf(focus)));
    case 'PageUp':
      return sameDayInMonth(focus, -1);
    case 'PageDown':
      return sameDayInMonth(focus, 1);
  }
}

/** `date` moved into [min, max]. */
export function clampDate(date: IsoDate, min: IsoDate, max: IsoDate): IsoDate {
  if (compareIsoDate(date, min) < 0) return min;
  if (compareIsoDate(date, max) > 0) return max;
  return date;
}

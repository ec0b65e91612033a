// Europe/Copenhagen wall-clock arithmetic, with no time-zone library: Copenhagen's own clock by the EU
// summer-time rule (no Intl, see `copenhagenOffsetMs`), any other zone through Intl.
// Nothing here reads the machine's own time zone (only `visitorClock`, to say whose clock a time is on):
// every conversion names its zone, and calendar dates ('YYYY-MM-DD') are computed with UTC arithmetic,
// so results are the same for every visitor.

import { intlLocale } from './i18n/locale.js';

export const TIME_ZONE = 'Europe/Copenhagen';

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;
export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

/** Monday first, as Danish calendars are. */
export const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  isoDate: IsoDate;
  weekday: Weekday;
  minutesOfDay: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

// Formatters are costly to build and cheap to reuse: one per (purpose, language, options).
const formatters = new Map<string, Intl.DateTimeFormat>();

function cachedFormatter(key: string, create: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return cachedFormatter(
    `parts ${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  );
}

const HOUR_MS = 3_600_000;

/**
 * The instant EU summer time starts (`month` 3) or ends (`month` 10) in `year`: the last Sunday of the
 * month at 01:00 UTC (Directive 2000/84/EC, arts. 2–3; Denmark has followed it since 1996).
 */
function euClockChange(year: number, month: 3 | 10): number {
  const lastDay = utcEpochMs(year, month + 1, 0, 1);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS;
}

/**
 * How far Copenhagen's clock is ahead of UTC at `epochMs` (one hour, two in summer time), worked out
 * from the EU rule instead of asking Intl: the first Intl date or number formatter a page builds loads
 * the engine's locale data, a long task of its own on a slow phone (≈ 50 ms at 4× CPU slowdown), and
 * a widget's first render should not wait for it. Undefined outside 1996–2199 (other rules before; a
 * change of the rule would be a change here, and the test that compares every hour of 1996–2060 with
 * the engine's Intl says so), where callers ask Intl.
 */
function copenhagenOffsetMs(epochMs: number): number | undefined {
  const year = new Date(epochMs).getUTCFullYear();
  if (!(year >= 1996 && year <= 2199)) return undefined;
  return epochMs >= euClockChange(year, 3) && epochMs < euClockChange(year, 10) ? 2 * HOUR_MS : HOUR_MS;
}

/**
 * The wall clock of `timeZone` at `date` as a UTC date (read it with getUTC…), for UTC and for
 * Copenhagen in the years its rule is known; undefined where Intl must answer (another zone, another
 * year, an invalid date).
 */
function wallClockWithoutIntl(date: Date, timeZone: string): Date | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  if (timeZone === 'UTC') return date;
  const offset = timeZone === TIME_ZONE ? copenhagenOffsetMs(date.getTime()) : undefined;
  return offset === undefined ? undefined : new Date(date.getTime() + offset);
}

// Every channel on a page asks about the same few instants (`now`, its closing, its opening):
// remember recent readings. Bounded; cleared wholesale when full.
const recentReadings = new Map<string, ZonedParts>();
const RECENT_READINGS_LIMIT = 256;

/** The wall-clock reading of `date` in `timeZone` (Copenhagen unless told otherwise). */
export function zonedParts(date: Date, timeZone: string = TIME_ZONE): ZonedParts {
  const key = `${timeZone} ${date.getTime()}`;
  const recent = recentReadings.get(key);
  if (recent) return { ...recent };
  const values = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  const wall = wallClockWithoutIntl(date, timeZone);
  if (wall) {
    values.year = wall.getUTCFullYear();
    values.month = wall.getUTCMonth() + 1;
    values.day = wall.getUTCDate();
    values.hour = wall.getUTCHours();
    values.minute = wall.getUTCMinutes();
    values.second = wall.getUTCSeconds();
  } else {
    for (const part of partsFormatter(timeZone).formatToParts(date)) {
      if (part.type in values) values[part.type as keyof typeof values] = Number(part.value);
    }
    // Some engines still print midnight as "24" despite h23.
    if (values.hour === 24) values.hour = 0;
  }
  const isoDate = `${pad(values.year, 4)}-${pad(values.month)}-${pad(values.day)}`;
  const parts = { ...values, isoDate, weekday: weekdayOf(isoDate), minutesOfDay: values.hour * 60 + values.minute };
  if (recentReadings.size >= RECENT_READINGS_LIMIT) recentReadings.clear();
  recentReadings.set(key, parts);
  return { ...parts };
}

/** The calendar date of `date` in `timeZone`. */
export function isoDateOf(date: Date, timeZone: string = TIME_ZONE): IsoDate {
  return zonedParts(date, timeZone).isoDate;
}

/**
 * Epoch ms of a proleptic-Gregorian UTC wall time; `month` is 1–12 and overflows like Date.UTC's
 * (month 13 → January next year, day 0 → the last day of the month before). Unlike Date.UTC, years
 * 0–99 are those years, not 1900–1999 (ECMA-262 MakeFullYear applies only to Date.UTC and the Date
 * constructor, not to setUTCFullYear).
 */
export function utcEpochMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** How far `timeZone`'s clock is ahead of UTC at `epochMs`, in milliseconds. */
function offsetAt(epochMs: number, timeZone: string): number {
  const p = zonedParts(new Date(epochMs), timeZone);
  const wallAsUtc = utcEpochMs(p.year, p.month, p.day, p.hour, p.minute, p.second);
  return wallAsUtc - Math.floor(epochMs / 1000) * 1000;
}

function utcMidnight(isoDate: IsoDate): number {
  const match = ISO_DATE.exec(isoDate);
  const epochMs = match ? utcEpochMs(Number(match[1]), Number(match[2]), Number(match[3])) : Number.NaN;
  // The maths rolls 2026-02-30 over to 2 March: a date that does not come back unchanged is not a date.
  if (!match || Number.isNaN(epochMs) || fromUtcMidnight(epochMs) !== isoDate) {
    throw new RangeError(`Not a date like "2026-12-24": ${JSON.stringify(isoDate)}`);
  }
  return epochMs;
}

function fromUtcMidnight(epochMs: number): IsoDate {
  const date = new Date(epochMs);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(utcEpochMs(year, month + 1, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** 'HH:MM' (00:00–23:59, or 24:00 for the end of the day) → minutes since midnight. */
export function parseTime(time: string): number {
  const match = TIME.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) {
    throw new RangeError(`Not a time like "09:30": ${JSON.stringify(time)}`);
  }
  return hours * 60 + minutes;
}

/** Minutes since midnight → 'HH:MM' (1440 → '24:00'). */
export function formatMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function addDays(isoDate: IsoDate, days: number): IsoDate {
  return fromUtcMidnight(utcMidnight(isoDate) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

export function weekdayOf(isoDate: IsoDate): Weekday {
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(utcMidnight(isoDate)).getUTCDay() + 6) % 7] as Weekday;
}

export function compareIsoDate(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Wall-clock → instant is the hot path of opening hours, and the answers never change.
const instantCache = new Map<string, number>();
const INSTANT_CACHE_LIMIT = 5000;

/**
 * The instant (epoch ms) at which the clock in `timeZone` reads `time` on `isoDate`.
 * In the spring-forward gap the time is shifted forward by the gap (02:30 → 03:30 summer time);
 * in the autumn overlap the first occurrence wins (02:30 summer time). '24:00' is the next midnight.
 */
export function zonedTimestamp(isoDate: IsoDate, time: string, timeZone: string = TIME_ZONE): number {
  const key = `${timeZone} ${isoDate} ${time}`;
  const cached = instantCache.get(key);
  if (cached !== undefined) return cached;

  const minutes = parseTime(time);
  const wallAsUtc = utcMidnight(isoDate) + minutes * MINUTE_MS;
  // The offsets in force a day either side cover any single transition near this wall time.
  const before = offsetAt(wallAsUtc - DAY_MS, timeZone);
  const after = offsetAt(wallAsUtc + DAY_MS, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallAsUtc - offset)
    .filter((epochMs) => offsetAt(epochMs, timeZone) === wallAsUtc - epochMs)
    .sort((a, b) => a - b);
  // No candidate: the wall time falls in a gap. The old offset lands past the jump, i.e. shifted forward.
  const result = candidates[0] ?? wallAsUtc - before;

  if (instantCache.size >= INSTANT_CACHE_LIMIT) instantCache.clear();
  instantCache.set(key, result);
  return result;
}

/** As `zonedTimestamp`, as a Date. */
export function zonedDateTime(isoDate: IsoDate, time: string, timeZone: string = TIME_ZONE): Date {
  return new Date(zonedTimestamp(isoDate, time, timeZone));
}

export function isSameLocalDay(a: Date, b: Date, timeZone: string = TIME_ZONE): boolean {
  return isoDateOf(a, timeZone) === isoDateOf(b, timeZone);
}

// --- Formatting for the UI: always in Copenhagen time, in the element's resolved language. ---
// `lang` is the language the element shows (see i18n/locale.ts); it is turned into its Intl locale
// here, so English is written with a 24-hour clock and day before month, and junk never throws.

function displayFormatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const withZone = { ...options, timeZone: options.timeZone ?? TIME_ZONE };
  const locale = intlLocale(lang);
  return cachedFormatter(`display ${locale} ${JSON.stringify(withZone)}`, () => new Intl.DateTimeFormat(locale, withZone));
}

/** The hour–minute separator Intl writes for the locales `formatTime` writes itself. */
const CLOCK_SEPARATORS: Readonly<Record<string, string>> = { 'da-DK': '.', 'en-GB': ':' };


/** Weekday names Intl writes ('long', Monday first) for the locales `formatWeekday` writes itself. */
const WEEKDAY_NAMES: Readonly<Record<string, readonly string[]>> = {
  'da-DK': ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  'en-GB': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/**
 * A clock time the same way in every engine and every language: 24-hour clock, hour without a
 * leading zero, two-digit minutes, the language's own separator — "9.00" and "15.30" in Danish,
 * "9:00" in English.
 *
 * Why no leading zero: Dansk Sprognævn writes klokkeslæt in running text with a full stop and no
 * leading zero ("kl. 9.30"), as borger.dk does; the zero ("09.30") belongs to timetables and tables
 * of digits. Engines disagree here (Chromium writes "9.00", Firefox "09.00" for the same options),
 * so the zero is removed from the hour part rather than left to the engine.
 * @param timeZone - the zone whose clock is read; Copenhagen unless told otherwise ('UTC' for bare wall times)
 */
export function formatTime(date: Date, lang: string, timeZone: string = TIME_ZONE): string {
  // Danish and English without Intl (what Intl writes, checked against it in every engine by the tests):
  // no locale data to load for a widget's first status line.
  const separator = CLOCK_SEPARATORS[intlLocale(lang)];
  const clock = separator === undefined ? undefined : wallClockWithoutIntl(date, timeZone);
  if (clock) return `${clock.getUTCHours()}${separator}${pad(clock.getUTCMinutes())}`;
  const parts = displayFormatter(lang, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(date);
  return parts
    .map((part) => (part.type === 'hour' ? part.value.replace(/^[0٠۰](?=.)/u, '') : part.type === 'dayPeriod' ? '' : part.value))
    .join('')
    .trim();
}

/**
 * A wall-clock "HH:MM" (as content writes opening hours) the way `formatTime` writes it:
 * "09:30" → "9.30" in Danish; "24:00" (the end of the day) stays "24.00".
 */
export function formatWallClock(time: string, lang: string): string {
  const minutes = parseTime(time);
  // Any fixed date works: only the clock is shown, read in UTC so no zone shifts it.
  const text = formatTime(new Date(Date.UTC(2026, 0, 5) + (minutes % 1440) * MINUTE_MS), lang, 'UTC');
  return minutes === 1440 ? text.replace(/^0/, '24') : text;
}

/** 'mandag' / 'Monday'. */
export function formatWeekday(date: Date, lang: string): string {
  const names = WEEKDAY_NAMES[intlLocale(lang)];
  const wall = names && wallClockWithoutIntl(date, TIME_ZONE);
  if (names && wall) return names[(wall.getUTCDay() + 6) % 7] as string;
  return displayFormatter(lang, { weekday: 'long' }).format(date);
}

/** '24. december' / '24 December' by default; `options` as for Intl.DateTimeFormat (Copenhagen unless a timeZone is given). */
export function formatDate(date: Date, lang: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' }): string {
  return displayFormatter(lang, options).format(date);
}

/** As `formatDate`, in pieces (Intl's parts), so a caller can show one piece and name the whole with the same digits. */
export function formatDateToParts(date: Date, lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatPart[] {
  return displayFormatter(lang, options).formatToParts(date);
}

// --- Whose clock: a visitor abroad is told that the times shown are Danish time. ---

/** The visitor's device: minutes its clock is ahead of UTC at `date` (New York in winter: -300). */
export type VisitorOffset = (date: Date) => number;

/** Reads the device's zone. Replaceable (tests set a zone here; nothing else should). */
export const visitorClock: { offsetMinutes: VisitorOffset } = {
  offsetMinutes: (date) => -date.getTimezoneOffset(),
};

/** Minutes Copenhagen's clock is ahead of UTC at `date` (60 in winter, 120 in summer). */
export function copenhagenOffsetMinutes(date: Date): number {
  return Math.round(offsetAt(date.getTime(), TIME_ZONE) / MINUTE_MS);
}

/**
 * Whether times shown for these instants need "Danish time" next to them: true when the visitor's
 * clock reads differently from Copenhagen's at any of them (a different zone, or the same zone name
 * on a day when only one side has moved to summer time). Nothing to add when the clocks agree.
 * Pure; `visitorOffset` defaults to the device's zone.
 */
export function needsZoneNote(instants: readonly Date[], visitorOffset: VisitorOffset = visitorClock.offsetMinutes): boolean {
  return instants.some((date) => !Number.isNaN(date.getTime()) && visitorOffset(date) !== copenhagenOffsetMinutes(date));
}

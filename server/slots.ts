// Slot maths, pure: which times a location offers for a service, and how many counters are still
// free at each. Slots are never stored; they are computed for the range asked for, so a booking
// horizon of weeks costs nothing until someone looks at it.
import type { Slot } from '../src/booking/booking.schema.js';
import { danishHolidays } from '../src/channels/holidays.js';
import { addDays, compareIsoDate, type IsoDate, isoDateOf, type Weekday, weekdayOf, zonedTimestamp } from '../src/core/time.js';
import { toCopenhagenIso } from './iso.js';

export interface WeeklyHours {
  days: Weekday[];
  /** Copenhagen wall-clock 'HH:MM'. */
  opens: string;
  closes: string;
}

/** How a location takes bookings. */
export interface Schedule {
  /** Counters open at the same time: a slot's capacity. Counters serve every service. */
  counters: number;
  /** How many days ahead a citizen can book (today counts as day 0). */
  horizonDays: number;
  hours: WeeklyHours[];
}

/** A half-open span of time [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** True for a date the counters are closed. */
export type ClosedDay = (date: IsoDate) => boolean;

/** Closed on every day `danishHolidays` lists (public holidays and customary closing days). */
export function danishHolidayClosures(): ClosedDay {
  const byYear = new Map<number, Set<IsoDate>>();
  return (date) => {
    const year = Number(date.slice(0, 4));
    let closed = byYear.get(year);
    if (!closed) {
      closed = new Set(danishHolidays(year).map((holiday) => holiday.date));
      byYear.set(year, closed);
    }
    return closed.has(date);
  };
}

export interface SlotTimesQuery {
  schedule: Schedule;
  durationMinutes: number;
  /** Copenhagen dates, inclusive. Clipped to today … today + horizon. */
  from: IsoDate;
  to: IsoDate;
  now: Date;
  isClosed: ClosedDay;
}

/** The first and last date a citizen may book on at `now`. */
export function bookableDates(schedule: Schedule, now: Date): { first: IsoDate; last: IsoDate } {
  const first = isoDateOf(now);
  return { first, last: addDays(first, schedule.horizonDays) };
}

/** A slot's time; the ISO texts are filled in where a cache already has them (slots-cache.ts). */
export interface SlotTime extends Interval {
  startIso?: string;
  endIso?: string;
}

/** The slot times that begin at one date's openings, in the order generated. */
export type TimesOn = (date: IsoDate) => readonly SlotTime[];

/**
 * Start and end of every slot of one date's openings, whatever `now` is: from each opening, back
 * to back, as long as a whole slot fits before closing (the last ones may fall on the next date
 * when the hours run past midnight). Empty on a closed day.
 */
export function dayTimes(schedule: Schedule, durationMinutes: number, date: IsoDate, isClosed: ClosedDay): SlotTime[] {
  if (isClosed(date)) return [];
  const weekday = weekdayOf(date);
  const step = durationMinutes * 60_000;
  const out: SlotTime[] = [];
  for (const hours of schedule.hours) {
    if (!hours.days.includes(weekday)) continue;
    const opens = zonedTimestamp(date, hours.opens);
    // "closes" before "opens" means past midnight, as in the channels format.
    const closesOn = hours.closes <= hours.opens ? addDays(date, 1) : date;
    const closes = zonedTimestamp(closesOn, hours.closes);
    for (let start = opens; start + step <= closes; start += step) out.push({ start, end: start + step });
  }
  return out;
}

/**
 * Start and end of every slot in the range: from each opening, back to back, as long as a whole
 * slot fits before closing. Steps are real minutes, so a DST day has as many slots as its hours
 * really last. Slots that have started (start ≤ now) are not offered. `timesOn` gives one date's
 * times (default `dayTimes`; a cache may remember them, as they do not depend on `now`).
 */
export function slotTimes(query: SlotTimesQuery, timesOn?: TimesOn): SlotTime[] {
  const { schedule, durationMinutes, now, isClosed } = query;
  const bookable = bookableDates(schedule, now);
  const from = compareIsoDate(query.from, bookable.first) < 0 ? bookable.first : query.from;
  const to = compareIsoDate(query.to, bookable.last) > 0 ? bookable.last : query.to;
  const times = timesOn ?? ((date: IsoDate) => dayTimes(schedule, durationMinutes, date, isClosed));
  const nowMs = now.getTime();
  const starts = new Set<number>();
  const out: SlotTime[] = [];

  for (let date = from; compareIsoDate(date, to) <= 0; date = addDays(date, 1)) {
    for (const time of times(date)) {
      if (time.start <= nowMs || starts.has(time.start)) continue;
      starts.add(time.start);
      out.push(time);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Counters still free for the whole of `slot`: capacity minus the most bookings that overlap at
 * any one moment inside it (a 30-minute slot is full if any quarter of it is).
 */
export function remainingCapacity(slot: Interval, counters: number, booked: readonly Interval[]): number {
  const events: Array<[time: number, delta: number]> = [];
  for (const b of booked) {
    if (b.start >= slot.end || b.end <= slot.start) continue;
    events.push([Math.max(b.start, slot.start), 1], [Math.min(b.end, slot.end), -1]);
  }
  // At equal times, a booking ending frees its counter before the next one starts.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let busy = 0;
  let peak = 0;
  for (const [, delta] of events) {
    busy += delta;
    if (busy > peak) peak = busy;
  }
  return Math.max(0, counters - peak);
}

export function slotId(locationId: string, serviceId: string, startIso: string): string {
  return `${locationId}:${serviceId}:${startIso}`;
}

/** The parts of a slot id, or undefined when it is not shaped like one. */
export function parseSlotId(id: string): { locationId: string; serviceId: string; start: string } | undefined {
  const match = /^([a-z0-9-]+):([a-z0-9-]+):(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})$/.exec(id);
  if (!match) return undefined;
  const [, locationId = '', serviceId = '', start = ''] = match;
  return Number.isNaN(Date.parse(start)) ? undefined : { locationId, serviceId, start };
}

export interface SlotsQuery extends SlotTimesQuery {
  locationId: string;
  serviceId: string;
  /** Confirmed bookings at the location that may overlap the range. */
  booked: readonly Interval[];
}

/**
 * The API's slots for a range, each with its remaining capacity (0 = full, still shown).
 * `timesOn` as for `slotTimes`.
 */
export function buildSlots(query: SlotsQuery, timesOn?: TimesOn): Slot[] {
  const times = slotTimes(query, timesOn);
  const booked = [...query.booked].sort((a, b) => a.start - b.start);
  const longest = booked.reduce((max, b) => Math.max(max, b.end - b.start), 0);
  let first = 0;
  return times.map((time) => {
    // Slots and bookings are both sorted: skip bookings that end before this slot can overlap them.
    while (first < booked.length && (booked[first] as Interval).start + longest <= time.start) first++;
    const near: Interval[] = [];
    for (let i = first; i < booked.length && (booked[i] as Interval).start < time.end; i++) near.push(booked[i] as Interval);
    const start = time.startIso ?? toCopenhagenIso(time.start);
    return {
      id: slotId(query.locationId, query.serviceId, start),
      serviceId: query.serviceId,
      locationId: query.locationId,
      start,
      end: time.endIso ?? toCopenhagenIso(time.end),
      remaining: remainingCapacity(time, query.schedule.counters, near),
    };
  });
}

/** The slot with this start, if the schedule offers it at `now` (open, not past, within the horizon). */
export function offeredSlot(
  schedule: Schedule,
  durationMinutes: number,
  startIso: string,
  now: Date,
  isClosed: ClosedDay,
): Interval | undefined {
  const startMs = Date.parse(startIso);
  if (Number.isNaN(startMs)) return undefined;
  const date = isoDateOf(new Date(startMs));
  // The slot may belong to opening hours that began the day before (past midnight).
  const times = slotTimes({ schedule, durationMinutes, from: addDays(date, -1), to: date, now, isClosed });
  const slot = times.find((time) => time.start === startMs);
  // The id must carry exactly the offset we print, so one slot never has two ids.
  return slot && toCopenhagenIso(slot.start) === startIso ? slot : undefined;
}

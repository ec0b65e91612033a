// The calendar's pure maths. This file also runs in a browser whose clock is in New York (see the
// "visitor-in-new-york" group): every answer must be the Copenhagen one, whatever the machine's zone.
import { expect } from '@open-wc/testing';
import type { Slot } from '../../src/booking/booking.schema.js';
import {
  addMonths,
  clampDate,
  dayState,
  daysInMonth,
  firstFreeDay,
  freeCounts,
  freeSlotsByDay,
  groupByPartOfDay,
  isCalendarKey,
  isoWeek,
  keyTarget,
  lastDayOf,
  monthGrid,
  monthsBetween,
  partOfDay,
  sameDayInMonth,
  slotDate,
} from '../../src/booking/calendar.js';
import { isoDateOf } from '../../src/core/time.js';

const slot = (start: string, remaining = 1): Slot => ({ id: start, serviceId: 'pas', locationId: 'x', start, end: start, remaining });

describe('calendar: month grid (Monday first, Copenhagen dates)', () => {
  it('November 2026 starts on a Sunday: six empty cells, then the 1st', () => {
    const weeks = monthGrid('2026-11');
    expect(weeks).to.have.length(6);
    expect(weeks[0]).to.deep.equal([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks[1]![0]).to.equal('2026-11-02');
    expect(weeks[5]).to.deep.equal(['2026-11-30', null, null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).to.have.length(30);
  });

  it('February 2026 fits five weeks; October 2026 (clocks go back on the 25th) has all 31 days once', () => {
    expect(monthGrid('2026-02')).to.have.length(5);
    const october = monthGrid('2026-10').flat().filter(Boolean);
    expect(october).to.have.length(31);
    expect(new Set(october).size).to.equal(31);
    expect(october).to.include('2026-10-25');
    const march = monthGrid('2026-03').flat().filter(Boolean);
    expect(march).to.have.length(31);
    expect(march).to.include('2026-03-29');
  });

  it('month arithmetic crosses years and knows leap years', () => {
    expect(addMonths('2026-12', 1)).to.equal('2027-01');
    expect(addMonths('2026-01', -1)).to.equal('2025-12');
    expect(addMonths('2026-11', 14)).to.equal('2028-01');
    expect(monthsBetween('2026-11', '2027-02')).to.equal(3);
    expect(monthsBetween('2027-02', '2026-11')).to.equal(-3);
    expect(daysInMonth('2028-02')).to.equal(29);
    expect(lastDayOf('2026-02')).to.equal('2026-02-28');
    expect(() => addMonths('2026-13', 1)).to.throw(RangeError);
  });
});

describe('calendar: APG grid keys', () => {
  const THURSDAY = '2026-11-26';
  it('arrows move a day or a week', () => {
    expect(keyTarget(THURSDAY, 'ArrowRight')).to.equal('2026-11-27');
    expect(keyTarget(THURSDAY, 'ArrowLeft')).to.equal('2026-11-25');
    expect(keyTarget(THURSDAY, 'ArrowDown')).to.equal('2026-12-03');
    expect(keyTarget(THURSDAY, 'ArrowUp')).to.equal('2026-11-19');
  });

  it('Home and End go to Monday and Sunday of the same week', () => {
    expect(keyTarget(THURSDAY, 'Home')).to.equal('2026-11-23');
    expect(keyTarget(THURSDAY, 'End')).to.equal('2026-11-29');
    expect(keyTarget('2026-11-23', 'Home')).to.equal('2026-11-23');
    expect(keyTarget('2026-11-29', 'End')).to.equal('2026-11-29');
    // A week that spans two months.
    expect(keyTarget('2026-12-01', 'Home')).to.equal('2026-11-30');
  });

  it('PageUp and PageDown keep the day number, or the month’s last day when it is shorter', () => {
    expect(keyTarget(THURSDAY, 'PageUp')).to.equal('2026-10-26');
    expect(keyTarget(THURSDAY, 'PageDown')).to.equal('2026-12-26');
    expect(keyTarget('2026-01-31', 'PageDown')).to.equal('2026-02-28');
    expect(sameDayInMonth('2028-01-31', 1)).to.equal('2028-02-29');
    expect(sameDayInMonth('2026-03-31', -1)).to.equal('2026-02-28');
  });

  it('right-to-left swaps left and right only', () => {
    expect(keyTarget(THURSDAY, 'ArrowLeft', { rtl: true })).to.equal('2026-11-27');
    expect(keyTarget(THURSDAY, 'ArrowRight', { rtl: true })).to.equal('2026-11-25');
    expect(keyTarget(THURSDAY, 'ArrowDown', { rtl: true })).to.equal('2026-12-03');
  });

  it('knows its keys and clamps to the months offered', () => {
    expect(['ArrowLeft', 'Home', 'PageDown'].every(isCalendarKey)).to.equal(true);
    expect(isCalendarKey('Enter')).to.equal(false);
    expect(clampDate('2026-10-31', '2026-11-01', '2026-12-31')).to.equal('2026-11-01');
    expect(clampDate('2027-01-05', '2026-11-01', '2026-12-31')).to.equal('2026-12-31');
    expect(clampDate('2026-12-05', '2026-11-01', '2026-12-31')).to.equal('2026-12-05');
  });
});

describe('calendar: free days and parts of the day, in Copenhagen time', () => {
  it('groups free slots by the Copenhagen date they start on, whatever offset they are written with', () => {
    const now = new Date('2026-11-26T08:00:00Z');
    const byDay = freeSlotsByDay(
      [
        slot('2026-11-26T13:00:00+01:00'),
        slot('2026-11-26T10:00:00+01:00'),
        // 18.30 in New York is 00.30 the next day in Copenhagen.
        slot('2026-11-26T18:30:00-05:00'),
        slot('2026-11-27T09:00:00Z', 0),
      ],
      now,
    );
    expect([...byDay.keys()]).to.deep.equal(['2026-11-26', '2026-11-27']);
    expect(byDay.get('2026-11-26')!.map((s) => s.start)).to.deep.equal(['2026-11-26T10:00:00+01:00', '2026-11-26T13:00:00+01:00']);
    expect(byDay.get('2026-11-27')!.map((s) => s.start)).to.deep.equal(['2026-11-26T18:30:00-05:00']);
    expect(firstFreeDay(byDay)).to.equal('2026-11-26');
    expect(firstFreeDay(byDay, '2026-12')).to.equal(undefined);
  });

  it('does not offer a slot that starts exactly at "now" (the server would refuse it); one a millisecond later is offered', () => {
    const now = new Date('2026-11-26T09:00:00Z');
    const slots = [slot('2026-11-26T10:00:00+01:00'), slot('2026-11-26T10:00:00.001+01:00'), slot('2026-11-26T09:59:59+01:00')];
    const byDay = freeSlotsByDay(slots, now);
    expect(byDay.get('2026-11-26')!.map((s) => s.start)).to.deep.equal(['2026-11-26T10:00:00.001+01:00']);
    expect(freeCounts(slots, '2026-11', now).get('2026-11-26')).to.equal(1);
    expect(freeSlotsByDay([slot('2026-11-26T10:00:00+01:00')], now).size).to.equal(0);
  });

  it('with `now` given as a New York instant, today and the slots already begun are Copenhagen’s', () => {
    // 19.30 on the 26th in New York is 01.30 on the 27th in Copenhagen.
    const now = new Date('2026-11-26T19:30:00-05:00');
    expect(isoDateOf(now)).to.equal('2026-11-27');
    const byDay = freeSlotsByDay(
      [slot('2026-11-27T01:00:00+01:00'), slot('2026-11-27T10:00:00+01:00'), slot('2026-11-26T20:00:00-05:00')],
      now,
    );
    expect([...byDay.keys()]).to.deep.equal(['2026-11-27']);
    expect(byDay.get('2026-11-27')!.map((s) => s.start)).to.deep.equal(['2026-11-26T20:00:00-05:00', '2026-11-27T10:00:00+01:00']);
  });

  it('parts of the day: formiddag before 12, eftermiddag before 17, aften after', () => {
    expect(partOfDay(new Date('2026-11-26T11:59:00+01:00'))).to.equal('morning');
    expect(partOfDay(new Date('2026-11-26T12:00:00+01:00'))).to.equal('afternoon');
    expect(partOfDay(new Date('2026-11-26T16:59:00+01:00'))).to.equal('afternoon');
    expect(partOfDay(new Date('2026-11-26T17:00:00+01:00'))).to.equal('evening');
    // The same instants written from New York.
    expect(partOfDay(new Date('2026-11-26T05:59:00-05:00'))).to.equal('morning');
    expect(partOfDay(new Date('2026-11-26T11:00:00-05:00'))).to.equal('evening');
  });

  it('on the DST days the wall clock, not UTC, decides the part of day and the date', () => {
    // 25 October 2026: clocks go back at 03.00 summer time. 11.30 UTC is 12.30 winter time.
    expect(partOfDay(new Date('2026-10-25T11:30:00Z'))).to.equal('afternoon');
    expect(partOfDay(new Date('2026-10-25T10:30:00Z'))).to.equal('morning');
    // 29 March 2026: clocks go forward at 02.00. 10.30 UTC is 12.30 summer time.
    expect(partOfDay(new Date('2026-03-29T10:30:00Z'))).to.equal('afternoon');
    expect(partOfDay(new Date('2026-03-29T09:30:00Z'))).to.equal('morning');
    expect(slotDate({ start: '2026-10-24T22:30:00Z' })).to.equal('2026-10-25');
    expect(slotDate({ start: '2026-03-28T23:30:00Z' })).to.equal('2026-03-29');
  });

  it('groups a day’s slots by part of day, in order, without empty parts', () => {
    const groups = groupByPartOfDay([
      slot('2026-11-26T10:00:00+01:00'),
      slot('2026-11-26T17:30:00+01:00'),
      slot('2026-11-26T10:15:00+01:00'),
    ]);
    expect(groups.map((g) => [g.part, g.slots.length])).to.deep.equal([
      ['morning', 2],
      ['evening', 1],
    ]);
  });
});

describe('week numbers and day states', () => {
  it('numbers weeks as ISO 8601 does (Danish "uge"), across year ends', () => {
    expect(isoWeek('2026-11-26')).to.equal(48);
    expect(isoWeek('2026-01-01')).to.equal(1);
    // 2027-01-01 is a Friday: it belongs to 2026's week 53.
    expect(isoWeek('2027-01-01')).to.equal(53);
    expect(isoWeek('2027-01-04')).to.equal(1);
    // 2024-12-30 is a Monday in 2025's week 1.
    expect(isoWeek('2024-12-30')).to.equal(1);
    expect(isoWeek('2020-12-31')).to.equal(53);
  });

  it('a day before today is past, whatever its slots; else free or full', () => {
    const free = new Map([
      ['2026-11-25', 2],
      ['2026-11-27', 1],
    ]);
    expect(dayState('2026-11-25', '2026-11-26', free)).to.equal('past');
    expect(dayState('2026-11-26', '2026-11-26', free)).to.equal('full');
    expect(dayState('2026-11-27', '2026-11-26', free)).to.equal('free');
    expect(dayState('2026-11-27', '2026-11-26', undefined)).to.equal('full');
  });
});

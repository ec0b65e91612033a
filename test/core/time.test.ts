// Every `now` here is a UTC instant, so these tests check the Copenhagen conversion itself
// (the test browser runs in UTC; nothing may depend on that).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  compareIsoDate,
  daysBetween,
  formatDate,
  formatMinutes,
  formatTime,
  formatWeekday,
  isoDateOf,
  isSameLocalDay,
  isValidIsoDate,
  parseTime,
  TIME_ZONE,
  utcEpochMs,
  weekdayOf,
  zonedDateTime,
  zonedParts,
} from '../../src/core/time.js';
import { parseInstant } from '../../src/core/instant.js';

const utc = (iso: string) => new Date(iso);

describe('zonedParts', () => {
  it('reads Copenhagen summer time (UTC+2)', () => {
    const parts = zonedParts(utc('2026-07-01T10:15:30Z'));
    expect(parts).to.deep.equal({
      year: 2026,
      month: 7,
      day: 1,
      hour: 12,
      minute: 15,
      second: 30,
      isoDate: '2026-07-01',
      weekday: 'we',
      minutesOfDay: 12 * 60 + 15,
    });
  });

  it('reads Copenhagen winter time (UTC+1), which can be the next calendar day', () => {
    const parts = zonedParts(utc('2026-01-15T23:30:00Z'));
    expect(parts.isoDate).to.equal('2026-01-16');
    expect(parts.weekday).to.equal('fr');
    expect(parts.hour).to.equal(0);
    expect(parts.minutesOfDay).to.equal(30);
  });

  it('jumps from 01:59:59 to 03:00 at the spring change and back to 02:00 in autumn', () => {
    expect(zonedParts(utc('2026-03-29T00:59:59Z')).hour).to.equal(1);
    expect(zonedParts(utc('2026-03-29T01:00:00Z')).hour).to.equal(3);
    expect(zonedParts(utc('2026-10-25T00:59:59Z'))).to.include({ hour: 2, minute: 59 });
    expect(zonedParts(utc('2026-10-25T01:00:00Z'))).to.include({ hour: 2, minute: 0 });
  });

  it('honours another time zone when asked', () => {
    expect(zonedParts(utc('2026-07-01T10:00:00Z'), 'UTC').hour).to.equal(10);
    expect(zonedParts(utc('2026-07-01T10:00:00Z'), 'America/New_York').hour).to.equal(6);
  });

  it('names the zone', () => {
    expect(TIME_ZONE).to.equal('Europe/Copenhagen');
  });
});

describe('zonedDateTime', () => {
  it('converts ordinary wall-clock times in winter and summer', () => {
    expect(zonedDateTime('2026-01-05', '10:00').toISOString()).to.equal('2026-01-05T09:00:00.000Z');
    expect(zonedDateTime('2026-07-01', '10:00').toISOString()).to.equal('2026-07-01T08:00:00.000Z');
  });

  it('shifts a time in the spring-forward gap forward', () => {
    expect(zonedDateTime('2026-03-29', '02:00').toISOString()).to.equal('2026-03-29T01:00:00.000Z'); // 03:00 CEST
    expect(zonedDateTime('2026-03-29', '02:30').toISOString()).to.equal('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(zonedDateTime('2026-03-29', '01:59').toISOString()).to.equal('2026-03-29T00:59:00.000Z');
    expect(zonedDateTime('2026-03-29', '03:00').toISOString()).to.equal('2026-03-29T01:00:00.000Z');
  });

  it('takes the first occurrence in the autumn overlap', () => {
    expect(zonedDateTime('2026-10-25', '02:00').toISOString()).to.equal('2026-10-25T00:00:00.000Z'); // 02:00 CEST
    expect(zonedDateTime('2026-10-25', '02:30').toISOString()).to.equal('2026-10-25T00:30:00.000Z');
    expect(zonedDateTime('2026-10-25', '03:00').toISOString()).to.equal('2026-10-25T02:00:00.000Z'); // 03:00 CET
  });

  it('reads 24:00 as the next midnight, also across a year', () => {
    expect(zonedDateTime('2026-07-01', '24:00').toISOString()).to.equal('2026-07-01T22:00:00.000Z');
    expect(zonedDateTime('2026-12-31', '24:00').toISOString()).to.equal('2026-12-31T23:00:00.000Z');
    expect(zonedDateTime('2026-12-31', '24:00').getTime()).to.equal(zonedDateTime('2027-01-01', '00:00').getTime());
  });

  it('round-trips with zonedParts for any minute from 2000 to 2040', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }), (minute) => {
        const instant = new Date(minute * 60_000);
        const parts = zonedParts(instant);
        const back = zonedDateTime(parts.isoDate, formatMinutes(parts.minutesOfDay)).getTime();
        // Equal, except the second pass through the repeated autumn hour, which maps to the first.
        const repeatedHour = back === instant.getTime() - 3_600_000 && parts.month === 10 && parts.hour === 2;
        return back === instant.getTime() || repeatedHour;
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects dates and times that do not exist on any calendar', () => {
    expect(() => zonedDateTime('2026-02-30', '10:00')).to.throw(RangeError);
    expect(() => zonedDateTime('2026-01-05', '25:00')).to.throw(RangeError);
  });
});

describe('calendar dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).to.equal('2026-02-01');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addDays('2026-03-28', 2)).to.equal('2026-03-30'); // across the spring change: still whole days
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-12-23', '2026-12-28')).to.equal(5);
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
    expect(daysBetween('2026-01-02', '2026-01-01')).to.equal(-1);
  });

  it('knows the weekday (Monday first)', () => {
    expect(weekdayOf('2026-03-29')).to.equal('su');
    expect(weekdayOf('2026-03-30')).to.equal('mo');
    expect(weekdayOf('2024-02-29')).to.equal('th');
  });

  it('compares dates', () => {
    expect(compareIsoDate('2026-01-02', '2026-01-10')).to.equal(-1);
    expect(compareIsoDate('2026-01-10', '2026-01-10')).to.equal(0);
    expect(compareIsoDate('2027-01-01', '2026-12-31')).to.equal(1);
  });

  it('validates dates', () => {
    expect(isValidIsoDate('2024-02-29')).to.equal(true);
    expect(isValidIsoDate('2026-02-29')).to.equal(false);
    expect(isValidIsoDate('2026-13-01')).to.equal(false);
    expect(isValidIsoDate('2026-04-31')).to.equal(false);
    expect(isValidIsoDate('2026-4-1')).to.equal(false);
  });

  it('parses and formats times', () => {
    expect(parseTime('00:00')).to.equal(0);
    expect(parseTime('09:30')).to.equal(570);
    expect(parseTime('24:00')).to.equal(1440);
    expect(() => parseTime('9:30')).to.throw(RangeError);
    expect(() => parseTime('24:30')).to.throw(RangeError);
    expect(() => parseTime('12:60')).to.throw(RangeError);
    expect(formatMinutes(570)).to.equal('09:30');
    expect(formatMinutes(1440)).to.equal('24:00');
  });
});

describe('years 0–99 are those years, not 1900–1999', () => {
  const iso = (year: number, month: number, day: number) =>
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  it('agrees with ISO 8601 parsing for every year 0–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        expect(utcEpochMs(y, m, d)).to.equal(new Date(`${iso(y, m, d)}T00:00:00Z`).getTime());
      }),
    );
    expect(utcEpochMs(1, 1, 1)).to.equal(-62_135_596_800_000);
    expect(utcEpochMs(2026, 13, 1)).to.equal(Date.UTC(2027, 0, 1)); // overflow as Date.UTC
    expect(utcEpochMs(2026, 3, 0)).to.equal(Date.UTC(2026, 1, 28));
  });

  it('knows leap days and month ends in years 0–99 (Date.UTC would ask 1900–1999)', () => {
    expect(isValidIsoDate('0000-02-29')).to.equal(true); // year 0 is a leap year, 1900 is not
    expect(isValidIsoDate('0100-02-29')).to.equal(false);
    expect(isValidIsoDate('0096-02-29')).to.equal(true);
    expect(addDays('0099-12-31', 1)).to.equal('0100-01-01');
    expect(addDays('0000-02-28', 1)).to.equal('0000-02-29');
    expect(daysBetween('0001-01-01', '2001-01-01')).to.equal(730_485);
    expect(weekdayOf('0001-01-01')).to.equal('mo'); // proleptic Gregorian
  });

  it('places a Copenhagen wall time in year 50 on its own day', () => {
    const at = zonedDateTime('0050-06-01', '12:00');
    expect(isoDateOf(at)).to.equal('0050-06-01');
    expect(zonedParts(at).hour).to.equal(12);
    expect(isoDateOf(parseInstant('0050-06-01T12:00')!)).to.equal('0050-06-01');
  });
});

describe('formatting in Copenhagen time', () => {
  const afternoon = utc('2026-07-01T13:00:00Z'); // 15:00 in Copenhagen

  it('writes times Danish style ("9.00", never "09.00", in every engine) and English on the 24-hour clock', () => {
    expect(formatTime(afternoon, 'da')).to.equal('15.00');
    expect(formatTime(utc('2026-01-05T08:00:00Z'), 'da')).to.equal('9.00');
    expect(formatTime(utc('2026-01-05T08:05:00Z'), 'da')).to.equal('9.05');
    expect(formatTime(utc('2026-01-04T23:00:00Z'), 'da')).to.equal('0.00');
    expect(formatTime(afternoon, 'en')).to.equal('15:00');
    expect(formatTime(utc('2026-01-05T08:00:00Z'), 'en')).to.equal('9:00');
  });

  it('writes weekdays and dates of the Copenhagen day, not the UTC day', () => {
    const lateEvening = utc('2026-12-23T23:30:00Z'); // already 24 December in Copenhagen
    expect(formatWeekday(lateEvening, 'da')).to.equal('torsdag');
    expect(formatWeekday(lateEvening, 'en')).to.equal('Thursday');
    expect(formatDate(lateEvening, 'da')).to.equal('24. december');
    expect(formatDate(lateEvening, 'en', { day: 'numeric', month: 'long', year: 'numeric' })).to.equal('24 December 2026');
  });

  it('falls back to Danish for a malformed language tag', () => {
    expect(formatTime(afternoon, 'not a language!')).to.equal('15.00');
  });

  it('compares local days', () => {
    expect(isSameLocalDay(utc('2026-01-15T23:30:00Z'), utc('2026-01-16T10:00:00Z'))).to.equal(true);
    expect(isSameLocalDay(utc('2026-01-15T22:59:00Z'), utc('2026-01-15T23:00:00Z'))).to.equal(false);
    expect(isoDateOf(utc('2026-06-30T22:00:00Z'))).to.equal('2026-07-01');
  });
});

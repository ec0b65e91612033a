// Copenhagen's clock and the Danish and English clock times, weekday names and small numbers are worked
// out without Intl (core/time.ts: a widget's first render loads no locale data). They must be exactly
// what the engine's Intl says, in every engine the tests run in: compared here over decades of instants
// (every summer-time change of 1996–2060 to the second) and every minute of the day.
import { expect } from '@open-wc/testing';
import { formatNumber } from '../../src/core/number.js';
import { copenhagenOffsetMinutes, formatTime, formatWallClock, formatWeekday, utcEpochMs, zonedParts } from '../../src/core/time.js';

const intlParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

function intlReading(epochMs: number): string {
  const values: Record<string, number> = {};
  for (const part of intlParts.formatToParts(new Date(epochMs))) if (part.type !== 'literal') values[part.type] = Number(part.value);
  return `${values.year}-${values.month}-${values.day} ${values.hour === 24 ? 0 : values.hour}:${values.minute}:${values.second}`;
}

function ownReading(epochMs: number): string {
  const p = zonedParts(new Date(epochMs));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** The instants Intl says the offset changes, found by bisection between two days that differ. */
function changesIn(year: number): number[] {
  const found: number[] = [];
  const offset = (ms: number) => copenhagenOffsetFromIntl(ms);
  const DAY = 86_400_000;
  for (let t = utcEpochMs(year, 1, 1); t < utcEpochMs(year + 1, 1, 1); t += DAY) {
    if (offset(t) === offset(t + DAY)) continue;
    let low = t;
    let high = t + DAY;
    while (high - low > 1000) {
      const mid = low + Math.floor((high - low) / 2000) * 1000;
      if (offset(mid) === offset(low)) low = mid;
      else high = mid;
    }
    found.push(high);
  }
  return found;
}

function copenhagenOffsetFromIntl(epochMs: number): number {
  const values: Record<string, number> = {};
  for (const part of intlParts.formatToParts(new Date(epochMs))) if (part.type !== 'literal') values[part.type] = Number(part.value);
  const wall = utcEpochMs(values.year!, values.month!, values.day!, values.hour === 24 ? 0 : values.hour!, values.minute!, values.second!);
  return Math.round((wall - epochMs) / 60_000);
}

describe('Copenhagen’s clock without Intl', () => {
  it('reads as Intl does at every summer-time change 1996–2060, a second either side', () => {
    for (let year = 1996; year <= 2060; year++) {
      const changes = changesIn(year);
      expect(changes, `two changes in ${year}`).to.have.length(2);
      for (const change of changes) {
        for (const at of [change - 3_600_000, change - 1000, change, change + 1000, change + 3_600_000]) {
          expect(ownReading(at), new Date(at).toISOString()).to.equal(intlReading(at));
          expect(copenhagenOffsetMinutes(new Date(at))).to.equal(copenhagenOffsetFromIntl(at));
        }
      }
    }
  });

  it('reads as Intl does across 1996–2060, every 7 h 13 min 17 s (every hour and minute of the day comes round)', () => {
    const step = (7 * 3600 + 13 * 60 + 17) * 1000;
    for (let at = utcEpochMs(1996, 1, 1); at < utcEpochMs(2061, 1, 1); at += step) {
      if (ownReading(at) !== intlReading(at)) expect(ownReading(at), new Date(at).toISOString()).to.equal(intlReading(at));
    }
  });

  it('asks Intl outside the years the rule is known for, and throws for an invalid date as Intl does', () => {
    for (const at of [utcEpochMs(1980, 7, 1, 12), utcEpochMs(1995, 9, 30, 12), utcEpochMs(2250, 7, 1)]) {
      expect(ownReading(at)).to.equal(intlReading(at));
    }
    expect(() => zonedParts(new Date(Number.NaN))).to.throw(RangeError);
  });
});

/** What formatTime wrote with Intl alone (the rule it keeps: no leading zero on the hour). */
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function intlTime(date: Date, locale: string, timeZone: string): string {
  // One formatter per locale and zone: making ~23,000 of them took the test past its time under load.
  const key = `${locale} ${timeZone}`;
  const format = timeFormats.get(key) ?? new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone });
  timeFormats.set(key, format);
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'hour' ? part.value.replace(/^[0٠۰](?=.)/u, '') : part.type === 'dayPeriod' ? '' : part.value))
    .join('')
    .trim();
}

describe('Danish and English clock times, weekdays and numbers without Intl', () => {
  for (const [lang, locale] of [
    ['da', 'da-DK'],
    ['en', 'en-GB'],
  ] as const) {
    it(`${lang}: every minute of the day as Intl writes it, in Copenhagen (winter and summer) and for wall times`, () => {
      for (const day of [utcEpochMs(2026, 1, 12), utcEpochMs(2026, 7, 13), utcEpochMs(2026, 3, 29), utcEpochMs(2026, 10, 25)]) {
        for (let minute = 0; minute < 1440; minute++) {
          const date = new Date(day + minute * 60_000);
          const own = formatTime(date, lang);
          if (own !== intlTime(date, locale, 'Europe/Copenhagen'))
            expect(own, date.toISOString()).to.equal(intlTime(date, locale, 'Europe/Copenhagen'));
          const wall = formatTime(date, lang, 'UTC');
          if (wall !== intlTime(date, locale, 'UTC')) expect(wall, date.toISOString()).to.equal(intlTime(date, locale, 'UTC'));
        }
      }
      expect(formatWallClock('24:00', lang)).to.equal(`24${lang === 'da' ? '.' : ':'}00`);
    });

    it(`${lang}: weekday names as Intl writes them, by Copenhagen’s date (also just after midnight there)`, () => {
      const names = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'Europe/Copenhagen' });
      for (let i = 0; i < 14; i++) {
        // 23:30 UTC is already the next day in Copenhagen.
        const date = new Date(utcEpochMs(2026, 3, 23 + i, 23, 30));
        expect(formatWeekday(date, lang)).to.equal(names.format(date));
      }
    });

    it(`${lang}: small numbers as Intl writes them`, () => {
      const numbers = new Intl.NumberFormat(locale);
      for (let tenth = 0; tenth < 10_000; tenth += 7) expect(formatNumber(tenth / 10, lang)).to.equal(numbers.format(tenth / 10));
      for (const value of [0.75, 1, 1.25, 0.125, 999.999, 1000, 1234.5, -1, 0.0001, 1e21, 2 / 3]) {
        expect(formatNumber(value, lang), String(value)).to.equal(numbers.format(value));
      }
    });
  }

  it('other languages and zones still go through Intl (Arabic with Latin digits, New York)', () => {
    const date = new Date(utcEpochMs(2026, 7, 13, 7, 5));
    expect(formatTime(date, 'ar')).to.equal(intlTime(date, 'ar-u-nu-latn', 'Europe/Copenhagen'));
    expect(formatTime(date, 'da', 'America/New_York')).to.equal(intlTime(date, 'da-DK', 'America/New_York'));
    expect(formatWeekday(date, 'ar')).to.equal(
      new Intl.DateTimeFormat('ar-u-nu-latn', { weekday: 'long', timeZone: 'Europe/Copenhagen' }).format(date),
    );
  });
});

// Test helper: whose clock the visitor's device reads, for the "(dansk tid)" note. Widgets read the
// device's zone through `visitorClock`; a suite that needs a fixed answer sets it here and puts it back.
import { copenhagenOffsetMinutes, type VisitorOffset, visitorClock } from '../../src/core/time.js';

const device = visitorClock.offsetMinutes;

/** New York's clock: UTC-5 in winter, UTC-4 from the second Sunday of March to the first Sunday of November. */
export function newYorkOffsetMinutes(date: Date): number {
  const year = date.getUTCFullYear();
  const secondSundayOfMarch = nthSunday(year, 2, 2);
  const firstSundayOfNovember = nthSunday(year, 10, 1);
  // The switches happen at 02:00 local time (07:00 UTC in winter, 06:00 UTC in summer).
  const summerStarts = Date.UTC(year, 2, secondSundayOfMarch, 7);
  const summerEnds = Date.UTC(year, 10, firstSundayOfNovember, 6);
  const t = date.getTime();
  return t >= summerStarts && t < summerEnds ? -240 : -300;
}

function nthSunday(year: number, month: number, n: number): number {
  const firstDay = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - firstDay) % 7) + (n - 1) * 7;
}

/** Within the current `describe`, the visitor's device reads `offset` (default: Copenhagen's own clock). */
export function visitorReads(offset: VisitorOffset = copenhagenOffsetMinutes): void {
  before(() => {
    visitorClock.offsetMinutes = offset;
  });
  after(() => {
    visitorClock.offsetMinutes = device;
  });
}

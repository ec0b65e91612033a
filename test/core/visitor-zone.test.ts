// Runs in both browser groups; in the New York group it proves the browser's own zone is not Copenhagen's.
import { expect } from '@open-wc/testing';
import { formatTime, isoDateOf, needsZoneNote, zonedDateTime } from '../../src/core/time.js';
import { withZoneNote } from '../../src/core/zone-note.js';
import { newYorkOffsetMinutes } from './visitor-clock.js';

describe('Copenhagen time, whatever the visitor’s zone', () => {
  it('knows which zone the browser runs in', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zone).to.be.a('string').and.not.equal('Europe/Copenhagen');
  });

  it('shows 23:30 Copenhagen time as 23.30 on the Copenhagen date, even when the visitor is a day behind or ahead', () => {
    const instant = zonedDateTime('2026-12-31', '23:30');
    expect(instant.toISOString()).to.equal('2026-12-31T22:30:00.000Z');
    expect(isoDateOf(instant)).to.equal('2026-12-31');
    expect(formatTime(instant, 'da')).to.equal('23.30');
  });

  it('says whose clock the times are on: the device is not on Copenhagen’s clock, so "(dansk tid)" follows', () => {
    const nine = zonedDateTime('2026-01-12', '09:00');
    expect(needsZoneNote([nine])).to.equal(true);
    expect(withZoneNote(formatTime(nine, 'da'), 'da', [nine])).to.equal('9.00 (dansk tid)');
    if (Intl.DateTimeFormat().resolvedOptions().timeZone === 'America/New_York') {
      // The test helper's New York rules agree with the browser's own zone data, summer and winter.
      for (const iso of [
        '2026-01-12T12:00:00Z',
        '2026-07-01T12:00:00Z',
        '2026-03-08T06:59:00Z',
        '2026-03-08T07:00:00Z',
        '2026-11-01T05:59:00Z',
        '2026-11-01T06:00:00Z',
      ]) {
        const date = new Date(iso);
        expect(newYorkOffsetMinutes(date), iso).to.equal(-date.getTimezoneOffset());
      }
    }
  });
});

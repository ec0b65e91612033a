// Runs in both browser groups; in the New York group it proves the browser's own zone is not Copenhagen's.
import { expect } from '@open-wc/testing';
import { formatTime, isoDateOf, zonedDateTime } from '../../src/core/time.js';

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
});

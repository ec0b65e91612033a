import { expect } from '@open-wc/testing';
import type { Hours } from '../../src/channels/channels.schema.js';
import { openingState } from '../../src/channels/opening-hours.js';
import { describeStatus, nextChange } from '../../src/channels/status.js';

const at = (iso: string) => new Date(iso);

const counter: Hours = {
  weekly: [
    { days: ['mo', 'tu', 'we'], opens: '10:00', closes: '15:00' },
    { days: ['th'], opens: '10:00', closes: '17:30' },
  ],
  exceptions: [{ date: '2026-06-05', opens: '10:00', closes: '12:00', label: 'Grundlovsdag' }],
};

function statusAt(hours: Hours | undefined, now: string) {
  const date = at(now);
  return describeStatus(openingState(hours, date), date);
}

describe('describeStatus', () => {
  it('open: "Åben nu · lukker kl. 15.00"', () => {
    expect(statusAt(counter, '2026-01-05T10:00:00Z')).to.deep.equal({
      tone: 'open',
      kind: 'open',
      timeIso: '2026-01-05T14:00:00.000Z',
      dayRelation: 'today',
    });
  });

  it('closing soon: "Lukker snart · kl. 15.00"', () => {
    expect(statusAt(counter, '2026-01-05T13:45:00Z')).to.deep.equal({
      tone: 'closing-soon',
      kind: 'closing-soon',
      timeIso: '2026-01-05T14:00:00.000Z',
      dayRelation: 'today',
    });
  });

  it('closed, opens tomorrow: "Lukket · åbner i morgen kl. 10.00"', () => {
    expect(statusAt(counter, '2026-01-05T15:00:00Z')).to.deep.equal({
      tone: 'closed',
      kind: 'opens-later',
      timeIso: '2026-01-06T09:00:00.000Z',
      dayRelation: 'tomorrow',
    });
  });

  it('counts days in Copenhagen: 00:30 local is already the day of the opening', () => {
    // 23:30 UTC on Monday is 00:30 on Tuesday in Copenhagen; the counter opens Tuesday 10:00.
    expect(statusAt(counter, '2026-01-05T23:30:00Z')).to.include({ kind: 'opens-later', dayRelation: 'today' });
  });

  it('closed on a holiday: "Lukket i dag (juleaftensdag) · åbner mandag kl. 10.00"', () => {
    expect(statusAt(counter, '2026-12-24T09:00:00Z')).to.deep.equal({
      tone: 'closed',
      kind: 'opens-later',
      timeIso: '2026-12-28T09:00:00.000Z',
      dayRelation: 'weekday',
      holidayName: { da: 'juleaftensdag', en: 'Christmas Eve' },
    });
  });

  it('names no holiday once an exception has opened the day', () => {
    const status = statusAt(counter, '2026-06-05T11:00:00Z'); // grundlovsdag 13:00, after its 10–12
    expect(status).to.include({ kind: 'opens-later', dayRelation: 'weekday' });
    expect(status.holidayName).to.equal(undefined);
  });

  it('uses a date when the opening is a week or more away', () => {
    const hours: Hours = { exceptions: [{ date: '2026-01-20', opens: '10:00', closes: '12:00' }] };
    expect(statusAt(hours, '2026-01-05T12:00:00Z')).to.include({ kind: 'opens-later', dayRelation: 'date' });
    expect(statusAt(hours, '2026-01-14T12:00:00Z')).to.include({ kind: 'opens-later', dayRelation: 'weekday' });
  });

  it('closes "tomorrow" for a span past midnight', () => {
    const hours: Hours = { weekly: [{ days: ['mo'], opens: '20:00', closes: '02:00' }] };
    expect(statusAt(hours, '2026-01-05T20:00:00Z')).to.include({ kind: 'open', dayRelation: 'tomorrow' });
  });

  it('always open without hours; closed with no opening in sight', () => {
    expect(statusAt(undefined, '2026-01-05T10:00:00Z')).to.deep.equal({ tone: 'open', kind: 'always-open', dayRelation: 'today' });
    expect(statusAt({}, '2026-01-05T10:00:00Z')).to.deep.equal({ tone: 'closed', kind: 'closed', dayRelation: 'today' });
  });
});

describe('nextChange', () => {
  function nextAt(hours: Hours | undefined, now: string) {
    const date = at(now);
    return nextChange(openingState(hours, date), date)?.toISOString();
  }

  it('is the start of the closing-soon window, then the closing', () => {
    expect(nextAt(counter, '2026-01-05T10:00:00Z')).to.equal('2026-01-05T13:30:00.000Z');
    expect(nextAt(counter, '2026-01-05T13:30:00Z')).to.equal('2026-01-05T14:00:00.000Z');
  });

  it('is Copenhagen midnight when that comes before the opening ("i morgen" becomes "i dag")', () => {
    expect(nextAt(counter, '2026-01-05T14:00:00Z')).to.equal('2026-01-05T23:00:00.000Z');
    expect(nextAt(counter, '2026-07-06T14:00:00Z')).to.equal('2026-07-06T22:00:00.000Z');
  });

  it('is the opening when that comes first', () => {
    expect(nextAt(counter, '2026-01-06T07:00:00Z')).to.equal('2026-01-06T09:00:00.000Z');
  });

  it('respects a custom closing-soon window', () => {
    const now = at('2026-01-05T10:00:00Z');
    const state = openingState(counter, now, { closingSoonMinutes: 60 });
    expect(nextChange(state, now, { closingSoonMinutes: 60 })?.toISOString()).to.equal('2026-01-05T13:00:00.000Z');
  });

  it('is undefined for a channel without hours', () => {
    expect(nextAt(undefined, '2026-01-05T10:00:00Z')).to.equal(undefined);
  });
});

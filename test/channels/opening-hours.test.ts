// `now` values are UTC instants (the 'Z' suffix): the answers must come from Copenhagen time,
// whatever the browser's own zone is (it runs in UTC here, which differs from Copenhagen by 1–2 hours).
import { expect } from '@open-wc/testing';
import type { Hours } from '../../src/channels/channels.schema.js';
import { dayHours, openingState } from '../../src/channels/opening-hours.js';

const at = (iso: string) => new Date(iso);
const iso = (date: Date | undefined) => date?.toISOString();

// The town-hall counter from DESIGN.md.
const borgerservice: Hours = {
  weekly: [
    { days: ['mo', 'tu', 'we'], opens: '10:00', closes: '15:00' },
    { days: ['th'], opens: '10:00', closes: '17:30' },
  ],
  exceptions: [
    { date: '2026-12-31', closed: true, label: 'Nytårsaftensdag' },
    { date: '2026-06-05', opens: '10:00', closes: '12:00', label: 'Grundlovsdag' },
  ],
  holidays: 'dk',
};

describe('openingState: the edges of an interval (Monday 5 January 2026, winter time)', () => {
  it('is open from the opening minute', () => {
    const state = openingState(borgerservice, at('2026-01-05T09:00:00Z')); // 10:00 CET
    expect(state).to.include({ open: true, closingSoon: false });
    expect(iso(state.closesAt)).to.equal('2026-01-05T14:00:00.000Z');
    expect(state.reason).to.deep.equal({ kind: 'regular', date: '2026-01-05' });
  });

  it('is closed the second before, and says when it opens', () => {
    const state = openingState(borgerservice, at('2026-01-05T08:59:59Z'));
    expect(state.open).to.equal(false);
    expect(iso(state.opensAt)).to.equal('2026-01-05T09:00:00.000Z');
  });

  it('is open and closing soon one minute before closing', () => {
    const state = openingState(borgerservice, at('2026-01-05T13:59:00Z'));
    expect(state).to.include({ open: true, closingSoon: true });
    expect(iso(state.closesAt)).to.equal('2026-01-05T14:00:00.000Z');
  });

  it('is closed at the closing minute and opens the next weekday', () => {
    const state = openingState(borgerservice, at('2026-01-05T14:00:00Z'));
    expect(state).to.include({ open: false, closingSoon: false });
    expect(iso(state.opensAt)).to.equal('2026-01-06T09:00:00.000Z');
  });

  it('counts "closing soon" from 30 minutes before, or as configured', () => {
    expect(openingState(borgerservice, at('2026-01-05T13:29:00Z')).closingSoon).to.equal(false);
    expect(openingState(borgerservice, at('2026-01-05T13:30:00Z')).closingSoon).to.equal(true);
    expect(openingState(borgerservice, at('2026-01-05T13:29:00Z'), { closingSoonMinutes: 60 }).closingSoon).to.equal(true);
  });

  it('uses Copenhagen time, not the clock of the machine', () => {
    // 09:30 UTC is 10:30 in Copenhagen: open. 14:30 UTC is 15:30: closed.
    expect(openingState(borgerservice, at('2026-01-05T09:30:00Z')).open).to.equal(true);
    expect(openingState(borgerservice, at('2026-01-05T14:30:00Z')).open).to.equal(false);
    // In summer the offset is two hours: 08:00 UTC is 10:00.
    expect(openingState(borgerservice, at('2026-06-01T08:00:00Z')).open).to.equal(true);
    expect(openingState(borgerservice, at('2026-06-01T07:59:00Z')).open).to.equal(false);
  });
});

describe('openingState: several intervals, past midnight and continuous coverage', () => {
  it('closes at the end of the current interval when there is a lunch break', () => {
    const hours: Hours = {
      weekly: [
        { days: ['mo'], opens: '08:00', closes: '12:00' },
        { days: ['mo'], opens: '13:00', closes: '16:00' },
      ],
    };
    const beforeLunch = openingState(hours, at('2026-01-05T10:45:00Z')); // 11:45
    expect(beforeLunch).to.include({ open: true, closingSoon: true });
    expect(iso(beforeLunch.closesAt)).to.equal('2026-01-05T11:00:00.000Z');
    const lunch = openingState(hours, at('2026-01-05T11:30:00Z')); // 12:30
    expect(lunch.open).to.equal(false);
    expect(iso(lunch.opensAt)).to.equal('2026-01-05T12:00:00.000Z');
  });

  it('keeps yesterday’s past-midnight interval open into today', () => {
    const nightLine: Hours = { weekly: [{ days: ['fr'], opens: '22:00', closes: '02:00' }], holidays: 'none' };
    const saturdayNight = openingState(nightLine, at('2026-01-09T23:30:00Z')); // Sat 10 Jan 00:30
    expect(saturdayNight.open).to.equal(true);
    expect(iso(saturdayNight.closesAt)).to.equal('2026-01-10T01:00:00.000Z'); // Sat 02:00
    expect(saturdayNight.reason).to.deep.equal({ kind: 'regular', date: '2026-01-09' });
    const fridayEvening = openingState(nightLine, at('2026-01-09T20:59:00Z')); // Fri 21:59
    expect(iso(fridayEvening.opensAt)).to.equal('2026-01-09T21:00:00.000Z');
    const after = openingState(nightLine, at('2026-01-10T01:00:00Z')); // Sat 02:00
    expect(iso(after.opensAt)).to.equal('2026-01-16T21:00:00.000Z');
  });

  it('follows 22:00–24:00 and 00:00–02:00 the next day as one span', () => {
    const hours: Hours = {
      weekly: [
        { days: ['fr'], opens: '22:00', closes: '24:00' },
        { days: ['sa'], opens: '00:00', closes: '02:00' },
      ],
      holidays: 'none',
    };
    const state = openingState(hours, at('2026-01-09T22:45:00Z')); // Fri 23:45
    expect(state).to.include({ open: true, closingSoon: false });
    expect(iso(state.closesAt)).to.equal('2026-01-10T01:00:00.000Z');
  });

  it('merges overlapping rules into one span', () => {
    const hours: Hours = {
      weekly: [
        { days: ['mo'], opens: '09:00', closes: '14:00' },
        { days: ['mo'], opens: '12:00', closes: '18:00' },
      ],
    };
    expect(iso(openingState(hours, at('2026-01-05T09:00:00Z')).closesAt)).to.equal('2026-01-05T17:00:00.000Z');
  });

  it('gives no closing time for a channel that is open around the clock', () => {
    const hours: Hours = {
      weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }],
      holidays: 'none',
    };
    const state = openingState(hours, at('2026-01-05T12:00:00Z'));
    expect(state).to.include({ open: true, closingSoon: false });
    expect(state.closesAt).to.equal(undefined);
  });

  it('is always open without hours', () => {
    expect(openingState(undefined, at('2026-12-24T12:00:00Z'))).to.deep.equal({ open: true, closingSoon: false });
  });
});

describe('openingState: daylight-saving days', () => {
  const sundayNight: Hours = { weekly: [{ days: ['su'], opens: '01:00', closes: '04:00' }], holidays: 'none' };

  it('runs 01:00–04:00 as two real hours on 29 March 2026 (clocks go forward)', () => {
    expect(iso(openingState(sundayNight, at('2026-03-28T23:59:00Z')).opensAt)).to.equal('2026-03-29T00:00:00.000Z');
    const opening = openingState(sundayNight, at('2026-03-29T00:00:00Z')); // 01:00 CET
    expect(opening.open).to.equal(true);
    expect(iso(opening.closesAt)).to.equal('2026-03-29T02:00:00.000Z'); // 04:00 CEST
    expect(openingState(sundayNight, at('2026-03-29T01:30:00Z'))).to.include({ open: true, closingSoon: true }); // 03:30 CEST
    expect(openingState(sundayNight, at('2026-03-29T02:00:00Z')).open).to.equal(false);
  });

  it('runs 01:00–04:00 as four real hours on 25 October 2026 (clocks go back)', () => {
    const opening = openingState(sundayNight, at('2026-10-24T23:00:00Z')); // 01:00 CEST
    expect(opening.open).to.equal(true);
    expect(iso(opening.closesAt)).to.equal('2026-10-25T03:00:00.000Z'); // 04:00 CET
    expect(openingState(sundayNight, at('2026-10-25T01:30:00Z'))).to.include({ open: true, closingSoon: false }); // the second 02:30
    expect(openingState(sundayNight, at('2026-10-25T02:59:00Z'))).to.include({ open: true, closingSoon: true });
    expect(openingState(sundayNight, at('2026-10-25T03:00:00Z')).open).to.equal(false);
  });

  it('opens at 10:00 summer time on the Monday after the spring change', () => {
    const state = openingState(borgerservice, at('2026-03-29T12:00:00Z'));
    expect(iso(state.opensAt)).to.equal('2026-03-30T08:00:00.000Z');
  });
});

describe('openingState: holidays and exceptions', () => {
  it('opens on a holiday when an exception says so (grundlovsdag 10–12)', () => {
    const state = openingState(borgerservice, at('2026-06-05T08:30:00Z')); // Fri 10:30 CEST
    expect(state.open).to.equal(true);
    expect(iso(state.closesAt)).to.equal('2026-06-05T10:00:00.000Z');
    expect(state.reason).to.deep.equal({ kind: 'exception', label: 'Grundlovsdag', date: '2026-06-05' });
    const afterwards = openingState(borgerservice, at('2026-06-05T10:00:00Z'));
    expect(afterwards.open).to.equal(false);
    expect(iso(afterwards.opensAt)).to.equal('2026-06-08T08:00:00.000Z');
  });

  it('is closed through Easter: from Wednesday afternoon to the Tuesday after', () => {
    const wednesday = openingState(borgerservice, at('2026-04-01T14:00:00Z')); // Wed 16:00 CEST
    expect(wednesday.open).to.equal(false);
    expect(iso(wednesday.opensAt)).to.equal('2026-04-07T08:00:00.000Z');
    const skaertorsdag = openingState(borgerservice, at('2026-04-02T09:00:00Z'));
    expect(skaertorsdag.open).to.equal(false);
    expect(skaertorsdag.reason).to.deep.equal({
      kind: 'holiday',
      label: { da: 'skærtorsdag', en: 'Maundy Thursday' },
      date: '2026-04-02',
      closedAllDay: true,
    });
    expect(iso(skaertorsdag.opensAt)).to.equal('2026-04-07T08:00:00.000Z');
  });

  it('is closed over Christmas until Monday 28 December', () => {
    const eve = openingState(borgerservice, at('2026-12-24T10:00:00Z')); // Thursday, would be 10–17:30
    expect(eve.open).to.equal(false);
    expect(eve.reason).to.include({ kind: 'holiday', date: '2026-12-24' });
    expect(iso(eve.opensAt)).to.equal('2026-12-28T09:00:00.000Z');
  });

  it('ignores holidays when told to', () => {
    expect(openingState(borgerservice, at('2026-12-24T10:00:00Z'), { holidays: 'none' }).open).to.equal(true);
    expect(openingState({ ...borgerservice, holidays: 'none' }, at('2026-12-24T10:00:00Z')).open).to.equal(true);
  });

  it('closes a regular day with a closed exception', () => {
    const hours: Hours = {
      ...borgerservice,
      exceptions: [{ date: '2026-01-07', closed: true, label: { da: 'Personalemøde', en: 'Staff meeting' } }],
    };
    const state = openingState(hours, at('2026-01-07T10:00:00Z'));
    expect(state.open).to.equal(false);
    expect(state.reason).to.deep.equal({
      kind: 'exception',
      label: { da: 'Personalemøde', en: 'Staff meeting' },
      date: '2026-01-07',
      closedAllDay: true,
    });
    expect(iso(state.opensAt)).to.equal('2026-01-08T09:00:00.000Z');
  });

  it('is closed with no next opening when it has no weekly hours and no future exception', () => {
    const state = openingState({ exceptions: [{ date: '2025-06-01', opens: '10:00', closes: '12:00' }] }, at('2026-01-05T10:00:00Z'));
    expect(state).to.include({ open: false, closingSoon: false });
    expect(state.opensAt).to.equal(undefined);
    expect(openingState({}, at('2026-01-05T10:00:00Z')).opensAt).to.equal(undefined);
  });

  it('finds an opening months away when only an exception opens', () => {
    const popUp: Hours = { exceptions: [{ date: '2026-09-12', opens: '10:00', closes: '14:00', label: 'Åbent hus' }] };
    expect(iso(openingState(popUp, at('2026-01-05T10:00:00Z')).opensAt)).to.equal('2026-09-12T08:00:00.000Z');
  });
});

describe('dayHours', () => {
  it('lists the hours of each day of Christmas week with the reason', () => {
    const week = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27'].map((date) =>
      dayHours(borgerservice, date),
    );
    expect(week.map((day) => day.intervals)).to.deep.equal([
      [{ opens: '10:00', closes: '15:00' }],
      [{ opens: '10:00', closes: '15:00' }],
      [{ opens: '10:00', closes: '15:00' }],
      [],
      [],
      [],
      [],
    ]);
    expect(week.map((day) => day.reason.kind)).to.deep.equal(['regular', 'regular', 'regular', 'holiday', 'holiday', 'holiday', 'regular']);
  });

  it('gives an exception’s hours, sorted, on a holiday', () => {
    const hours: Hours = {
      ...borgerservice,
      exceptions: [
        { date: '2026-06-05', opens: '13:00', closes: '15:00' },
        { date: '2026-06-05', opens: '09:00', closes: '11:00', label: 'Grundlovsdag' },
      ],
    };
    expect(dayHours(hours, '2026-06-05')).to.deep.equal({
      date: '2026-06-05',
      intervals: [
        { opens: '09:00', closes: '11:00' },
        { opens: '13:00', closes: '15:00' },
      ],
      reason: { kind: 'exception', label: 'Grundlovsdag', date: '2026-06-05' },
    });
  });
});

describe('openingState: a schedule read once, answers never stale', () => {
  it('answers from the new hours when the content is replaced', () => {
    const hours: Hours = { weekly: [{ days: ['mo'], opens: '10:00', closes: '15:00' }], holidays: 'none' };
    const monday = at('2026-01-05T12:00:00Z'); // 13:00 CET
    expect(openingState(hours, monday).open).to.equal(true);
    hours.weekly = [{ days: ['mo'], opens: '14:00', closes: '15:00' }];
    const state = openingState(hours, monday);
    expect(state.open).to.equal(false);
    expect(iso(state.opensAt)).to.equal('2026-01-05T13:00:00.000Z');
  });

  it('gives the same answers as dayHours, day by day, across both clock changes of a year', () => {
    const hours: Hours = {
      weekly: [
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '14:00' },
        { days: ['sa', 'su'], opens: '22:00', closes: '03:00' },
      ],
      holidays: 'dk',
    };
    const copenhagenDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });
    for (let t = Date.UTC(2026, 0, 1, 0, 7); t < Date.UTC(2027, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) {
      const state = openingState(hours, new Date(t));
      const date = state.reason?.date as string;
      // Closed: the reason is today's (Copenhagen date); open: the day whose opening runs, maybe yesterday's.
      const today = copenhagenDate.format(t);
      const yesterday = copenhagenDate.format(t - 86_400_000);
      expect(state.open ? [today, yesterday] : [today]).to.include(date);
      expect(state.reason).to.deep.equal(dayHours(hours, date).reason);
      const next = state.open ? state.closesAt : state.opensAt;
      expect(next, new Date(t).toISOString()).to.not.equal(undefined);
      expect((next as Date).getTime()).to.be.greaterThan(t);
    }
  });

  it('shares its reasons frozen, so no caller can change another answer', () => {
    const state = openingState(borgerservice, at('2026-01-05T12:00:00Z'));
    expect(Object.isFrozen(state.reason)).to.equal(true);
  });
});

describe('equal opening and closing times mean round the clock (24 hours from the opening time)', () => {
  // The schema refuses opens = closes in content ("use 00:00 to 24:00"), but openingState and dayHours
  // promise it for any Hours: "closes at or before opens" ends the next day, so equal is 24 hours.
  const monday8to8: Hours = { weekly: [{ days: ['mo'], opens: '08:00', closes: '08:00' }], holidays: 'none' };
  const everyDayMidnight: Hours = {
    weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '00:00' }],
    holidays: 'none',
  };

  it('dayHours keeps the interval as written (it ends the next day)', () => {
    expect(dayHours(monday8to8, '2026-01-05').intervals).to.deep.equal([{ opens: '08:00', closes: '08:00' }]);
  });

  it('a Monday 08:00–08:00 is open from Monday 08:00 to Tuesday 08:00, and not a minute less', () => {
    expect(openingState(monday8to8, at('2026-01-05T06:59:59Z')).open).to.equal(false); // 07:59:59 CET
    const opening = openingState(monday8to8, at('2026-01-05T07:00:00Z')); // 08:00 CET Monday
    expect(opening.open).to.equal(true);
    expect(iso(opening.closesAt)).to.equal('2026-01-06T07:00:00.000Z');
    expect(openingState(monday8to8, at('2026-01-05T22:59:00Z')).open).to.equal(true); // 23:59 Monday
    const last = openingState(monday8to8, at('2026-01-06T06:59:00Z')); // 07:59 Tuesday
    expect(last).to.include({ open: true, closingSoon: true });
    const after = openingState(monday8to8, at('2026-01-06T07:00:00Z')); // 08:00 Tuesday
    expect(after.open).to.equal(false);
    expect(iso(after.opensAt)).to.equal('2026-01-12T07:00:00.000Z');
  });

  it('00:00–00:00 on every day is open at every moment, never closing soon, also across a DST change', () => {
    for (const moment of [
      '2026-01-05T23:00:00Z',
      '2026-03-29T00:59:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
    ]) {
      expect(openingState(everyDayMidnight, at(moment)), moment).to.include({ open: true, closingSoon: false });
    }
  });
});

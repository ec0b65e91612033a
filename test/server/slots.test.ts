// Slot generation, pure: opening hours, holidays, DST, the past, the horizon and capacity.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { toCopenhagenIso } from '../../server/iso.js';
import { LOCATIONS } from '../../server/seed.js';
import {
  buildSlots,
  danishHolidayClosures,
  type Interval,
  offeredSlot,
  parseSlotId,
  remainingCapacity,
  type Schedule,
  slotId,
  slotTimes,
} from '../../server/slots.js';

const isClosed = danishHolidayClosures();
const never = () => false;
const scheduleOf = (id: string): Schedule => {
  const record = LOCATIONS.find((l) => l.location.id === id);
  assert.ok(record);
  return record.schedule;
};
const valby = scheduleOf('bibliotek-valby');
const raadhuset = scheduleOf('borgerservice-raadhuset');
const isoTimes = (times: Interval[]) => times.map((t) => toCopenhagenIso(t.start));
const at = (iso: string) => new Date(iso);

describe('slotTimes', () => {
  it('fills opening hours back to back with whole slots', () => {
    // Monday: Valby 12–19, 15 minutes → 28 slots, the last 18:45–19:00.
    const times = slotTimes({
      schedule: valby,
      durationMinutes: 15,
      from: '2026-03-30',
      to: '2026-03-31',
      now: at('2026-03-30T08:00:00+02:00'),
      isClosed,
    });
    assert.equal(times.length, 28);
    assert.equal(toCopenhagenIso(times[0]?.start ?? 0), '2026-03-30T12:00:00+02:00');
    assert.equal(toCopenhagenIso(times.at(-1)?.end ?? 0), '2026-03-30T19:00:00+02:00');
    // A 30-minute service at Rådhuset on a Friday (10–13) has 6; 25 minutes would fit 7 with 5 left over.
    const friday = { schedule: raadhuset, from: '2026-04-10', to: '2026-04-10', now: at('2026-04-01T08:00:00+02:00'), isClosed };
    assert.equal(slotTimes({ ...friday, durationMinutes: 30 }).length, 6);
    assert.equal(slotTimes({ ...friday, durationMinutes: 25 }).length, 7);
  });

  it('closes on Danish holidays and customary closing days', () => {
    const now = at('2026-03-30T08:00:00+02:00');
    const days = (from: string, to: string) => [
      ...new Set(isoTimes(slotTimes({ schedule: raadhuset, durationMinutes: 15, from, to, now, isClosed })).map((s) => s.slice(0, 10))),
    ];
    // Easter week: Thu (skærtorsdag), Fri (langfredag) and Mon (2. påskedag) closed.
    assert.deepEqual(days('2026-03-30', '2026-04-07'), ['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-07']);
    // Grundlovsdag (a Friday in 2026) is a customary closing day.
    const june = at('2026-06-01T08:00:00+02:00');
    const juneDays = [
      ...new Set(
        isoTimes(slotTimes({ schedule: raadhuset, durationMinutes: 15, from: '2026-06-04', to: '2026-06-05', now: june, isClosed })).map(
          (s) => s.slice(0, 10),
        ),
      ),
    ];
    assert.deepEqual(juneDays, ['2026-06-04']);
    // Without holidays, the same Thursday is open.
    assert.equal(
      slotTimes({ schedule: raadhuset, durationMinutes: 15, from: '2026-04-02', to: '2026-04-02', now, isClosed: never }).length,
      28,
    );
  });

  it('counts real minutes on the spring-forward day: 01:00–04:00 is two hours', () => {
    const sunday: Schedule = { counters: 1, horizonDays: 30, hours: [{ days: ['su'], opens: '01:00', closes: '04:00' }] };
    const times = slotTimes({
      schedule: sunday,
      durationMinutes: 15,
      from: '2026-03-29',
      to: '2026-03-29',
      now: at('2026-03-20T00:00:00Z'),
      isClosed: never,
    });
    const starts = isoTimes(times);
    assert.equal(starts.length, 8);
    assert.deepEqual(starts.slice(3, 5), ['2026-03-29T01:45:00+01:00', '2026-03-29T03:00:00+02:00']);
    assert.ok(starts.every((s) => !s.includes('T02:')));
    assert.ok(times.every((t) => t.end - t.start === 15 * 60_000));
  });

  it('counts real minutes on the fall-back day: 01:00–04:00 is four hours, 02:xx twice', () => {
    const sunday: Schedule = { counters: 1, horizonDays: 30, hours: [{ days: ['su'], opens: '01:00', closes: '04:00' }] };
    const times = slotTimes({
      schedule: sunday,
      durationMinutes: 30,
      from: '2026-10-25',
      to: '2026-10-25',
      now: at('2026-10-20T00:00:00Z'),
      isClosed: never,
    });
    const starts = isoTimes(times);
    assert.equal(starts.length, 8);
    assert.deepEqual(
      starts.filter((s) => s.includes('T02:')),
      ['2026-10-25T02:00:00+02:00', '2026-10-25T02:30:00+02:00', '2026-10-25T02:00:00+01:00', '2026-10-25T02:30:00+01:00'],
    );
    // The ids stay distinct: the offset tells the two 02:00s apart.
    assert.equal(new Set(starts.map((s) => slotId('x', 'y', s))).size, 8);
  });

  it('writes the offset of the day: winter before the switch, summer after', () => {
    const now = at('2026-03-20T08:00:00+01:00');
    const starts = isoTimes(slotTimes({ schedule: valby, durationMinutes: 15, from: '2026-03-28', to: '2026-03-30', now, isClosed }));
    assert.equal(starts[0], '2026-03-28T10:00:00+01:00');
    assert.ok(starts.includes('2026-03-30T12:00:00+02:00'));
  });

  it('hides slots that have started', () => {
    const times = slotTimes({
      schedule: valby,
      durationMinutes: 15,
      from: '2026-03-30',
      to: '2026-03-30',
      now: at('2026-03-30T13:07:00+02:00'),
      isClosed,
    });
    assert.equal(toCopenhagenIso(times[0]?.start ?? 0), '2026-03-30T13:15:00+02:00');
    // A range wholly in the past is empty.
    assert.deepEqual(
      slotTimes({
        schedule: valby,
        durationMinutes: 15,
        from: '2026-03-01',
        to: '2026-03-28',
        now: at('2026-03-30T13:07:00+02:00'),
        isClosed,
      }),
      [],
    );
  });

  it('offers nothing beyond the location’s horizon', () => {
    const now = at('2026-03-30T08:00:00+02:00');
    const last = (schedule: Schedule) =>
      isoTimes(slotTimes({ schedule, durationMinutes: 15, from: '2026-03-30', to: '2026-06-30', now, isClosed }))
        .at(-1)
        ?.slice(0, 10);
    // Rådhuset: 21 days → Mon 20 Apr is the last day; Valby: 28 days → Mon 27 Apr.
    assert.equal(last(raadhuset), '2026-04-20');
    assert.equal(last(valby), '2026-04-27');
  });
});

describe('remainingCapacity', () => {
  const slot: Interval = { start: 0, end: 30 };

  it('is capacity minus the most bookings overlapping at one moment', () => {
    assert.equal(remainingCapacity(slot, 3, []), 3);
    assert.equal(
      remainingCapacity(slot, 3, [
        { start: 0, end: 15 },
        { start: 15, end: 30 },
      ]),
      2,
    );
    assert.equal(
      remainingCapacity(slot, 3, [
        { start: 0, end: 15 },
        { start: 10, end: 20 },
        { start: 5, end: 25 },
      ]),
      0,
    );
    assert.equal(
      remainingCapacity(slot, 1, [
        { start: 0, end: 15 },
        { start: 0, end: 15 },
      ]),
      0,
    );
  });

  it('ignores bookings that only touch the slot', () => {
    assert.equal(
      remainingCapacity(slot, 1, [
        { start: -15, end: 0 },
        { start: 30, end: 45 },
      ]),
      1,
    );
  });

  it('buildSlots agrees with checking every booking against every slot', () => {
    const bookings = fc.array(
      fc.record({ minute: fc.integer({ min: 0, max: 7 * 60 }), length: fc.constantFrom(10, 15, 30) }).map(({ minute, length }) => ({
        start: Date.parse('2026-03-30T12:00:00+02:00') + minute * 60_000,
        end: Date.parse('2026-03-30T12:00:00+02:00') + (minute + length) * 60_000,
      })),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(bookings, fc.constantFrom(10, 15, 30), (booked, duration) => {
        const query = {
          schedule: { ...valby, counters: 3 },
          durationMinutes: duration,
          from: '2026-03-30',
          to: '2026-03-30',
          now: at('2026-03-30T08:00:00+02:00'),
          isClosed,
        };
        const slots = buildSlots({ ...query, locationId: 'bibliotek-valby', serviceId: 'pas', booked });
        const expected = slotTimes(query).map((t) => remainingCapacity(t, 3, booked));
        assert.deepEqual(
          slots.map((s) => s.remaining),
          expected,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('slot ids', () => {
  const now = at('2026-03-30T08:00:00+02:00');

  it('are stable: the same range gives the same ids', () => {
    const query = {
      schedule: valby,
      durationMinutes: 15,
      from: '2026-03-30',
      to: '2026-04-11',
      now,
      isClosed,
      locationId: 'bibliotek-valby',
      serviceId: 'pas',
      booked: [],
    };
    assert.deepEqual(buildSlots(query), buildSlots(query));
    assert.equal(buildSlots(query)[0]?.id, 'bibliotek-valby:pas:2026-03-30T12:00:00+02:00');
  });

  it('parse back into location, service and start', () => {
    assert.deepEqual(parseSlotId('bibliotek-valby:pas:2026-03-30T12:00:00+02:00'), {
      locationId: 'bibliotek-valby',
      serviceId: 'pas',
      start: '2026-03-30T12:00:00+02:00',
    });
    for (const bad of [
      '',
      'pas',
      'bibliotek-valby:pas:2026-03-30T12:00',
      'a:b:c:2026-03-30T12:00:00+02:00',
      'x:y:2026-13-45T99:00:00+02:00',
    ]) {
      assert.equal(parseSlotId(bad), undefined, bad);
    }
  });

  it('are offered only as generated: right time, right offset, open, future', () => {
    const offered = (start: string, when = now) => offeredSlot(valby, 15, start, when, isClosed) !== undefined;
    assert.equal(offered('2026-03-30T12:00:00+02:00'), true);
    assert.equal(offered('2026-03-30T12:05:00+02:00'), false);
    assert.equal(offered('2026-03-30T11:00:00+01:00'), false, 'same instant, wrong offset');
    assert.equal(offered('2026-04-02T12:00:00+02:00'), false, 'skærtorsdag');
    assert.equal(offered('2026-03-30T12:00:00+02:00', at('2026-03-30T12:00:00+02:00')), false, 'started');
  });

  it('include a slot in hours that run past midnight', () => {
    const late: Schedule = { counters: 1, horizonDays: 20, hours: [{ days: ['fr'], opens: '22:00', closes: '01:00' }] };
    const starts = isoTimes(slotTimes({ schedule: late, durationMinutes: 60, from: '2026-04-10', to: '2026-04-10', now, isClosed: never }));
    assert.deepEqual(starts, ['2026-04-10T22:00:00+02:00', '2026-04-10T23:00:00+02:00', '2026-04-11T00:00:00+02:00']);
    assert.ok(offeredSlot(late, 60, '2026-04-11T00:00:00+02:00', now, never));
  });
});

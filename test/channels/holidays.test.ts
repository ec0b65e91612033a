import { expect } from '@open-wc/testing';
import { danishHolidays, easterSunday, holidayOn } from '../../src/channels/holidays.js';

// Written by hand from the known Easter dates; nothing here is derived by the algorithm under test.
// Columns: skærtorsdag, langfredag, påskedag, 2. påskedag, store bededag (until 2023),
// Kristi himmelfartsdag, pinsedag, 2. pinsedag.
const MOVABLE: Record<number, string[]> = {
  2023: ['04-06', '04-07', '04-09', '04-10', '05-05', '05-18', '05-28', '05-29'],
  2024: ['03-28', '03-29', '03-31', '04-01', '', '05-09', '05-19', '05-20'],
  2025: ['04-17', '04-18', '04-20', '04-21', '', '05-29', '06-08', '06-09'],
  2026: ['04-02', '04-03', '04-05', '04-06', '', '05-14', '05-24', '05-25'],
  2027: ['03-25', '03-26', '03-28', '03-29', '', '05-06', '05-16', '05-17'],
  2028: ['04-13', '04-14', '04-16', '04-17', '', '05-25', '06-04', '06-05'],
  2029: ['03-29', '03-30', '04-01', '04-02', '', '05-10', '05-20', '05-21'],
  2030: ['04-18', '04-19', '04-21', '04-22', '', '05-30', '06-09', '06-10'],
};
const MOVABLE_NAMES = [
  'skærtorsdag',
  'langfredag',
  'påskedag',
  '2. påskedag',
  'store bededag',
  'Kristi himmelfartsdag',
  'pinsedag',
  '2. pinsedag',
];

function expectedFor(year: number): { date: string; name: string; official: boolean }[] {
  const movable = (MOVABLE[year] ?? []).flatMap((monthDay, i) =>
    monthDay ? [{ date: `${year}-${monthDay}`, name: MOVABLE_NAMES[i] as string, official: true }] : [],
  );
  return [
    { date: `${year}-01-01`, name: 'nytårsdag', official: true },
    ...movable,
    { date: `${year}-06-05`, name: 'grundlovsdag', official: false },
    { date: `${year}-12-24`, name: 'juleaftensdag', official: false },
    { date: `${year}-12-25`, name: '1. juledag', official: true },
    { date: `${year}-12-26`, name: '2. juledag', official: true },
    { date: `${year}-12-31`, name: 'nytårsaftensdag', official: false },
  ];
}

const byDateThenName = (a: { date: string; name: string }, b: { date: string; name: string }) =>
  a.date.localeCompare(b.date) || a.name.localeCompare(b.name);

describe('danishHolidays', () => {
  for (const year of Object.keys(MOVABLE).map(Number)) {
    it(`matches the hand-written table for ${year}`, () => {
      const actual = danishHolidays(year).map(({ date, name, official }) => ({ date, name, official }));
      expect([...actual].sort(byDateThenName)).to.deep.equal(expectedFor(year).sort(byDateThenName));
    });
  }

  it('finds Easter Sunday on the known dates', () => {
    const known = ['2023-04-09', '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21'];
    expect(known.map((date) => easterSunday(Number(date.slice(0, 4))))).to.deep.equal(known);
  });

  it('keeps store bededag in 2023 and drops it from 2024', () => {
    expect(danishHolidays(2023).some((h) => h.name === 'store bededag')).to.equal(true);
    for (const year of [2024, 2025, 2026, 2030]) expect(danishHolidays(year).some((h) => h.name === 'store bededag')).to.equal(false);
    expect(holidayOn('2023-05-05')?.name).to.equal('store bededag');
    expect(holidayOn('2024-04-26')).to.equal(undefined); // would have been store bededag
  });

  it('is sorted by date', () => {
    for (const year of [2023, 2025, 2028, 2030]) {
      const dates = danishHolidays(year).map((h) => h.date);
      expect(dates).to.deep.equal([...dates].sort());
    }
  });

  it('gives every day an English name too', () => {
    expect(danishHolidays(2026).find((h) => h.date === '2026-04-02')?.nameEn).to.equal('Maundy Thursday');
    expect(danishHolidays(2026).every((h) => h.nameEn.length > 0)).to.equal(true);
  });

  it('hands out copies, so a caller cannot change the memoised year', () => {
    const list = danishHolidays(2026);
    (list[0] as { name: string }).name = 'changed';
    list.pop();
    expect(danishHolidays(2026)[0]?.name).to.equal('nytårsdag');
    expect(danishHolidays(2026)).to.have.length(13);
  });
});

describe('holidayOn', () => {
  it('finds official holidays and customary closing days', () => {
    expect(holidayOn('2026-04-03')).to.include({ name: 'langfredag', official: true });
    expect(holidayOn('2026-12-24')).to.include({ name: 'juleaftensdag', official: false });
    expect(holidayOn('2026-06-05')).to.include({ name: 'grundlovsdag', official: false });
    expect(holidayOn('2026-12-23')).to.equal(undefined);
  });

  it('names a shared day by its official holiday (2. pinsedag is grundlovsdag in 2028)', () => {
    expect(holidayOn('2028-06-05')).to.include({ name: '2. pinsedag', official: true });
  });
});

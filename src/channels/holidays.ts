// Danish public holidays (helligdage) and the customary closing days staffed channels also observe.
import { addDays, type IsoDate } from '../core/time.js';

export interface Holiday {
  date: IsoDate;
  /** Danish name as written in running text ("lukket i dag (juleaftensdag)"): lower case but for Kristi himmelfartsdag. */
  name: string;
  nameEn: string;
  /** true: a public holiday by law; false: a customary closing day (grundlovsdag, juleaftensdag, nytårsaftensdag). */
  official: boolean;
}

/** Store bededag was abolished as a public holiday from 2024. */
export const STORE_BEDEDAG_LAST_YEAR = 2023;

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function computeYear(year: number): readonly Readonly<Holiday>[] {
  const easter = easterSunday(year);
  const y = String(year).padStart(4, '0');
  const fromEaster = (days: number) => addDays(easter, days);
  const list: Holiday[] = [
    { date: `${y}-01-01`, name: 'nytårsdag', nameEn: "New Year's Day", official: true },
    { date: fromEaster(-3), name: 'skærtorsdag', nameEn: 'Maundy Thursday', official: true },
    { date: fromEaster(-2), name: 'langfredag', nameEn: 'Good Friday', official: true },
    { date: easter, name: 'påskedag', nameEn: 'Easter Sunday', official: true },
    { date: fromEaster(1), name: '2. påskedag', nameEn: 'Easter Monday', official: true },
    { date: fromEaster(39), name: 'Kristi himmelfartsdag', nameEn: 'Ascension Day', official: true },
    { date: fromEaster(49), name: 'pinsedag', nameEn: 'Whit Sunday', official: true },
    { date: fromEaster(50), name: '2. pinsedag', nameEn: 'Whit Monday', official: true },
    { date: `${y}-06-05`, name: 'grundlovsdag', nameEn: 'Constitution Day', official: false },
    { date: `${y}-12-24`, name: 'juleaftensdag', nameEn: 'Christmas Eve', official: false },
    { date: `${y}-12-25`, name: '1. juledag', nameEn: 'Christmas Day', official: true },
    { date: `${y}-12-26`, name: '2. juledag', nameEn: 'Boxing Day', official: true },
    { date: `${y}-12-31`, name: 'nytårsaftensdag', nameEn: "New Year's Eve", official: false },
  ];
  if (year <= STORE_BEDEDAG_LAST_YEAR) {
    list.push({ date: fromEaster(26), name: 'store bededag', nameEn: 'General Prayer Day', official: true });
  }
  // Pinse can fall on or after 5 June (2. pinsedag is grundlovsdag in 2028), so sort by date,
  // the official holiday first where two share a day.
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(b.official) - Number(a.official)));
  return list.map((holiday) => Object.freeze(holiday));
}

interface YearEntry {
  list: readonly Readonly<Holiday>[];
  byDate: ReadonlyMap<IsoDate, Readonly<Holiday>>;
}

// Opening hours ask about a date per channel per render: compute each year once.
const years = new Map<number, YearEntry>();

function yearEntry(year: number): YearEntry {
  let entry = years.get(year);
  if (!entry) {
    if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`Not a Gregorian year: ${year}`);
    const list = computeYear(year);
    const byDate = new Map<IsoDate, Readonly<Holiday>>();
    // First wins: on a shared day the official holiday names the day.
    for (const holiday of list) if (!byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
    entry = { list, byDate };
    years.set(year, entry);
  }
  return entry;
}

/** The year's holidays and customary closing days, sorted by date. */
export function danishHolidays(year: number): Holiday[] {
  return yearEntry(year).list.map((holiday) => ({ ...holiday }));
}

/** The holiday or customary closing day on `isoDate`, if any. */
export function holidayOn(isoDate: IsoDate): Readonly<Holiday> | undefined {
  return yearEntry(Number(isoDate.slice(0, 4))).byDate.get(isoDate);
}

// openingState against opening_hours.js (the OpenStreetMap opening-hours library), on the same schedules
// and the same instants: "is it open now, and when does that change?".
//   - The schedules are every channel with hours in demo/content/kontakt.json, written for
//     opening_hours.js as OSM opening_hours strings (weekly hours, "PH off" with the Danish holidays, the
//     customary closing days, and the content's exceptions, which come last and so win).
//   - The instants are seeded, spread over 2026–2027.
//   - Answers are compared in a process with a Copenhagen clock and in one with a New York clock
//     (opening_hours.js reads wall-clock times in the process's own time zone; openingState does not).
//   - Speed: per call, openingState vs getState + getNextChange, in the Copenhagen process, several
//     runs, min / median / max of the ratio.
// Run: npx tsx scripts/bench-opening-hours.ts
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import OpeningHours from 'opening_hours';
import { type Hours, validateChannels } from '../src/channels/channels.schema.js';
import { openingState } from '../src/channels/opening-hours.js';

const INSTANTS = 2_000;
const RUNS = 7;
const ZONES = ['Europe/Copenhagen', 'America/New_York'];
const root = resolve(import.meta.dirname, '..');
const DAYS: Record<string, string> = { mo: 'Mo', tu: 'Tu', we: 'We', th: 'Th', fr: 'Fr', sa: 'Sa', su: 'Su' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Where opening_hours.js looks up the public holidays ("PH").
const NOMINATIM = { lat: 55.6761, lon: 12.5683, address: { country_code: 'dk', state: '' } };

/** The same hours as an OSM opening_hours string. */
export function toOsm(hours: Hours): string {
  const rules: string[] = [];
  const byDay = new Map<string, string[]>();
  for (const entry of hours.weekly ?? []) {
    for (const day of entry.days) byDay.set(day, [...(byDay.get(day) ?? []), `${entry.opens}-${entry.closes}`]);
  }
  for (const [day, spans] of byDay) rules.push(`${DAYS[day]} ${spans.sort().join(',')}`);
  if (rules.length === 0) rules.push('off');
  if ((hours.holidays ?? 'dk') === 'dk') rules.push('PH off', 'Jun 05 off', 'Dec 24 off', 'Dec 31 off');
  const byDate = new Map<string, string[]>();
  for (const exception of hours.exceptions ?? []) {
    const spans = byDate.get(exception.date) ?? [];
    spans.push(exception.closed || exception.opens === undefined ? 'off' : `${exception.opens}-${exception.closes}`);
    byDate.set(exception.date, spans);
  }
  for (const [date, spans] of byDate) {
    const [y, m, d] = date.split('-');
    rules.push(`${y} ${MONTHS[Number(m) - 1]} ${d} ${spans.includes('off') ? 'off' : spans.join(',')}`);
  }
  return rules.join('; ');
}

function schedules(): { id: string; hours: Hours; osm: string }[] {
  const result = validateChannels(JSON.parse(readFileSync(resolve(root, 'demo/content/kontakt.json'), 'utf8')));
  if (!result.ok) throw new Error('kontakt.json does not validate');
  return result.value.channels.flatMap((channel) =>
    channel.hours ? [{ id: channel.id, hours: channel.hours, osm: toOsm(channel.hours) }] : [],
  );
}

function instants(): Date[] {
  let state = 20260101;
  const random = () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
  const from = Date.UTC(2026, 0, 1);
  const span = Date.UTC(2028, 0, 1) - from;
  // Whole minutes, as a clock on a page shows them.
  return Array.from({ length: INSTANTS }, () => new Date(Math.floor((from + random() * span) / 60_000) * 60_000));
}

interface Answer {
  open: boolean;
  next: number | undefined;
}

const ours = (hours: Hours, at: Date): Answer => {
  const state = openingState(hours, at);
  return { open: state.open, next: (state.open ? state.closesAt : state.opensAt)?.getTime() };
};
const theirs = (oh: OpeningHours, at: Date): Answer => ({ open: oh.getState(at), next: oh.getNextChange(at)?.getTime() });

/** In a child process with its own TZ: compares answers (and, with `time`, times both). */
function child(time: boolean): void {
  const list = schedules();
  const at = instants();
  const compiled = list.map((s) => ({ ...s, oh: new OpeningHours(s.osm, NOMINATIM) }));
  let wrong = 0;
  let openWrong = 0;
  let total = 0;
  const examples: string[] = [];
  for (const s of compiled) {
    for (const instant of at) {
      const a = ours(s.hours, instant);
      const b = theirs(s.oh, instant);
      total++;
      if (a.open !== b.open) openWrong++;
      if (a.open !== b.open || a.next !== b.next) {
        wrong++;
        if (examples.length < 3) {
          const iso = (t: number | undefined) => (t === undefined ? '–' : new Date(t).toISOString());
          examples.push(
            `${s.id} at ${instant.toISOString()}: ours ${a.open} → ${iso(a.next)}, opening_hours.js ${b.open} → ${iso(b.next)}`,
          );
        }
      }
    }
  }
  const out: Record<string, unknown> = { zone: process.env.TZ, total, wrong, openWrong, examples };
  if (time) {
    const ratios: number[] = [];
    const coldRatios: number[] = [];
    const oursMs: number[] = [];
    const theirsMs: number[] = [];
    let sink = 0;
    for (let run = 0; run < RUNS + 1; run++) {
      let started = performance.now();
      for (const s of compiled) for (const instant of at) sink += ours(s.hours, instant).open ? 1 : 0;
      const a = performance.now() - started;
      started = performance.now();
      for (const s of compiled) for (const instant of at) sink += theirs(s.oh, instant).open ? 1 : 0;
      const b = performance.now() - started;
      // Cold: every question about a schedule never seen before (a fresh copy of its hours).
      started = performance.now();
      for (const s of compiled) for (const instant of at) sink += ours({ ...s.hours }, instant).open ? 1 : 0;
      const c = performance.now() - started;
      if (run === 0) continue; // warm-up
      oursMs.push((a * 1000) / total);
      theirsMs.push((b * 1000) / total);
      ratios.push(b / a);
      coldRatios.push(b / c);
    }
    Object.assign(out, { ratios, coldRatios, oursMs, theirsMs, sink });
  }
  console.log(JSON.stringify(out));
}

const stats = (values: number[], digits: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${(sorted[0] as number).toFixed(digits)} / ${(sorted[Math.floor(sorted.length / 2)] as number).toFixed(digits)} / ${(sorted.at(-1) as number).toFixed(digits)}`;
};

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

if (process.argv.includes('--child')) {
  child(process.argv.includes('--time'));
} else {
  const list = schedules();
  console.log(
    `openingState vs opening_hours.js ${JSON.parse(readFileSync(resolve(root, 'node_modules/opening_hours/package.json'), 'utf8')).version}`,
  );
  console.log(
    `${list.length} schedules (demo/content/kontakt.json) × ${INSTANTS} instants in 2026–2027; e.g. ${list[0]?.id}: "${list[0]?.osm}"`,
  );
  for (const zone of ZONES) {
    const time = zone === 'Europe/Copenhagen';
    const result = spawnSync('npx', ['tsx', import.meta.filename, '--child', ...(time ? ['--time'] : [])], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      console.log(`(${zone}: failed) ${result.stderr.slice(0, 500)}`);
      continue;
    }
    const out = JSON.parse(result.stdout.trim().split('\n').at(-1) as string);
    console.log(
      `visitor clock ${zone}: opening_hours.js differs from openingState on "open now" ${pct(out.openWrong, out.total)}, ` +
        `on "open now + next change" ${pct(out.wrong, out.total)} of ${out.total} answers`,
    );
    for (const example of out.examples) console.log(`  e.g. ${example}`);
    if (time) {
      console.log(
        `per call (µs, min / median / max of ${RUNS} runs): openingState ${stats(out.oursMs, 2)}, opening_hours.js getState + getNextChange ${stats(out.theirsMs, 2)}`,
      );
      const median = [...out.ratios].sort((a: number, b: number) => a - b)[Math.floor(out.ratios.length / 2)];
      console.log(`openingState is ${stats(out.ratios, 1)}× faster (min / median / max); floor ≥ 10×: ${median >= 10 ? 'met' : 'NOT met'}`);
      console.log(`  the same, every question about a schedule openingState has not seen before: ${stats(out.coldRatios, 1)}× faster`);
    }
  }
}

// Instants as ISO 8601 with the Copenhagen offset ("2026-03-02T10:00:00+01:00"), as the API speaks.
import { copenhagenOffsetMinutes as coreOffsetMinutes } from '../src/core/time.js';

const HOUR_MS = 3_600_000;
// Copenhagen's offset changes only on whole UTC hours, so one Intl lookup per hour is enough.
const offsetByHour = new Map<number, number>();
const OFFSET_CACHE_LIMIT = 20_000;

/** Copenhagen's offset from UTC at `epochMs`, in minutes (60 in winter, 120 in summer); core/time.ts's, remembered per hour. */
export function copenhagenOffsetMinutes(epochMs: number): number {
  const hour = Math.floor(epochMs / HOUR_MS);
  const cached = offsetByHour.get(hour);
  if (cached !== undefined) return cached;
  const offset = coreOffsetMinutes(new Date(hour * HOUR_MS));
  if (offsetByHour.size >= OFFSET_CACHE_LIMIT) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The Copenhagen calendar date ('YYYY-MM-DD') at `epochMs`; one Intl lookup per hour, not per call. */
export function copenhagenDateOf(epochMs: number): string {
  const wall = new Date(epochMs + copenhagenOffsetMinutes(epochMs) * 60_000);
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

/** `epochMs` as Copenhagen wall-clock time with its offset, to the second. */
export function toCopenhagenIso(epochMs: number): string {
  const offset = copenhagenOffsetMinutes(epochMs);
  const wall = new Date(epochMs + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

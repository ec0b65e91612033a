// Reading moments that editors and attributes write: an ISO date-time with an offset is an instant;
// without one it is Copenhagen wall-clock time (an editor previewing "2026-12-24T10:00" means 10:00 here).
import { isValidIsoDate, zonedDateTime } from './time.js';

const LOCAL = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The instant an ISO string names, or undefined when it is not one. */
export function parseInstant(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (WITH_OFFSET.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const local = LOCAL.exec(text);
  if (!local || !isValidIsoDate(local[1]!)) return undefined;
  const [hh = 0, mm = 0] = (local[2] ?? '00:00').split(':').map(Number);
  if (hh > 23 || mm > 59) return undefined;
  try {
    const date = zonedDateTime(local[1]!, local[2] ?? '00:00');
    return new Date(date.getTime() + Number(local[3] ?? 0) * 1000);
  } catch {
    // Dates the zone maths cannot place (beyond what Intl can format).
    return undefined;
  }
}

// The `now` attribute's check (a preview moment), apart from core/attributes.ts: only the widgets that
// take a `now` (channels, booking) download the Copenhagen clock maths it needs.
import { type Check, text } from './attributes.js';
import { parseInstant } from './instant.js';

/** The years a preview moment (`now`) may name: around today, not year 1 or 9999. */
export const PREVIEW_YEARS = { min: 1970, max: 2199 } as const;

/**
 * `now`: an ISO 8601 date-time (with an offset, or Copenhagen wall-clock time without one) in
 * PREVIEW_YEARS. Anything else means the real time; the value kept is the trimmed string.
 */
export const instant: Check<string | undefined> = (raw) => {
  const named = text(raw);
  if (named.value === undefined) return named.problem ? { value: undefined, problem: `${named.problem}; using the real time` } : named;
  // The year as written (an offset may move the instant across New Year, never out of the range).
  const year = Number(/^(\d{4})-/.exec(named.value)?.[1]);
  if (year < PREVIEW_YEARS.min || year > PREVIEW_YEARS.max)
    return { value: undefined, problem: `is outside the years ${PREVIEW_YEARS.min}–${PREVIEW_YEARS.max}; using the real time` };
  if (!parseInstant(named.value))
    return { value: undefined, problem: 'is not an ISO 8601 date-time like "2026-12-24T10:00:00+01:00"; using the real time' };
  return named;
};

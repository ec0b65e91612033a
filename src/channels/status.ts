// From an opening state to what a status line says ("Åben nu · lukker kl. 15.00"), as data:
// the element picks the words through i18n and formats the time in Copenhagen time.
import type { LocalizedText } from '../core/localized.js';
import { addDays, daysBetween, isoDateOf, zonedTimestamp } from '../core/time.js';
import { DEFAULT_CLOSING_SOON_MINUTES, type OpeningState } from './opening-hours.js';

export type StatusTone = 'open' | 'closing-soon' | 'closed';

/**
 * - `always-open`: open with no known closing ("Altid åben")
 * - `open`: open, closes at `timeIso` ("Åben nu · lukker kl. 15.00")
 * - `closing-soon`: closes within the closing-soon window ("Lukker snart · kl. 15.00")
 * - `opens-later`: closed, opens at `timeIso` ("Lukket · åbner i morgen kl. 9.00")
 * - `closed`: closed with no opening in sight ("Lukket")
 */
export type StatusKind = 'always-open' | 'open' | 'closing-soon' | 'opens-later' | 'closed';

/** How the day of `timeIso` relates to today: 'weekday' = within the coming week, so a weekday name is clear. */
export type DayRelation = 'today' | 'tomorrow' | 'weekday' | 'date';

export interface StatusDescription {
  tone: StatusTone;
  kind: StatusKind;
  /** The closing or opening instant (UTC ISO string); format it in Copenhagen time. */
  timeIso?: string;
  dayRelation: DayRelation;
  /** When closed all day today for a holiday or a labelled exception: its name ("Lukket i dag (juleaftensdag)"). */
  holidayName?: LocalizedText;
}

function dayRelation(now: Date, time: Date): DayRelation {
  const days = daysBetween(isoDateOf(now), isoDateOf(time));
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return days < 7 ? 'weekday' : 'date';
}

export function describeStatus(state: OpeningState, now: Date): StatusDescription {
  if (state.open) {
    if (!state.closesAt) return { tone: 'open', kind: 'always-open', dayRelation: 'today' };
    const kind = state.closingSoon ? 'closing-soon' : 'open';
    return { tone: kind, kind, timeIso: state.closesAt.toISOString(), dayRelation: dayRelation(now, state.closesAt) };
  }
  const description: StatusDescription = state.opensAt
    ? { tone: 'closed', kind: 'opens-later', timeIso: state.opensAt.toISOString(), dayRelation: dayRelation(now, state.opensAt) }
    : { tone: 'closed', kind: 'closed', dayRelation: 'today' };
  const reason = state.reason;
  if (reason?.closedAllDay && reason.label !== undefined && reason.date === isoDateOf(now)) description.holidayName = reason.label;
  return description;
}

/**
 * The next instant at which the status line changes: the start of the closing-soon window, the
 * closing, the opening, or the next midnight (when "i morgen" becomes "i dag"). Undefined for a
 * channel without hours, whose status never changes.
 */
export function nextChange(state: OpeningState, now: Date, options: { closingSoonMinutes?: number } = {}): Date | undefined {
  if (!state.reason) return undefined;
  const t = now.getTime();
  const soonMs = (options.closingSoonMinutes ?? DEFAULT_CLOSING_SOON_MINUTES) * 60_000;
  const candidates = [zonedTimestamp(addDays(isoDateOf(now), 1), '00:00')];
  if (state.open && state.closesAt) candidates.push(state.closesAt.getTime() - soonMs, state.closesAt.getTime());
  if (!state.open && state.opensAt) candidates.push(state.opensAt.getTime());
  const next = Math.min(...candidates.filter((candidate) => candidate > t));
  return Number.isFinite(next) ? new Date(next) : undefined;
}

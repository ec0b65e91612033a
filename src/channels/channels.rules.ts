// The channels format's rules that need no schema engine: whether the checks across fields find a
// problem (run on every load), and the predicates its zod schema refines with (shared with the generated
// compact check). Saying where and what is wrong is channels.problems.ts, loaded only when something is.

import { isValidIsoDate, parseTime } from '../core/time.js';
import type { Channel, ChannelKind, ChannelNote, ChannelsContent, Hours } from './channels.schema.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date, or not of the form YYYY-MM-DD at all (the pattern check reports that one). */
export function isRealDateWhenWellFormed(value: string): boolean {
  return !DATE.test(value) || isValidIsoDate(value);
}

/** The field a citizen uses to reach each kind of channel; without it the channel leads nowhere. */
export const CONTACT_FIELD: Record<ChannelKind, 'href' | 'phone' | 'email' | 'address'> = {
  selfservice: 'href',
  chat: 'href',
  'digital-post': 'href',
  video: 'href',
  phone: 'phone',
  email: 'email',
  visit: 'address',
  library: 'address',
};

/** The channel's `notes` for this task, in content order; none without a task. */
export function notesForTask(channel: Channel, task: string | undefined): ChannelNote[] {
  return task === undefined ? [] : (channel.notes ?? []).filter((note) => note.tasks.includes(task));
}

/** Whether `hours` contradict themselves: exactly when `crossCheckChannels` reports a problem in them. */
function hoursConflict(hours: Hours): boolean {
  const closedDates = new Set(hours.exceptions?.filter((e) => e.closed).map((e) => e.date));
  return (
    hours.weekly?.some((entry) => parseTime(entry.opens) === parseTime(entry.closes)) === true ||
    hours.exceptions?.some(({ closed, opens, closes, date }) =>
      closed
        ? opens !== undefined || closes !== undefined
        : opens === undefined || closes === undefined || parseTime(opens) === parseTime(closes) || closedDates.has(date),
    ) === true
  );
}

/**
 * Whether `crossCheckChannels` (channels.problems.ts) finds any problem, without its messages: ids that
 * clash or dangle, a channel without the field citizens reach it by, hours that contradict themselves.
 * The element runs this on every load and loads the messages only for content that has a problem.
 */
export function hasCrossProblems(content: ChannelsContent): boolean {
  const channels = new Set<string>();
  for (const channel of content.channels) {
    if (channels.has(channel.id) || channel[CONTACT_FIELD[channel.kind]] === undefined || (channel.hours && hoursConflict(channel.hours))) {
      return true;
    }
    channels.add(channel.id);
  }
  const tasks = new Set<string>();
  for (const task of content.tasks ?? []) {
    if (tasks.has(task.id)) return true;
    tasks.add(task.id);
    const named = new Set<string>();
    for (const { channel } of task.channels) {
      if (!channels.has(channel) || named.has(channel)) return true;
      named.add(channel);
    }
  }
  return false;
}

/** Whether a channel's `notes` name a task the content does not have (`unknownNoteTasks` says which). */
export function hasUnknownNoteTasks(content: ChannelsContent): boolean {
  const known = new Set(content.tasks?.map((task) => task.id));
  return content.channels.some((channel) => channel.notes?.some((note) => note.tasks.some((task) => !known.has(task))));
}

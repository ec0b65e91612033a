// The channels format's checks across fields, with what they find said for the web team: the JSON path
// and an English message. Loaded only when channels.rules.ts says there is something to say, by the
// zod explainer (channels.schema.ts) and by the CLI.

import { jsonPath, type Problem } from '../core/problems.js';
import { parseTime } from '../core/time.js';
import { CONTACT_FIELD } from './channels.rules.js';
import type { ChannelsContent, Hours } from './channels.schema.js';

function checkHours(hours: Hours, at: (string | number)[], problems: Problem[]): void {
  hours.weekly?.forEach((entry, i) => {
    if (parseTime(entry.opens) === parseTime(entry.closes)) {
      problems.push({
        path: jsonPath([...at, 'weekly', i, 'closes']),
        message: 'is the same as "opens"; for open around the clock use "00:00" to "24:00"',
      });
    }
  });
  const closedDates = new Set(hours.exceptions?.filter((e) => e.closed).map((e) => e.date));
  hours.exceptions?.forEach((exception, i) => {
    const here = [...at, 'exceptions', i];
    const { closed, opens, closes } = exception;
    if (closed && (opens !== undefined || closes !== undefined)) {
      problems.push({ path: jsonPath(here), message: 'has "closed": true and also "opens"/"closes"; give one or the other' });
    } else if (!closed && opens === undefined && closes === undefined) {
      problems.push({ path: jsonPath(here), message: 'needs either "closed": true or both "opens" and "closes"' });
    } else if (opens !== undefined && closes === undefined) {
      problems.push({ path: jsonPath([...here, 'closes']), message: 'is required when "opens" is given' });
    } else if (opens === undefined && closes !== undefined) {
      problems.push({ path: jsonPath([...here, 'opens']), message: 'is required when "closes" is given' });
    } else if (opens !== undefined && closes !== undefined && parseTime(opens) === parseTime(closes)) {
      problems.push({
        path: jsonPath([...here, 'closes']),
        message: 'is the same as "opens"; for open around the clock use "00:00" to "24:00"',
      });
    } else if (!closed && closedDates.has(exception.date)) {
      problems.push({
        path: jsonPath([...here, 'date']),
        message: `gives hours on ${exception.date}, which another exception marks as closed`,
      });
    }
  });
}

/** What the shape alone cannot tell: ids that clash or dangle, and hours that contradict themselves. */
export function crossCheckChannels(content: ChannelsContent): Problem[] {
  const problems: Problem[] = [];
  const firstChannel = new Map<string, number>();
  content.channels.forEach((channel, i) => {
    const earlier = firstChannel.get(channel.id);
    if (earlier !== undefined) {
      problems.push({
        path: jsonPath(['channels', i, 'id']),
        message: `repeats the id "${channel.id}" of ${jsonPath(['channels', earlier])}`,
      });
    } else {
      firstChannel.set(channel.id, i);
    }
    const field = CONTACT_FIELD[channel.kind];
    if (channel[field] === undefined) {
      problems.push({
        path: jsonPath(['channels', i, field]),
        message: `is required for a "${channel.kind}" channel (it is how citizens reach it)`,
      });
    }
    if (channel.hours) checkHours(channel.hours, ['channels', i, 'hours'], problems);
  });

  const known = [...firstChannel.keys()].map((id) => `"${id}"`).join(', ');
  const firstTask = new Map<string, number>();
  content.tasks?.forEach((task, i) => {
    const earlier = firstTask.get(task.id);
    if (earlier !== undefined) {
      problems.push({ path: jsonPath(['tasks', i, 'id']), message: `repeats the id "${task.id}" of ${jsonPath(['tasks', earlier])}` });
    } else {
      firstTask.set(task.id, i);
    }
    const named = new Set<string>();
    task.channels.forEach((entry, j) => {
      const path = jsonPath(['tasks', i, 'channels', j, 'channel']);
      if (!firstChannel.has(entry.channel)) {
        problems.push({ path, message: `names the channel "${entry.channel}", which is not in "channels" (known: ${known})` });
      } else if (named.has(entry.channel)) {
        problems.push({ path, message: `names the channel "${entry.channel}" twice in this task` });
      }
      named.add(entry.channel);
    });
  });
  return problems;
}

/**
 * Task ids in `channels[].notes[].tasks` that are not in `tasks`: such a note is never shown. Not an
 * error (the rest of the content works, and the note may be for a task still to come), so the CLI
 * check warns and the element tells the console. `known` lists the content's task ids.
 */
export function unknownNoteTasks(content: ChannelsContent): { path: string; task: string; known: string[] }[] {
  const known = (content.tasks ?? []).map((task) => task.id);
  return content.channels.flatMap((channel, i) =>
    (channel.notes ?? []).flatMap((note, j) =>
      note.tasks.flatMap((task, k) =>
        known.includes(task) ? [] : [{ path: jsonPath(['channels', i, 'notes', j, 'tasks', k]), task, known }],
      ),
    ),
  );
}

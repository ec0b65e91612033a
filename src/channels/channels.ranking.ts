// Which ways to get help with a task come first: the best fit, and among equals the one a citizen
// can use soonest (open now, then closing soon, then the one that opens first).
import type { LocalizedText } from '../core/localized.js';
import type { Channel, ChannelsContent, Fit, Task } from './channels.schema.js';
import { type OpeningOptions, type OpeningState, openingState } from './opening-hours.js';

export interface RankedChannel {
  channel: Channel;
  fit: Fit;
  note?: LocalizedText;
  state: OpeningState;
}

export interface ChannelRanking {
  channels: RankedChannel[];
  /** The first best-fit channel (or the best available one); never one that will not open again. */
  recommended?: RankedChannel;
}

export interface TaskRanking extends ChannelRanking {
  task: Task;
}

const FIT_ORDER: Record<Fit, number> = { best: 0, good: 1, possible: 2 };

/** 0 open, 1 closing soon, 2 closed but opens later, 3 closed with no opening in sight. */
function availability(state: OpeningState): number {
  if (state.open) return state.closingSoon ? 1 : 0;
  return state.opensAt ? 2 : 3;
}

function compareRanked(a: RankedChannel, b: RankedChannel): number {
  const byFit = FIT_ORDER[a.fit] - FIT_ORDER[b.fit];
  if (byFit !== 0) return byFit;
  const byAvailability = availability(a.state) - availability(b.state);
  if (byAvailability !== 0) return byAvailability;
  if (a.state.opensAt && b.state.opensAt) return a.state.opensAt.getTime() - b.state.opensAt.getTime();
  return 0;
}

/** Orders channels by fit, then availability; equal ones keep their content order (sort is stable). */
export function rankChannels(
  entries: readonly { channel: Channel; fit: Fit; note?: LocalizedText }[],
  now: Date,
  options?: OpeningOptions,
): ChannelRanking {
  const channels = entries
    .map((entry): RankedChannel => ({ ...entry, state: openingState(entry.channel.hours, now, options) }))
    .sort(compareRanked);
  const recommended = channels.find((entry) => availability(entry.state) < 3);
  return recommended ? { channels, recommended } : { channels };
}

/** The task's channels, ranked; undefined when the content has no task `taskId`. */
export function rankTaskChannels(content: ChannelsContent, taskId: string, now: Date, options?: OpeningOptions): TaskRanking | undefined {
  const task = content.tasks?.find((candidate) => candidate.id === taskId);
  if (!task) return undefined;
  const byId = new Map(content.channels.map((channel) => [channel.id, channel]));
  const entries = task.channels.flatMap(({ channel: id, fit, note }) => {
    const channel = byId.get(id);
    // Validated content never names an unknown channel; unvalidated content just loses that line.
    if (!channel) return [];
    return [note === undefined ? { channel, fit } : { channel, fit, note }];
  });
  return { task, ...rankChannels(entries, now, options) };
}

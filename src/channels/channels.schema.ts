// The channels content format (<borger-channels>): ways to get help, their opening hours, and which
// channels suit which task. zod checks the shape; `crossCheck` checks what one field cannot see alone.
import * as z from 'zod/mini';
import { PlainEmailSchema, WebHrefSchema } from '../core/href.schema.js';
import { LocalizedTextSchema } from '../core/localized.js';
import { isValidIsoDate, parseTime } from '../core/time.js';
import { jsonPath, type Problem, type Validated, validate } from '../core/validation.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const CLOSING_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const PHONE = /^\+?\d[\d -]*\d$/;

const IdSchema = z.string().check(z.regex(ID, 'should be an id of letters, digits and dashes, like "borgerservice"'));

const DateSchema = z.string().check(
  z.regex(DATE, 'should be a date like "2026-12-24"'),
  // Only when the form is right, so a bad value gets one message, not two.
  z.refine((value) => !DATE.test(value) || isValidIsoDate(value), 'is not a real date (check month and day)'),
);

const OpensSchema = z.string().check(z.regex(TIME, 'should be a time like "09:30" (24-hour clock, 00:00–23:59)'));
const ClosesSchema = z.string().check(z.regex(CLOSING_TIME, 'should be a time like "17:30" (24-hour clock; "24:00" for midnight)'));

export const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export const CHANNEL_KINDS = ['selfservice', 'phone', 'chat', 'visit', 'library', 'email', 'digital-post', 'video'] as const;
export const FITS = ['best', 'good', 'possible'] as const;

const WeeklySchema = z.strictObject({
  days: z.array(z.enum(DAYS)).check(z.minLength(1, 'needs at least one day, like ["mo", "tu"]')),
  opens: OpensSchema,
  closes: ClosesSchema,
});

const ExceptionSchema = z.strictObject({
  date: DateSchema,
  closed: z.optional(z.literal(true)),
  opens: z.optional(OpensSchema),
  closes: z.optional(ClosesSchema),
  label: z.optional(LocalizedTextSchema),
});

export const HoursSchema = z.strictObject({
  weekly: z.optional(z.array(WeeklySchema)),
  exceptions: z.optional(z.array(ExceptionSchema)),
  holidays: z.optional(z.enum(['dk', 'none'])),
});

export const ChannelSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(CHANNEL_KINDS),
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  href: z.optional(WebHrefSchema),
  phone: z.optional(z.string().check(z.regex(PHONE, 'should be a phone number like "+45 33 66 33 66"'))),
  email: z.optional(PlainEmailSchema),
  address: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
  bookingService: z.optional(IdSchema),
  /** The booking location this channel is (a counter or library), so "Book tid" skips the place step. */
  bookingLocation: z.optional(IdSchema),
  hours: z.optional(HoursSchema),
});

export const TaskChannelSchema = z.strictObject({
  channel: IdSchema,
  fit: z.enum(FITS),
  note: z.optional(LocalizedTextSchema),
});

export const TaskSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  channels: z.array(TaskChannelSchema).check(z.minLength(1, 'needs at least one channel')),
});

export const ChannelsSchema = z.strictObject({
  $schema: z.optional(z.string()),
  channels: z.array(ChannelSchema).check(z.minLength(1, 'needs at least one channel')),
  tasks: z.optional(z.array(TaskSchema)),
});

export type ChannelsContent = z.infer<typeof ChannelsSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type Hours = z.infer<typeof HoursSchema>;
export type WeeklyHours = z.infer<typeof WeeklySchema>;
export type HoursException = z.infer<typeof ExceptionSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type TaskChannel = z.infer<typeof TaskChannelSchema>;
export type Fit = (typeof FITS)[number];
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export type Day = (typeof DAYS)[number];

/** The field a citizen uses to reach each kind of channel; without it the channel leads nowhere. */
const CONTACT_FIELD: Record<ChannelKind, 'href' | 'phone' | 'email' | 'address'> = {
  selfservice: 'href',
  chat: 'href',
  'digital-post': 'href',
  video: 'href',
  phone: 'phone',
  email: 'email',
  visit: 'address',
  library: 'address',
};

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
function crossCheck(content: ChannelsContent): Problem[] {
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

/** Validates channels content: the zod shape first, then the cross-checks. Never throws. */
export function validateChannels(input: unknown): Validated<ChannelsContent> {
  const result = validate(ChannelsSchema, input);
  if (!result.ok) return result;
  const problems = crossCheck(result.value);
  return problems.length > 0 ? { ok: false, problems } : result;
}

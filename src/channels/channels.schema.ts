// The channels content format (<borger-channels>): ways to get help, their opening hours, and which
// channels suit which task. zod checks the shape; `crossCheck` checks what one field cannot see alone.
import * as z from 'zod/mini';
import { PlainEmailSchema, WebHrefSchema } from '../core/href.schema.js';
import { LocalizedTextSchema } from '../core/localized.schema.js';
import { type Validated, validate } from '../core/validation.js';
import { crossCheckChannels } from './channels.problems.js';
import { isRealDateWhenWellFormed } from './channels.rules.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const CLOSING_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const PHONE = /^\+?\d[\d -]*\d$/;

const IdSchema = z.string().check(z.regex(ID, 'should be an id of letters, digits and dashes, like "borgerservice"'));

const DateSchema = z.string().check(
  z.regex(DATE, 'should be a date like "2026-12-24"'),
  // Only when the form is right, so a bad value gets one message, not two.
  z.refine(isRealDateWhenWellFormed, 'is not a real date (check month and day)'),
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

/**
 * A channel's text for some tasks only ("Til pas og kørekort skal du bestille tid først."): shown with
 * the channel when the citizen's task is one of `tasks`, never on another task (issue 9, point 10).
 * A text for every task is the channel's `description`; a text for one task can also be that task's `note`.
 */
export const ChannelNoteSchema = z.strictObject({
  text: LocalizedTextSchema,
  tasks: z.array(IdSchema).check(z.minLength(1, 'needs at least one task id; a text for every task belongs in "description"')),
});

export const ChannelSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(CHANNEL_KINDS),
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  notes: z.optional(z.array(ChannelNoteSchema)),
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
export type ChannelNote = z.infer<typeof ChannelNoteSchema>;
export type Fit = (typeof FITS)[number];
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export type Day = (typeof DAYS)[number];

/** Validates channels content: the zod shape first, then the cross-checks. Never throws. */
export function validateChannels(input: unknown): Validated<ChannelsContent> {
  const result = validate(ChannelsSchema, input);
  if (!result.ok) return result;
  const problems = crossCheckChannels(result.value);
  return problems.length > 0 ? { ok: false, problems } : result;
}

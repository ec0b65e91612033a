// The booking catalogue a booking server is seeded from: the services it offers, and for each location
// its opening hours, counters and services. The reference server (server/seed.ts) seeds from the
// same shape; demo/content/booking-seed.json is its JSON form, so editors can check it with the CLI.
import * as z from 'zod/mini';
import { WEEKDAYS, type Weekday } from '../core/time.js';
import { jsonPath, type Problem, type Validated, validate } from '../core/validation.js';
import { LocationSchema, ServiceSchema } from './booking.schema.js';

// Service and location ids become part of slot ids ("location:service:start"), which the server
// parses with [a-z0-9-]: anything else would make every slot of the service unbookable.
const SEED_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEED_ID_RULE = 'should be an id of lower-case letters a-z, digits and single dashes, like "pas" (it becomes part of slot ids)';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const SeedIdSchema = z.string().check(z.regex(SEED_ID, SEED_ID_RULE));

const TimeSchema = z.string().check(z.regex(TIME, 'should be a time like "09:30" (24-hour clock, 00:00–23:59)'));

export const SeedWeeklyHoursSchema = z.strictObject({
  days: z.array(z.enum(WEEKDAYS as [Weekday, ...Weekday[]])).check(z.minLength(1, 'needs at least one day, like ["mo", "tu"]')),
  opens: TimeSchema,
  /** Earlier than (or equal to) `opens` means past midnight, as in the channels format. */
  closes: TimeSchema,
});

export const ScheduleSchema = z.strictObject({
  /** Counters open at the same time: how many citizens one slot can take. */
  counters: z.int().check(z.gte(1)),
  /** How many days ahead a citizen can book (today is day 0). */
  horizonDays: z.int().check(z.gte(0)),
  hours: z.array(SeedWeeklyHoursSchema),
});

export const SeedServiceSchema = z.extend(ServiceSchema, { id: SeedIdSchema });

export const LocationRecordSchema = z.strictObject({
  location: z.extend(LocationSchema, { id: SeedIdSchema }),
  schedule: ScheduleSchema,
  /** The services booked at this location, by id. */
  serviceIds: z.array(SeedIdSchema),
});

export const BookingSeedSchema = z.strictObject({
  $schema: z.optional(z.string()),
  services: z.array(SeedServiceSchema).check(z.minLength(1, 'needs at least one service')),
  locations: z.array(LocationRecordSchema).check(z.minLength(1, 'needs at least one location')),
});

export type BookingSeed = z.infer<typeof BookingSeedSchema>;
export type SeedLocationRecord = z.infer<typeof LocationRecordSchema>;

/** Ids that must be unique: reports every repeat with the path of the first use. */
function repeatedIds(ids: readonly string[], pathOf: (index: number) => string): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  ids.forEach((id, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else problems.push({ path: pathOf(index), message: `repeats the id "${id}" of ${pathOf(earlier)}` });
  });
  return problems;
}

/** What the shape cannot see: repeated ids, and locations offering services the catalogue lacks. */
function crossCheck(seed: BookingSeed): Problem[] {
  const problems = [
    ...repeatedIds(
      seed.services.map((s) => s.id),
      (i) => jsonPath(['services', i, 'id']),
    ),
    ...repeatedIds(
      seed.locations.map((l) => l.location.id),
      (i) => jsonPath(['locations', i, 'location', 'id']),
    ),
  ];
  const services = new Set(seed.services.map((s) => s.id));
  const known = [...services].map((id) => `"${id}"`).join(', ');
  seed.locations.forEach((record, i) => {
    const named = new Set<string>();
    record.serviceIds.forEach((id, j) => {
      const path = jsonPath(['locations', i, 'serviceIds', j]);
      if (!services.has(id)) problems.push({ path, message: `names the service "${id}", which is not in "services" (known: ${known})` });
      else if (named.has(id)) problems.push({ path, message: `names the service "${id}" twice for this location` });
      named.add(id);
    });
  });
  return problems;
}

/** Validates a booking catalogue: the shape first, then the ids. Never throws. */
export function validateBookingSeed(input: unknown): Validated<BookingSeed> {
  const result = validate(BookingSeedSchema, input);
  if (!result.ok) return result;
  const problems = crossCheck(result.value);
  return problems.length > 0 ? { ok: false, problems } : result;
}

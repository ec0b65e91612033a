// The booking API contract (DESIGN.md, "Booking API") as zod/mini schemas.
// Shared by the reference server (it validates requests and its own answers in tests) and the
// browser's HTTP provider (it validates every answer before the widget uses it).
import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../core/localized.schema.js';
import { hasContact, hasLetterUnlessBlankOrCpr, hasNoControls, isNotBlank, isNotCpr, isPhoneNumber } from './booking.rules.js';

/** A calendar date `YYYY-MM-DD` (Copenhagen), as used in `GET /slots?from=…&to=…`. */
export type { IsoDate } from '../core/time.js';
export { looksLikeCpr, normalisePhone } from './booking.rules.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// Date-time with an explicit offset, so a time never depends on the reader's own time zone.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const IsoDateSchema = z.string().check(z.regex(ISO_DATE, 'should be a date like "2026-03-02"'));

export const IsoDateTimeSchema = z
  .string()
  .check(z.regex(ISO_DATE_TIME, 'should be a date and time with offset like "2026-03-02T10:00:00+01:00"'));

const IdSchema = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'is too long'));

const CountSchema = z.int().check(z.gte(0));

export const ServiceSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  durationMinutes: z.int().check(z.gte(1)),
  bring: z.optional(z.array(LocalizedTextSchema)),
  description: z.optional(LocalizedTextSchema),
});

export const LocationKindSchema = z.enum(['borgerservice', 'library', 'other']);

export const LocationSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  kind: LocationKindSchema,
  address: z.string().check(z.minLength(1, 'must not be empty')),
  accessibility: z.optional(LocalizedTextSchema),
});

export const SlotSchema = z.strictObject({
  id: IdSchema,
  serviceId: IdSchema,
  locationId: IdSchema,
  start: IsoDateTimeSchema,
  end: IsoDateTimeSchema,
  remaining: CountSchema,
});

export const BookingStatusSchema = z.enum(['confirmed', 'cancelled']);

export const BookingSchema = z.strictObject({
  id: IdSchema,
  code: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(32, 'is too long')),
  serviceId: IdSchema,
  locationId: IdSchema,
  start: IsoDateTimeSchema,
  end: IsoDateTimeSchema,
  status: BookingStatusSchema,
});

// ---- Request bodies ------------------------------------------------------------------------

export const CitizenNameSchema = z.string().check(
  z.refine(isNotBlank, 'must not be empty'),
  // Control characters (line breaks, NUL …) have no place in a name and would reach mail headers.
  z.refine(hasNoControls, 'must not contain control characters such as line breaks'),
  z.maxLength(100, 'is too long (at most 100 characters)'),
  z.refine(isNotCpr, 'looks like a CPR number; a booking needs only your name, never your CPR number'),
  z.refine(hasLetterUnlessBlankOrCpr, 'must contain letters'),
);

export const EmailSchema = z
  .string()
  .check(
    z.maxLength(254, 'is too long'),
    z.regex(EMAIL, 'should be an e-mail address like "navn@example.dk"'),
    z.refine(isNotCpr, 'looks like it holds a CPR number; a booking never needs your CPR number'),
  );

export const PhoneSchema = z
  .string()
  .check(
    z.maxLength(32, 'is too long'),
    z.refine(isPhoneNumber, 'should be a Danish phone number of 8 digits (optionally +45), or an international number starting with +'),
  );

export const CreateBookingBodySchema = z
  .strictObject({
    slotId: IdSchema,
    name: CitizenNameSchema,
    email: z.optional(EmailSchema),
    phone: z.optional(PhoneSchema),
    lang: z.optional(
      z
        .string()
        .check(
          z.maxLength(35, 'is too long'),
          z.regex(LANGUAGE_TAG, 'is not a language code like "da" or "en"'),
          z.refine(isNotCpr, 'looks like it holds a CPR number'),
        ),
    ),
  })
  .check(
    z.refine(hasContact, {
      message: 'give an e-mail address or a phone number, so we can reach you about the booking',
      path: ['email'],
    }),
  );

export const RescheduleBodySchema = z.strictObject({ slotId: IdSchema });

// ---- Response envelopes --------------------------------------------------------------------

export const ServicesResponseSchema = z.strictObject({ services: z.array(ServiceSchema) });
export const LocationsResponseSchema = z.strictObject({ locations: z.array(LocationSchema) });
export const SlotsResponseSchema = z.strictObject({ slots: z.array(SlotSchema) });
export const CreatedBookingResponseSchema = z.strictObject({
  booking: BookingSchema,
  token: z.string().check(z.minLength(16, 'is too short for a secret token'), z.maxLength(512, 'is too long')),
});
export const BookingResponseSchema = z.strictObject({ booking: BookingSchema });

export const ApiErrorCodeSchema = z.enum(['slot_taken', 'invalid', 'not_found', 'rate_limited', 'internal']);

export const ErrorBodySchema = z.strictObject({
  error: z.strictObject({
    code: ApiErrorCodeSchema,
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
  }),
});

export type Service = z.infer<typeof ServiceSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type LocationKind = z.infer<typeof LocationKindSchema>;
export type Slot = z.infer<typeof SlotSchema>;
export type Booking = z.infer<typeof BookingSchema>;
export type BookingStatus = z.infer<typeof BookingStatusSchema>;
export type CreateBookingBody = z.infer<typeof CreateBookingBodySchema>;
export type RescheduleBody = z.infer<typeof RescheduleBodySchema>;
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
export type CreatedBookingResponse = z.infer<typeof CreatedBookingResponseSchema>;

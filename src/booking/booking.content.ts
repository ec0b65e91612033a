// The optional content of <borger-booking>: a short privacy text, a phone line offered when
// something fails, and which services to offer. Everything else comes from the booking API.
import * as z from 'zod/mini';
import type { LocalizedText } from '../core/localized.js';
import { LocalizedTextSchema } from '../core/localized.schema.js';
import { type Validated, validate } from '../core/validation.js';
import { allDifferent, isShortPrivacyText, isShortText, PRIVACY_MAX, SHORT_MAX } from './booking.rules.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const PHONE = /^\+?\d[\d -]*\d$/;

/** LocalizedText with at most `max` characters in every language (`within` says whether it has). */
function limited(within: (text: LocalizedText) => boolean, message: string) {
  return LocalizedTextSchema.check(z.refine(within, message));
}

export const BookingPhoneSchema = z.strictObject({
  phone: z.string().check(z.regex(PHONE, 'should be a phone number like "+45 33 66 33 66"')),
  /** e.g. "Ring til Borgerservice". */
  label: z.optional(limited(isShortText, `is too long (at most ${SHORT_MAX} characters): keep it to a few words`)),
  /** e.g. "Hverdage kl. 9–14". */
  hours: z.optional(limited(isShortText, `is too long (at most ${SHORT_MAX} characters), like "Hverdage kl. 9–14"`)),
});

export const BookingContentSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** Shown on the details step, next to the form. Short: a link to the full policy belongs in the page. */
  privacy: z.optional(
    limited(isShortPrivacyText, `is too long (at most ${PRIVACY_MAX} characters): keep it short and link to the full policy from the page`),
  ),
  /**
   * The booking system sends a confirmation with the manage link to the citizen's e-mail. Only then
   * does the widget say so; without it (the default) the confirmation says the link on the screen is
   * the only copy. Set it when your booking server is configured to send e-mail.
   */
  confirmationEmail: z.optional(z.boolean()),
  /** Offered to the citizen whenever the booking system cannot be reached. */
  phone: z.optional(BookingPhoneSchema),
  /** Service ids to offer, in this order; default: every service the API offers. */
  services: z.optional(
    z
      .array(z.string().check(z.regex(ID, 'should be a service id like "pas"')))
      .check(
        z.minLength(1, 'needs at least one service id; leave "services" out to offer every service'),
        z.refine(allDifferent, 'names a service twice'),
      ),
  ),
});

export type BookingContent = z.infer<typeof BookingContentSchema>;
export type BookingPhone = z.infer<typeof BookingPhoneSchema>;

/** Validates booking content; never throws. */
export function validateBookingContent(input: unknown): Validated<BookingContent> {
  return validate(BookingContentSchema, input);
}

// Which mails a booking event queues: a booking → confirmation (+ reminder); a move → "moved"
// (+ a reminder for the new time); a cancel → "cancelled". Only when the citizen gave an e-mail
// address. The storage writes them in the event's own transaction.
import type { Booking, Location, Service } from '../../src/booking/booking.schema.js';
import type { PersonalData } from '../storage.js';
import type { NewMail } from './outbox.js';
import { renderMail } from './render.js';

const HOUR_MS = 3_600_000;

/** The mail settings the routes need (MAIL_* and REMINDER_HOURS; config.ts). */
export interface MailSettings {
  /** Hours before the appointment the reminder goes out; 0 = none. */
  reminderHours: number;
  /** The page with the booking widget; the manage link is this page with `#booking=ID&token=T`. */
  bookingPageUrl?: string;
  /** Called after mails were queued (the worker then looks at once instead of at its next round). */
  queued?: () => void;
}

export interface BookingEvent {
  kind: 'confirmation' | 'rescheduled' | 'cancelled';
  service: Service | undefined;
  location: Location | undefined;
  personalData: PersonalData | undefined;
  /** The manage token (known at creation, and from the request's Authorization on a move). */
  token?: string;
  nowMs: number;
}

/** The mails for `event` about `booking` (as the transaction wrote it: with its code, new time …). */
export function mailsFor(event: BookingEvent, booking: Booking, settings: MailSettings): NewMail[] {
  const to = event.personalData?.email;
  if (!to) return [];
  const startMs = Date.parse(booking.start);
  const endMs = Date.parse(booking.end);
  const base = { bookingId: booking.id, endMs, createdMs: event.nowMs };
  const content = renderMail({
    kind: event.kind,
    booking,
    service: event.service,
    location: event.location,
    to,
    lang: event.personalData?.lang,
    ...(settings.bookingPageUrl === undefined ? {} : { bookingPageUrl: settings.bookingPageUrl }),
    ...(event.token === undefined || event.kind === 'cancelled' ? {} : { token: event.token }),
    now: new Date(event.nowMs),
  });
  const mails: NewMail[] = [{ ...base, kind: event.kind, dueMs: event.nowMs, content }];
  const reminderMs = startMs - settings.reminderHours * HOUR_MS;
  // No reminder when the confirmation itself comes that close to the appointment.
  if (event.kind !== 'cancelled' && settings.reminderHours > 0 && reminderMs > event.nowMs) {
    mails.push({ ...base, kind: 'reminder', dueMs: reminderMs });
  }
  return mails;
}

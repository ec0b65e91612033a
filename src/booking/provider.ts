// The seam between <borger-booking> and a booking system. The HTTP provider speaks the reference
// API; a municipality with another system implements this interface instead.
import type { Problem } from '../core/problems.js';
import type { Booking, CreateBookingBody, IsoDate, Location, Service, Slot } from './booking.schema.js';

export type BookingErrorCode =
  /** The slot filled up (or is no longer bookable): choose another time. */
  | 'slot_taken'
  /** The request was refused as invalid; `fields` says which field and why. */
  | 'invalid'
  /** Unknown booking, service or location, or a wrong token (the two look the same on purpose). */
  | 'not_found'
  | 'rate_limited'
  /** The booking system failed on its side. */
  | 'internal'
  /** No answer reached us (offline, DNS, CORS refused). */
  | 'network'
  | 'timeout'
  /** The answer broke the contract (not JSON, or the wrong shape); see `problems`. */
  | 'bad_response'
  /** The caller aborted through its own AbortSignal. */
  | 'aborted';

export interface BookingErrorOptions {
  fields?: Record<string, string>;
  status?: number;
  problems?: Problem[];
  cause?: unknown;
}

export class BookingError extends Error {
  override readonly name = 'BookingError';
  readonly code: BookingErrorCode;
  /** Field → message, for `invalid`. */
  readonly fields?: Record<string, string>;
  /** The HTTP status, when there was an answer. */
  readonly status?: number;
  /** Contract problems with their JSON paths, for `bad_response`. */
  readonly problems?: Problem[];

  constructor(code: BookingErrorCode, message: string, options: BookingErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.fields) this.fields = options.fields;
    if (options.status !== undefined) this.status = options.status;
    if (options.problems) this.problems = options.problems;
  }
}

export function isBookingError(error: unknown): error is BookingError {
  return error instanceof BookingError;
}

export interface CreatedBooking {
  booking: Booking;
  /** The secret that manages this booking; returned once, never again. */
  token: string;
}

/** Every method rejects with a `BookingError` only. */
export interface BookingProvider {
  services(signal?: AbortSignal): Promise<Service[]>;
  locations(serviceId: string, signal?: AbortSignal): Promise<Location[]>;
  /** Slots from `from` to `to`, both Copenhagen dates, inclusive. */
  slots(serviceId: string, locationId: string, from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<Slot[]>;
  /** `idempotencyKey`: the same key for retries of the same submission, a new one for a new submission. */
  create(body: CreateBookingBody, idempotencyKey: string, signal?: AbortSignal): Promise<CreatedBooking>;
  get(id: string, token: string, signal?: AbortSignal): Promise<Booking>;
  reschedule(id: string, token: string, slotId: string, signal?: AbortSignal): Promise<Booking>;
  cancel(id: string, token: string, signal?: AbortSignal): Promise<void>;
}

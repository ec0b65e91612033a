// What the routes need from a database. SQLite implements it here; a PostgreSQL version
// implements the same methods (each mutating method is one transaction) without touching routes.
import type { Booking, Location, Service } from '../src/booking/booking.schema.js';
import type { CitizenHashes } from './citizen-cap.js';
import type { IdempotencyRecord } from './idempotency.js';
import type { Interval, Schedule } from './slots.js';

export interface LocationRecord {
  location: Location;
  schedule: Schedule;
  /** The services booked at this location, in catalogue order. */
  serviceIds: string[];
}

export interface Catalogue {
  services: Service[];
  locations: LocationRecord[];
}

export interface PersonalData {
  name: string;
  email?: string;
  phone?: string;
  lang?: string;
}

export interface BookingRecord {
  booking: Booking;
  tokenHash: Buffer;
  startMs: number;
  endMs: number;
  /** Absent once cancelled or erased by the retention job. */
  personalData?: PersonalData;
}

/** A booking time, as epoch ms (for maths) and as the ISO text the API returns. */
export interface BookedTime extends Interval {
  locationId: string;
  startIso: string;
  endIso: string;
}

export interface NewBooking {
  id: string;
  serviceId: string;
  time: BookedTime;
  personalData: PersonalData;
  tokenHash: Buffer;
  createdAtMs: number;
}

export type BookingDecision = { kind: 'created'; booking: Booking } | { kind: 'slot_taken' } | { kind: 'citizen_limit'; limit: number };

export interface CreateBookingInput {
  booking: NewBooking;
  /** Capacity of the slot: the location's counters. */
  counters: number;
  /** Makes a fresh booking code; called again if the code is in use. */
  newCode: () => string;
  idempotencyKeyHash: Buffer;
  /** Turns the decision into the record stored under the key, in the same transaction. */
  recordAnswer: (decision: BookingDecision) => IdempotencyRecord;
  /**
   * The per-citizen cap (citizen-cap.ts): stored with the booking, and checked in the same
   * transaction: if bookings ending after `nowMs` with the same e-mail hash or phone hash number
   * `limit` or more, the decision is `citizen_limit`. `limit` 0 = no cap.
   */
  citizen?: { hashes: CitizenHashes; limit: number; nowMs: number };
}

export type CreateBookingResult =
  /** This request decided; the answer is what `recordAnswer` was given. */
  | { kind: 'decided'; decision: BookingDecision }
  /** The key was used before (maybe by a concurrent request): answer from its record. */
  | { kind: 'existing'; record: IdempotencyRecord };

export type MoveResult = { kind: 'moved'; booking: Booking } | { kind: 'slot_taken' } | { kind: 'not_found' } | { kind: 'cancelled' };

export interface BookingStorage {
  /** Adds or updates services and locations by id (bookings are never touched). */
  saveCatalogue(catalogue: Catalogue): Promise<void>;
  services(): Promise<Service[]>;
  service(id: string): Promise<Service | undefined>;
  /** All locations, or those that offer `serviceId`. */
  locations(serviceId?: string): Promise<LocationRecord[]>;
  location(id: string): Promise<LocationRecord | undefined>;

  /** Confirmed bookings at a location that overlap [fromMs, toMs). */
  bookedIntervals(locationId: string, fromMs: number, toMs: number): Promise<Interval[]>;

  idempotencyRecord(keyHash: Buffer): Promise<IdempotencyRecord | undefined>;
  /**
   * One transaction that takes the write lock first: look up the key, check capacity against
   * confirmed bookings, insert, store the answer. Capacity can never be exceeded, whatever runs
   * at the same time.
   */
  createBooking(input: CreateBookingInput): Promise<CreateBookingResult>;

  findBooking(id: string): Promise<BookingRecord | undefined>;
  /** Moves a confirmed booking (capacity checked as for a new one, not counting itself). */
  moveBooking(id: string, serviceId: string, time: BookedTime, counters: number): Promise<MoveResult>;
  /** Marks the booking cancelled and erases its personal data; undefined if unknown. */
  cancelBooking(id: string, nowMs: number): Promise<Booking | undefined>;

  /** Erases name, e-mail and phone of bookings whose appointment ended before `endedBeforeMs`. */
  erasePersonalData(endedBeforeMs: number, nowMs: number): Promise<number>;
  /** Deletes idempotency records created before `createdBeforeMs`. */
  forgetIdempotencyKeys(createdBeforeMs: number): Promise<number>;

  /** The secret stored under `name`, made with `make` (once, whatever runs at the same time) if there is none. */
  secret(name: string, make: () => Buffer): Promise<Buffer>;

  /** Resolves when the database answers a trivial query (GET /readyz). */
  ping(): Promise<void>;

  close(): Promise<void>;
}

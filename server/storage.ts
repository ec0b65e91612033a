// What the routes need from a database. SQLite implements it here; a PostgreSQL version
// implements the same methods (each mutating method is one transaction) without touching routes.
import type { Booking, Location, Service } from '../src/booking/booking.schema.js';
import type { CitizenHashes } from './citizen-cap.js';
import type { IdempotencyRecord } from './idempotency.js';
import type { MailOutcome, NewMail, OutboxMail } from './mail/outbox.js';
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
  /** Mails to queue when the booking is created (same transaction), given the booking with its code. */
  mails?: (booking: Booking) => NewMail[];
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

  /**
   * A number that grows whenever anything GET /slots shows for `locationId` may have changed: a
   * confirmed booking there made, moved, cancelled or deleted, or the catalogue saved. It must
   * hold across processes (every server reads the database's value, not its own), and be read
   * in one cheap query: it is asked on every GET /slots. Optional: a storage without it gets no
   * answer cache (slots-cache.ts).
   */
  calendarVersion?(locationId: string): Promise<number>;

  idempotencyRecord(keyHash: Buffer): Promise<IdempotencyRecord | undefined>;
  /**
   * One transaction that takes the write lock first: look up the key, check capacity against
   * confirmed bookings, insert, store the answer. Capacity can never be exceeded, whatever runs
   * at the same time.
   */
  createBooking(input: CreateBookingInput): Promise<CreateBookingResult>;

  findBooking(id: string): Promise<BookingRecord | undefined>;
  /**
   * Moves a confirmed booking (capacity checked as for a new one, not counting itself). When moved,
   * in the same transaction: the booking's pending reminders are withdrawn, its outbox rows take the
   * new end, and `mails(movedBooking)` are queued.
   */
  moveBooking(
    id: string,
    serviceId: string,
    time: BookedTime,
    counters: number,
    mails?: (booking: Booking) => NewMail[],
  ): Promise<MoveResult>;
  /**
   * Marks the booking cancelled and erases its personal data; undefined if unknown. In the same
   * transaction: its pending mails are withdrawn, the content of its other outbox rows (not one being
   * sent) is erased, and `mails(cancelledBooking)` are queued.
   */
  cancelBooking(id: string, nowMs: number, mails?: (booking: Booking) => NewMail[]): Promise<Booking | undefined>;

  /**
   * Erases name, e-mail and phone of bookings whose appointment ended before `endedBeforeMs`, and
   * deletes their outbox rows (which may hold the address and the texts).
   */
  erasePersonalData(endedBeforeMs: number, nowMs: number): Promise<number>;
  /** Deletes idempotency records created before `createdBeforeMs`. */
  forgetIdempotencyKeys(createdBeforeMs: number): Promise<number>;

  /**
   * Claims up to `limit` outbox rows that are due at `nowMs` (pending, or sending with a lapsed
   * lease), oldest first: each becomes `sending` with a lease until `nowMs + leaseMs`, and its
   * `attempts` goes up by one. Two workers (also in two processes) never claim the same row.
   */
  claimMails(nowMs: number, limit: number, leaseMs: number): Promise<OutboxMail[]>;
  /**
   * Records what became of a claimed row. Only the claim that holds it counts: `attempt` must equal
   * the row's `attempts` and the row must still be `sending`; false otherwise (a lapsed lease that
   * another worker took over). `sent`, `failed` and `dropped` erase the row's address and texts.
   */
  finishMail(id: number, attempt: number, outcome: MailOutcome, nowMs: number): Promise<boolean>;
  /** The newest outbox rows, newest first (the demo's page of mails; tests). */
  mailOutbox(limit: number): Promise<OutboxMail[]>;

  /** The secret stored under `name`, made with `make` (once, whatever runs at the same time) if there is none. */
  secret(name: string, make: () => Buffer): Promise<Buffer>;

  /** Resolves when the database answers a trivial query (GET /readyz). */
  ping(): Promise<void>;

  close(): Promise<void>;
}

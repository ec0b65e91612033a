// The booking API's answers checked on the way in: the compact check (booking.check.ts; for the
// answers only the later steps receive booking.later-check.ts, loaded with them) accepts a
// good answer without the schema engine; the zod schemas (booking.schema.ts) are loaded only to say
// what is wrong with a bad one.
import type * as z from 'zod/mini';
import { accepted, arr, type Check, copyData } from '../core/compact-check.js';
import type { Validated } from '../core/problems.js';
import { acceptsLocation, acceptsLocationsResponse, acceptsService, acceptsServicesResponse } from './booking.check.js';
import type { Booking, CreatedBookingResponse, Location, Service, Slot } from './booking.schema.js';

type Schemas = typeof import('./booking.schema.js');
type LaterChecks = typeof import('./booking.later-check.js');

/** One shape of the contract: its compact check (or where to load it), and how to find its zod schema once loaded. */
export interface Contract<T> {
  accepts: () => Check | Promise<Check>;
  schema: (schemas: Schemas) => z.ZodMiniType<T>;
}

/** A shape the first step receives: its check is in the first download. */
const first = <T>(accepts: Check, schema: (schemas: Schemas) => z.ZodMiniType<T>): Contract<T> => ({ accepts: () => accepts, schema });

/**
 * A shape only the later and manage steps receive (months of times, a booking made, moved or looked
 * up): its check comes with its first answer (booking.later-check.ts), not in the first download.
 */
const later = <T>(pick: (checks: LaterChecks) => Check, schema: (schemas: Schemas) => z.ZodMiniType<T>): Contract<T> => ({
  accepts: async () => pick(await import('./booking.later-check.js')),
  schema,
});

/** The answers of the HTTP API (DESIGN.md, "Booking API"), and the values a BookingProvider returns. */
export const CONTRACTS = {
  servicesResponse: first<{ services: Service[] }>(acceptsServicesResponse, (s) => s.ServicesResponseSchema),
  locationsResponse: first<{ locations: Location[] }>(acceptsLocationsResponse, (s) => s.LocationsResponseSchema),
  slotsResponse: later<{ slots: Slot[] }>(
    (c) => c.acceptsSlotsResponse,
    (s) => s.SlotsResponseSchema,
  ),
  createdBookingResponse: later<CreatedBookingResponse>(
    (c) => c.acceptsCreatedBookingResponse,
    (s) => s.CreatedBookingResponseSchema,
  ),
  bookingResponse: later<{ booking: Booking }>(
    (c) => c.acceptsBookingResponse,
    (s) => s.BookingResponseSchema,
  ),
  services: first<Service[]>(arr(acceptsService), (s) => s.ServicesResponseSchema.shape.services),
  locations: first<Location[]>(arr(acceptsLocation), (s) => s.LocationsResponseSchema.shape.locations),
  slots: later<Slot[]>(
    (c) => arr(c.acceptsSlot),
    (s) => s.SlotsResponseSchema.shape.slots,
  ),
  booking: later<Booking>(
    (c) => c.acceptsBooking,
    (s) => s.BookingSchema,
  ),
};

/**
 * `value` checked against `contract`: a copy of it when the compact check accepts it, else what zod
 * says (loading the schemas). Never throws unless the later checks or the schemas cannot be loaded.
 */
export async function checkContract<T>(contract: Contract<T>, value: unknown): Promise<Validated<T>> {
  if (accepted(await contract.accepts(), value)) return { ok: true, value: copyData(value) as T };
  // The schemas and the validator in one chunk (booking.contract-explain.ts): one download, only for a bad answer.
  return (await import('./booking.contract-explain.js')).explainContract(contract, value);
}

// The booking API's answers checked on the way in: the compact check (booking.check.ts) accepts a
// good answer without the schema engine; the zod schemas (booking.schema.ts) are loaded only to say
// what is wrong with a bad one.
import type * as z from 'zod/mini';
import { accepted, arr, type Check, copyData } from '../core/compact-check.js';
import type { Validated } from '../core/problems.js';
import {
  acceptsBooking,
  acceptsBookingResponse,
  acceptsCreatedBookingResponse,
  acceptsLocation,
  acceptsLocationsResponse,
  acceptsService,
  acceptsServicesResponse,
  acceptsSlot,
  acceptsSlotsResponse,
} from './booking.check.js';
import type { Booking, CreatedBookingResponse, Location, Service, Slot } from './booking.schema.js';

type Schemas = typeof import('./booking.schema.js');

/** One shape of the contract: its compact check, and how to find its zod schema once loaded. */
export interface Contract<T> {
  accepts: Check;
  schema: (schemas: Schemas) => z.ZodMiniType<T>;
}

const contract = <T>(accepts: Check, schema: (schemas: Schemas) => z.ZodMiniType<T>): Contract<T> => ({ accepts, schema });

/** The answers of the HTTP API (DESIGN.md, "Booking API"), and the values a BookingProvider returns. */
export const CONTRACTS = {
  servicesResponse: contract<{ services: Service[] }>(acceptsServicesResponse, (s) => s.ServicesResponseSchema),
  locationsResponse: contract<{ locations: Location[] }>(acceptsLocationsResponse, (s) => s.LocationsResponseSchema),
  slotsResponse: contract<{ slots: Slot[] }>(acceptsSlotsResponse, (s) => s.SlotsResponseSchema),
  createdBookingResponse: contract<CreatedBookingResponse>(acceptsCreatedBookingResponse, (s) => s.CreatedBookingResponseSchema),
  bookingResponse: contract<{ booking: Booking }>(acceptsBookingResponse, (s) => s.BookingResponseSchema),
  services: contract<Service[]>(arr(acceptsService), (s) => s.ServicesResponseSchema.shape.services),
  locations: contract<Location[]>(arr(acceptsLocation), (s) => s.LocationsResponseSchema.shape.locations),
  slots: contract<Slot[]>(arr(acceptsSlot), (s) => s.SlotsResponseSchema.shape.slots),
  booking: contract<Booking>(acceptsBooking, (s) => s.BookingSchema),
};

/**
 * `value` checked against `contract`: a copy of it when the compact check accepts it, else what zod
 * says (loading the schemas). Never throws unless the schemas cannot be loaded.
 */
export async function checkContract<T>(contract: Contract<T>, value: unknown): Promise<Validated<T>> {
  if (accepted(contract.accepts, value)) return { ok: true, value: copyData(value) as T };
  // The schemas and the validator in one chunk (booking.contract-explain.ts): one download, only for a bad answer.
  return (await import('./booking.contract-explain.js')).explainContract(contract, value);
}

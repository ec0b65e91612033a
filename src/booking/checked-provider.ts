// Any BookingProvider a page hands the element, held to the contract: every answer is checked
// against the API's schemas before the widget renders it, and anything thrown that is not a
// BookingError becomes one. An answer that breaks the contract is an error, never shown.
import type { Problem } from '../core/problems.js';
import { CONTRACTS, type Contract, checkContract } from './booking.contract.js';
import type { Booking, Location, Service, Slot } from './booking.schema.js';
import { BookingError, type BookingProvider, type CreatedBooking, isBookingError } from './provider.js';

function badResponse(what: string, problems: Problem[]): BookingError {
  const listed = problems.map((p) => `${p.path} ${p.message}`).join('; ');
  return new BookingError('bad_response', `${what}: the answer does not match the booking API contract: ${listed}`, { problems });
}

/** Runs a provider call; failures that are not BookingErrors are named for what they are. */
async function call<T>(what: string, signal: AbortSignal | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isBookingError(error)) throw error;
    if (signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')) {
      throw new BookingError('aborted', `${what} was aborted.`, { cause: error });
    }
    throw new BookingError(
      'internal',
      `${what} failed in the booking provider: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

export class CheckedBookingProvider implements BookingProvider {
  readonly inner: BookingProvider;
  /** `inner` holds its answers to the contract itself (the element's own HttpBookingProvider): they are not checked twice. */
  private readonly innerChecks: boolean;

  /**
   * @param innerChecks - true only for a provider that checks its answers against CONTRACTS itself
   *   (HttpBookingProvider, whose messages carry the HTTP status); the checks the contract cannot
   *   make (slots for the service and place asked for, the booking asked for) are made all the same.
   */
  constructor(inner: BookingProvider, innerChecks = false) {
    this.inner = inner;
    this.innerChecks = innerChecks;
  }

  /** `value` held to `contract`, unless `inner` checks its answers itself. */
  private async checked<T>(what: string, contract: Contract<T>, value: unknown): Promise<T> {
    if (this.innerChecks) return value as T;
    const result = await checkContract(contract, value);
    if (!result.ok) throw badResponse(what, result.problems);
    return result.value;
  }

  async services(signal?: AbortSignal): Promise<Service[]> {
    return this.checked('services()', CONTRACTS.services, await call('services()', signal, () => this.inner.services(signal)));
  }

  async locations(serviceId: string, signal?: AbortSignal): Promise<Location[]> {
    return this.checked(
      'locations()',
      CONTRACTS.locations,
      await call('locations()', signal, () => this.inner.locations(serviceId, signal)),
    );
  }

  async slots(serviceId: string, locationId: string, from: string, to: string, signal?: AbortSignal): Promise<Slot[]> {
    const what = 'slots()';
    const slots = await this.checked(
      what,
      CONTRACTS.slots,
      await call(what, signal, () => this.inner.slots(serviceId, locationId, from, to, signal)),
    );
    const stray = slots.findIndex((slot) => slot.serviceId !== serviceId || slot.locationId !== locationId);
    if (stray !== -1) {
      throw badResponse(what, [
        {
          path: `$[${stray}]`,
          message: `is for ${slots[stray]!.serviceId} at ${slots[stray]!.locationId}, not ${serviceId} at ${locationId}`,
        },
      ]);
    }
    return slots;
  }

  async create(body: Parameters<BookingProvider['create']>[0], idempotencyKey: string, signal?: AbortSignal): Promise<CreatedBooking> {
    return this.checked(
      'create()',
      CONTRACTS.createdBookingResponse,
      await call('create()', signal, () => this.inner.create(body, idempotencyKey, signal)),
    );
  }

  async get(id: string, token: string, signal?: AbortSignal): Promise<Booking> {
    const booking = await this.checked('get()', CONTRACTS.booking, await call('get()', signal, () => this.inner.get(id, token, signal)));
    if (booking.id !== id)
      throw badResponse('get()', [{ path: '$.id', message: `is "${booking.id}", not the booking asked for ("${id}")` }]);
    return booking;
  }

  async reschedule(id: string, token: string, slotId: string, signal?: AbortSignal): Promise<Booking> {
    return this.checked(
      'reschedule()',
      CONTRACTS.booking,
      await call('reschedule()', signal, () => this.inner.reschedule(id, token, slotId, signal)),
    );
  }

  async cancel(id: string, token: string, signal?: AbortSignal): Promise<void> {
    await call('cancel()', signal, () => this.inner.cancel(id, token, signal));
  }
}

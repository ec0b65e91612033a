// What <borger-booking> has fetched from its provider: services, places, a month of slots at a
// time (booking.later-logic.ts loads those), and the booking being managed. Each entry is loading,
// ready or failed; a load runs under the signal of the step that asked, so leaving the step aborts it
// and forgets it.
import type { Booking, Location, Service, Slot } from './booking.schema.js';
import type { IsoMonth } from './calendar.js';
import { BookingError, type BookingProvider, isBookingError } from './provider.js';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: BookingError };

export class BookingData {
  private provider: BookingProvider | undefined;
  private readonly entries = new Map<string, Loadable<unknown>>();
  private readonly changed: () => void;
  private readonly failed: (error: BookingError) => void;

  /** `changed` runs whenever an entry settles; `failed` when one fails (not when it is aborted). */
  constructor(changed: () => void, failed: (error: BookingError) => void = () => {}) {
    this.changed = changed;
    this.failed = failed;
  }

  /** A different provider means different data: everything is forgotten. */
  use(provider: BookingProvider | undefined): void {
    if (provider === this.provider) return;
    this.provider = provider;
    this.entries.clear();
  }

  services(): Loadable<Service[]> | undefined {
    return this.entries.get('services') as Loadable<Service[]> | undefined;
  }

  locations(serviceId: string): Loadable<Location[]> | undefined {
    return this.entries.get(`locations ${serviceId}`) as Loadable<Location[]> | undefined;
  }

  month(serviceId: string, locationId: string, month: IsoMonth): Loadable<Slot[]> | undefined {
    return this.entries.get(monthKey(serviceId, locationId, month)) as Loadable<Slot[]> | undefined;
  }

  booking(id: string): Loadable<Booking> | undefined {
    return this.entries.get(`booking ${id}`) as Loadable<Booking> | undefined;
  }

  loadServices(signal: AbortSignal): void {
    this.ensure('services', signal, (provider) => provider.services(signal));
  }

  loadLocations(serviceId: string, signal: AbortSignal): void {
    this.ensure(`locations ${serviceId}`, signal, (provider) => provider.locations(serviceId, signal));
  }

  loadBooking(id: string, token: string, signal: AbortSignal): void {
    this.ensure(`booking ${id}`, signal, (provider) => provider.get(id, token, signal));
  }

  /** Known answers of a booking (from the confirmation or a change) need no request. */
  setBooking(booking: Booking): void {
    this.entries.set(`booking ${booking.id}`, { status: 'ready', value: booking });
  }

  /** Slots may have changed (a 409): the month is fetched again when next asked for. */
  forgetMonth(serviceId: string, locationId: string, month: IsoMonth): void {
    this.entries.delete(monthKey(serviceId, locationId, month));
  }

  /** "Prøv igen": failed entries are fetched again when next asked for. */
  forgetErrors(): void {
    for (const [key, entry] of this.entries) if (entry.status === 'error') this.entries.delete(key);
  }

  /**
   * Loads the entry `key` with the provider unless it is there or loading (the later steps' months of
   * free times load through this too, booking.later-logic.ts). Settles it ready or failed; forgets it
   * when `signal` aborts.
   */
  ensure<T>(key: string, signal: AbortSignal, load: (provider: BookingProvider) => Promise<T>): void {
    const provider = this.provider;
    if (!provider || this.entries.has(key) || signal.aborted) return;
    const entry: Loadable<T> = { status: 'loading' };
    this.entries.set(key, entry);
    const settle = (next: Loadable<T> | undefined) => {
      // A newer provider or a retry may have replaced this entry meanwhile.
      if (this.entries.get(key) !== entry) return;
      if (next) this.entries.set(key, next);
      else this.entries.delete(key);
      this.changed();
    };
    load(provider).then(
      (value) => settle(signal.aborted ? undefined : { status: 'ready', value }),
      (error: unknown) => {
        const failure = isBookingError(error) ? error : new BookingError('internal', String(error), { cause: error });
        // An aborted load is no answer: forget it, so the next step that needs it asks again.
        const aborted = signal.aborted || failure.code === 'aborted';
        if (!aborted && this.entries.get(key) === entry) this.failed(failure);
        settle(aborted ? undefined : { status: 'error', error: failure });
      },
    );
  }
}

/** The entry of a month's slots at a place. */
export function monthKey(serviceId: string, locationId: string, month: IsoMonth): string {
  return `slots ${serviceId} ${locationId} ${month}`;
}

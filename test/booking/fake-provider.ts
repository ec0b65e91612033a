// An in-memory BookingProvider for the element's tests: the demo catalogue in small, slots built
// from Copenhagen wall-clock times, bookings with tokens and Idempotency-Key replay, every call
// recorded, and failures queued per method ("the next create fails with a network error").
import type { Booking, CreateBookingBody, Location, Service, Slot } from '../../src/booking/booking.schema.js';
import { BookingError, type BookingProvider, type CreatedBooking } from '../../src/booking/provider.js';
import { type IsoDate, zonedDateTime, zonedParts } from '../../src/core/time.js';

export const NOW = '2026-11-26T09:00:00+01:00';
export const TOKEN = 'tok-4f1c2a9e-secret-token';

export const SERVICES: Service[] = [
  {
    id: 'pas',
    name: { da: 'Pas', en: 'Passport' },
    durationMinutes: 15,
    description: { da: 'Nyt pas til voksne og børn.', en: 'A new passport for adults and children.' },
    bring: [
      { da: 'Dit gamle pas, også hvis det er udløbet.', en: 'Your old passport, even if it has expired.' },
      { da: 'Et printet pasfoto.', en: 'A printed passport photo.' },
    ],
  },
  { id: 'koerekort', name: { da: 'Kørekort', en: 'Driving licence' }, durationMinutes: 15 },
];

export const LOCATIONS: Location[] = [
  {
    id: 'borgerservice-raadhuset',
    name: { da: 'Borgerservice, Rådhuset', en: 'Citizen Service, City Hall' },
    kind: 'borgerservice',
    address: 'Rådhuspladsen 1, 1550 København V',
    accessibility: { da: 'Indgang uden trin fra Rådhuspladsen.', en: 'Step-free entrance from the square.' },
  },
  { id: 'bibliotek-valby', name: { da: 'Valby Bibliotek', en: 'Valby Library' }, kind: 'library', address: 'Annexstræde 2, 2500 Valby' },
];

/** An instant as ISO 8601 with Copenhagen's offset, as the reference API writes it. */
export function copenhagenIso(date: Date): string {
  const p = zonedParts(date);
  const offset = Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - date.getTime()) / 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.isoDate}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
}

/** Slots at Copenhagen wall-clock `times` on each date. */
export function slotsAt(
  serviceId: string,
  locationId: string,
  days: Record<IsoDate, string[]>,
  options: { minutes?: number; remaining?: number } = {},
): Slot[] {
  const minutes = options.minutes ?? 15;
  return Object.entries(days).flatMap(([date, times]) =>
    times.map((time) => {
      const start = zonedDateTime(date, time);
      const startIso = copenhagenIso(start);
      return {
        id: `${locationId}:${serviceId}:${startIso}`,
        serviceId,
        locationId,
        start: startIso,
        end: copenhagenIso(new Date(start.getTime() + minutes * 60_000)),
        remaining: options.remaining ?? 2,
      };
    }),
  );
}

/** The usual calendar: Thursday 26 Nov (morning, afternoon, evening), a full Saturday, December days. */
export function defaultSlots(): Slot[] {
  const places = LOCATIONS.map((l) => l.id);
  return places.flatMap((place) => [
    ...slotsAt('pas', place, { '2026-11-26': ['10:00', '10:15', '13:00', '17:30'], '2026-11-27': ['10:00'] }),
    ...slotsAt('pas', place, { '2026-11-28': ['10:00'] }, { remaining: 0 }),
    ...slotsAt('pas', place, { '2026-12-01': ['10:00', '14:00'], '2026-12-15': ['12:00'] }),
    ...slotsAt('koerekort', place, { '2026-11-30': ['11:00'] }),
  ]);
}

export type Method = keyof BookingProvider;
export type Failure = BookingError | 'hang' | { answer: unknown };

export interface Call {
  method: Method;
  args: unknown[];
  signal: AbortSignal | undefined;
}

const never = (signal?: AbortSignal) =>
  new Promise<never>((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(new BookingError('aborted', 'aborted')), { once: true });
  });

export class FakeBookingProvider implements BookingProvider {
  services_: Service[] = structuredClone(SERVICES);
  locations_: Location[] = structuredClone(LOCATIONS);
  slots_: Slot[] = defaultSlots();
  readonly bookings = new Map<string, { booking: Booking; token: string; body: CreateBookingBody }>();
  readonly calls: Call[] = [];
  private readonly failures = new Map<Method, Failure[]>();
  private readonly replies = new Map<string, CreatedBooking>();
  private nextId = 1;

  /** The next call of `method` fails (or hangs until aborted, or answers `answer` unchecked). */
  failNext(method: Method, failure: Failure): this {
    this.failures.set(method, [...(this.failures.get(method) ?? []), failure]);
    return this;
  }

  callsOf(method: Method): Call[] {
    return this.calls.filter((call) => call.method === method);
  }

  private async run<T>(method: Method, args: unknown[], signal: AbortSignal | undefined, answer: () => T): Promise<T> {
    this.calls.push({ method, args, signal });
    await Promise.resolve();
    if (signal?.aborted) throw new BookingError('aborted', 'aborted');
    const failure = this.failures.get(method)?.shift();
    if (failure === 'hang') return never(signal);
    if (failure instanceof BookingError) throw failure;
    if (failure) return failure.answer as T;
    return answer();
  }

  services(signal?: AbortSignal): Promise<Service[]> {
    return this.run('services', [], signal, () => structuredClone(this.services_));
  }

  locations(serviceId: string, signal?: AbortSignal): Promise<Location[]> {
    return this.run('locations', [serviceId], signal, () => structuredClone(this.locations_));
  }

  slots(serviceId: string, locationId: string, from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<Slot[]> {
    return this.run('slots', [serviceId, locationId, from, to], signal, () =>
      this.slots_.filter((slot) => {
        const date = zonedParts(new Date(slot.start)).isoDate;
        return slot.serviceId === serviceId && slot.locationId === locationId && date >= from && date <= to;
      }),
    );
  }

  create(body: CreateBookingBody, idempotencyKey: string, signal?: AbortSignal): Promise<CreatedBooking> {
    return this.run('create', [body, idempotencyKey], signal, () => {
      const replay = this.replies.get(idempotencyKey);
      if (replay) return structuredClone(replay);
      const slot = this.slots_.find((s) => s.id === body.slotId);
      if (!slot || slot.remaining < 1) throw new BookingError('slot_taken', 'taken', { status: 409 });
      slot.remaining -= 1;
      const id = `bk-${this.nextId++}`;
      const booking: Booking = {
        id,
        code: `K7MX${this.nextId}Q`,
        serviceId: slot.serviceId,
        locationId: slot.locationId,
        start: slot.start,
        end: slot.end,
        status: 'confirmed',
      };
      this.bookings.set(id, { booking, token: TOKEN, body });
      const reply = { booking, token: TOKEN };
      this.replies.set(idempotencyKey, reply);
      return structuredClone(reply);
    });
  }

  private find(id: string, token: string): { booking: Booking } {
    const record = this.bookings.get(id);
    if (!record || record.token !== token) throw new BookingError('not_found', 'not found', { status: 404 });
    return record;
  }

  get(id: string, token: string, signal?: AbortSignal): Promise<Booking> {
    return this.run('get', [id, token], signal, () => structuredClone(this.find(id, token).booking));
  }

  reschedule(id: string, token: string, slotId: string, signal?: AbortSignal): Promise<Booking> {
    return this.run('reschedule', [id, token, slotId], signal, () => {
      const record = this.find(id, token);
      const slot = this.slots_.find((s) => s.id === slotId);
      if (!slot || slot.remaining < 1) throw new BookingError('slot_taken', 'taken', { status: 409 });
      slot.remaining -= 1;
      record.booking = { ...record.booking, start: slot.start, end: slot.end, locationId: slot.locationId };
      return structuredClone(record.booking);
    });
  }

  cancel(id: string, token: string, signal?: AbortSignal): Promise<void> {
    return this.run('cancel', [id, token], signal, () => {
      const record = this.find(id, token);
      record.booking = { ...record.booking, status: 'cancelled' };
    });
  }

  /** A booking made outside the widget (for manage-mode tests). */
  seedBooking(slot: Slot, code = 'M4NG3D'): Booking {
    const booking: Booking = {
      id: `bk-${this.nextId++}`,
      code,
      serviceId: slot.serviceId,
      locationId: slot.locationId,
      start: slot.start,
      end: slot.end,
      status: 'confirmed',
    };
    this.bookings.set(booking.id, { booking, token: TOKEN, body: { slotId: slot.id, name: 'x', email: 'x@example.dk' } });
    return structuredClone(booking);
  }
}

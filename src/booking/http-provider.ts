// BookingProvider over the reference HTTP API. Every answer is checked against the contract's
// schemas before anyone uses it; every failure becomes a BookingError with a code the widget can
// explain to the citizen (the raw answer is never shown to anyone).
import { accepted } from '../core/compact-check.js';
import { acceptsErrorBody } from './booking.check.js';
import { CONTRACTS, type Contract, checkContract } from './booking.contract.js';
import type { Booking, CreateBookingBody, ErrorBody, IsoDate, Location, Service, Slot } from './booking.schema.js';
import { BookingError, type BookingErrorCode, type BookingProvider, type CreatedBooking } from './provider.js';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpBookingProviderOptions {
  /** Per request, including reading the answer. Default 10 000 ms. */
  timeoutMs?: number;
  /** Defaults to the global `fetch`; tests and special transports inject their own. */
  fetch?: FetchFunction;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  query?: Record<string, string>;
  body?: unknown;
  token?: string;
  idempotencyKey?: string;
  signal?: AbortSignal | undefined;
}

const STATUS_CODES: Array<[test: (status: number) => boolean, code: BookingErrorCode]> = [
  [(s) => s === 409, 'slot_taken'],
  [(s) => s === 400 || s === 413 || s === 422, 'invalid'],
  [(s) => s === 404 || s === 410, 'not_found'],
  [(s) => s === 429, 'rate_limited'],
  [(s) => s >= 500, 'internal'],
];

/** The code for an error answer whose body did not name one. */
function codeForStatus(status: number): BookingErrorCode {
  return STATUS_CODES.find(([test]) => test(status))?.[1] ?? 'bad_response';
}

export class HttpBookingProvider implements BookingProvider {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  private readonly fetchImpl: FetchFunction;

  constructor(baseUrl: string, options: HttpBookingProviderOptions = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
    // Bound to globalThis: calling an unbound `fetch` throws "Illegal invocation" in browsers.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  async services(signal?: AbortSignal): Promise<Service[]> {
    return (await this.request('/services', CONTRACTS.servicesResponse, { signal })).services;
  }

  async locations(serviceId: string, signal?: AbortSignal): Promise<Location[]> {
    return (await this.request('/locations', CONTRACTS.locationsResponse, { query: { service: serviceId }, signal })).locations;
  }

  async slots(serviceId: string, locationId: string, from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<Slot[]> {
    const query = { service: serviceId, location: locationId, from, to };
    return (await this.request('/slots', CONTRACTS.slotsResponse, { query, signal })).slots;
  }

  create(body: CreateBookingBody, idempotencyKey: string, signal?: AbortSignal): Promise<CreatedBooking> {
    return this.request('/bookings', CONTRACTS.createdBookingResponse, { method: 'POST', body, idempotencyKey, signal });
  }

  async get(id: string, token: string, signal?: AbortSignal): Promise<Booking> {
    return (await this.request(`/bookings/${encodeURIComponent(id)}`, CONTRACTS.bookingResponse, { token, signal })).booking;
  }

  async reschedule(id: string, token: string, slotId: string, signal?: AbortSignal): Promise<Booking> {
    const path = `/bookings/${encodeURIComponent(id)}/reschedule`;
    return (await this.request(path, CONTRACTS.bookingResponse, { method: 'POST', body: { slotId }, token, signal })).booking;
  }

  async cancel(id: string, token: string, signal?: AbortSignal): Promise<void> {
    await this.request(`/bookings/${encodeURIComponent(id)}`, null, { method: 'DELETE', token, signal });
  }

  /** One request: timeout, headers, status mapping and contract check. `schema: null` expects no body. */
  private async request<T>(path: string, schema: Contract<T>, options: RequestOptions): Promise<T>;
  private async request(path: string, schema: null, options: RequestOptions): Promise<undefined>;
  private async request<T>(path: string, schema: Contract<T> | null, options: RequestOptions): Promise<T | undefined> {
    const { signal } = options;
    if (signal?.aborted) throw new BookingError('aborted', 'The request was aborted before it started.');

    // One controller for both reasons to stop: our timeout and the caller's signal.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const forwardAbort = () => controller.abort();
    signal?.addEventListener('abort', forwardAbort, { once: true });

    const method = options.method ?? 'GET';
    const url = this.url(path, options.query);
    const stopped = (error: unknown): BookingError | undefined => {
      if (timedOut) return new BookingError('timeout', `${method} ${path}: no answer within ${this.timeoutMs} ms.`, { cause: error });
      if (signal?.aborted) return new BookingError('aborted', `${method} ${path} was aborted.`, { cause: error });
      return undefined;
    };

    try {
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          method,
          headers: this.headers(options),
          body: options.body === undefined ? null : JSON.stringify(options.body),
          signal: controller.signal,
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch (error) {
        throw (
          stopped(error) ?? new BookingError('network', `${method} ${path}: the booking service could not be reached.`, { cause: error })
        );
      }

      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw (
          stopped(error) ??
          new BookingError('network', `${method} ${path}: the answer broke off.`, { status: response.status, cause: error })
        );
      }

      if (!response.ok) throw this.errorFor(method, path, response.status, text);
      if (schema === null) return undefined;
      return await this.parse(method, path, response.status, text, schema);
    } catch (error) {
      if (error instanceof BookingError) throw error;
      throw stopped(error) ?? new BookingError('network', `${method} ${path} failed.`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  private url(path: string, query?: Record<string, string>): string {
    const search = query ? `?${new URLSearchParams(query).toString()}` : '';
    return `${this.baseUrl}${path}${search}`;
  }

  private headers(options: RequestOptions): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
    if (options.idempotencyKey !== undefined) headers['Idempotency-Key'] = options.idempotencyKey;
    return headers;
  }

  private async parse<T>(method: string, path: string, status: number, text: string, schema: Contract<T>): Promise<T> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new BookingError('bad_response', `${method} ${path}: the answer (status ${status}) is not JSON.`, { status });
    }
    const result = await checkContract(schema, json);
    if (result.ok) return result.value;
    const listed = result.problems.map((p) => `${p.path} ${p.message}`).join('; ');
    throw new BookingError('bad_response', `${method} ${path}: the answer does not match the booking API contract: ${listed}`, {
      status,
      problems: result.problems,
    });
  }

  /** An error answer: the code from its error body when it has a valid one, else from the status. */
  private errorFor(method: string, path: string, status: number, text: string): BookingError {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    // The compact check decides alone: a bad error body needs no explaining, only the status.
    if (accepted(acceptsErrorBody, json)) {
      const { code, message, fields } = (json as ErrorBody).error;
      return new BookingError(code, `${method} ${path}: ${status} ${code}: ${message}`, fields ? { status, fields } : { status });
    }
    const code = codeForStatus(status);
    return new BookingError(code, `${method} ${path}: status ${status} without a valid error body.`, { status });
  }
}

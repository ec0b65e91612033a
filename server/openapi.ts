// The booking API as an OpenAPI 3.1 document, generated from the zod schemas the widget and this
// server share (src/booking/booking.schema.ts), so the published contract cannot drift from the
// code that checks it. `scripts/build-openapi.ts` writes it to docs/openapi.json; the server
// serves it at GET /openapi.json. The prose contract is docs/booking-api.md.
import { registry, toJSONSchema } from 'zod/v4/core';
import {
  BookingResponseSchema,
  BookingSchema,
  CreateBookingBodySchema,
  CreatedBookingResponseSchema,
  ErrorBodySchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LocationSchema,
  LocationsResponseSchema,
  RescheduleBodySchema,
  ServiceSchema,
  ServicesResponseSchema,
  SlotSchema,
  SlotsResponseSchema,
} from '../src/booking/booking.schema.js';
import { LocalizedTextSchema } from '../src/core/localized.schema.js';
import { IDEMPOTENCY_KEY } from './idempotency.js';

type Json = { [key: string]: unknown };

/**
 * The schemas that become `components/schemas`, by name. Every one of them is referenced with
 * `$ref` wherever another schema or an operation uses it.
 */
const COMPONENTS = {
  LocalizedText: LocalizedTextSchema,
  Date: IsoDateSchema,
  DateTime: IsoDateTimeSchema,
  Service: ServiceSchema,
  Location: LocationSchema,
  Slot: SlotSchema,
  Booking: BookingSchema,
  CreateBooking: CreateBookingBodySchema,
  Reschedule: RescheduleBodySchema,
  ServicesResponse: ServicesResponseSchema,
  LocationsResponse: LocationsResponseSchema,
  SlotsResponse: SlotsResponseSchema,
  CreatedBookingResponse: CreatedBookingResponseSchema,
  BookingResponse: BookingResponseSchema,
  Error: ErrorBodySchema,
} as const;

type ComponentName = keyof typeof COMPONENTS;

/**
 * Rules zod checks with `refine`, which JSON Schema cannot express: said in words on the
 * generated schema (the server still enforces them and answers 422).
 */
const RULES: Partial<Record<ComponentName, string>> = {
  LocalizedText: 'Text a citizen reads: a Danish string, or one string per BCP 47 language tag, e.g. {"da": "Pas", "en": "Passport"}.',
  Date: 'A Copenhagen calendar date, YYYY-MM-DD.',
  DateTime: 'ISO 8601 date and time with an explicit offset (e.g. 2026-12-01T09:00:00+01:00), never a bare local time.',
  Slot: 'A bookable time. `remaining` > 0 for a free slot; its `id` is what POST /bookings takes as `slotId`.',
  CreateBooking:
    'A booking request. Beyond this schema the server refuses with 422: no e-mail and no phone (one is required); a name that is empty, has no letters or holds control characters; ' +
    'a phone number that is neither 8 Danish digits (optionally +45) nor +country code and up to 15 digits (E.164); and anything that looks like a CPR number ' +
    '(with separators, full-width or other digits, invisible characters in between) in the name, the e-mail or `lang`.',
  Error: 'Every error answer. `fields` (only with 422) names the request field each problem is in.',
};

function componentSchemas(): Record<ComponentName, Json> {
  const named = registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) named.add(schema, { id });
  // The request and answer shapes have no transforms or defaults, so input and output are one schema.
  const generated = toJSONSchema(named, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<ComponentName, Json> };
  const out = {} as Record<ComponentName, Json>;
  for (const name of Object.keys(COMPONENTS) as ComponentName[]) {
    // `$schema` and `$id` are the dialect's business: OpenAPI 3.1 sets the dialect for the whole document.
    const { $schema: _dialect, $id: _id, ...schema } = generated.schemas[name];
    const rule = RULES[name];
    out[name] = rule === undefined ? schema : { description: rule, ...schema };
  }
  return out;
}

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName) => ({ 'application/json': { schema: ref(name) } });

/** Error answers, by status; each has the Error body. */
const ERRORS = {
  '404':
    'Not found: an unknown service, location or booking, or a wrong token (which looks exactly like an unknown booking). Code `not_found`.',
  '409': 'The slot was just taken, or can no longer be booked (closed, past, too far ahead). Code `slot_taken`.',
  '413': 'The request body is larger than the limit (4096 bytes on the reference server). Code `invalid`.',
  '422': 'The request is not valid; `fields` names each field and the rule. Code `invalid`.',
  '429': 'Too many requests from this client. Code `rate_limited`; `Retry-After` says when to try again.',
  '500': 'Something went wrong on the server. Code `internal`.',
  '503': 'The booking system is busy (e.g. a database lock). Code `internal`; `Retry-After` says when to try again.',
} as const;

type ErrorStatus = keyof typeof ERRORS;

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } },
};

function errors(...statuses: ErrorStatus[]): Json {
  // Every route can be rate-limited or fail on the server's side.
  const all = [...statuses, '429', '500', '503'] as ErrorStatus[];
  return Object.fromEntries(
    all.map((status) => [
      status,
      {
        description: ERRORS[status],
        ...(status === '429' || status === '503' ? { headers: RETRY_AFTER } : {}),
        content: json('Error'),
      },
    ]),
  );
}

const bookingId = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The booking id returned by POST /bookings.',
  schema: { type: 'string', minLength: 1, maxLength: 200 },
};

const bearer = [{ bookingToken: [] }];

/**
 * The OpenAPI 3.1 document of the booking API (docs/booking-api.md), paths relative to the
 * element's `api` base URL. Pure and deterministic: the same schemas give the same document.
 */
export function bookingOpenApi(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'borger-widgets booking API',
      version: '1',
      summary: 'The JSON API <borger-booking> books appointments through.',
      description:
        'Generated from the zod schemas the widget and the reference server share (src/booking/booking.schema.ts) by scripts/build-openapi.ts. ' +
        'The rules a booking system must keep (capacity, idempotency, no CPR number, the token, the past is fixed) are in docs/booking-api.md. ' +
        'Every error answer has the Error body.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/api/booking/v1', description: "The element's `api` attribute: any base URL works." }],
    paths: {
      '/services': {
        get: {
          operationId: 'listServices',
          summary: 'The services that can be booked.',
          responses: { '200': { description: 'The services.', content: json('ServicesResponse') }, ...errors() },
        },
      },
      '/locations': {
        get: {
          operationId: 'listLocations',
          summary: 'The places that offer a service (all places without `service`).',
          parameters: [{ name: 'service', in: 'query', required: false, description: 'A service id.', schema: { type: 'string' } }],
          responses: { '200': { description: 'The locations.', content: json('LocationsResponse') }, ...errors('404') },
        },
      },
      '/slots': {
        get: {
          operationId: 'listSlots',
          summary: 'The times of a service at a location between two dates, both included.',
          parameters: [
            { name: 'service', in: 'query', required: true, description: 'A service id.', schema: { type: 'string', minLength: 1 } },
            { name: 'location', in: 'query', required: true, description: 'A location id.', schema: { type: 'string', minLength: 1 } },
            { name: 'from', in: 'query', required: true, description: 'First day (Copenhagen date).', schema: ref('Date') },
            {
              name: 'to',
              in: 'query',
              required: true,
              description: 'Last day (Copenhagen date), not before `from`; the range is limited (62 days on the reference server).',
              schema: ref('Date'),
            },
          ],
          responses: { '200': { description: 'The slots, in time order.', content: json('SlotsResponse') }, ...errors('404', '422') },
        },
      },
      '/bookings': {
        post: {
          operationId: 'createBooking',
          summary: 'Book a slot.',
          description:
            'The same Idempotency-Key with the same body returns the first answer again (same booking, same token, header `Idempotent-Replayed: true`), never a second booking; the same key with another body is 422.',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              description: 'One key per submission (a UUID works), reused for its retries.',
              schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source },
            },
          ],
          requestBody: { required: true, content: json('CreateBooking') },
          responses: {
            '201': {
              description: 'Booked. The token is returned only here: it authorises GET, reschedule and DELETE of this booking.',
              headers: {
                'Idempotent-Replayed': {
                  description: '`true` when this is the stored answer to an earlier request with the same key.',
                  schema: { type: 'string', const: 'true' },
                },
              },
              content: json('CreatedBookingResponse'),
            },
            ...errors('409', '413', '422'),
          },
        },
      },
      '/bookings/{id}': {
        parameters: [bookingId],
        get: {
          operationId: 'getBooking',
          summary: 'A booking, for its manage link.',
          security: bearer,
          responses: { '200': { description: 'The booking.', content: json('BookingResponse') }, ...errors('404') },
        },
        delete: {
          operationId: 'cancelBooking',
          summary: 'Cancel a booking (cancelling a cancelled booking again is fine).',
          description: 'An appointment that has begun cannot be cancelled (422).',
          security: bearer,
          responses: {
            '204': { description: 'Cancelled.' },
            ...errors('404', '422'),
          },
        },
      },
      '/bookings/{id}/reschedule': {
        parameters: [bookingId],
        post: {
          operationId: 'rescheduleBooking',
          summary: 'Move a booking to another slot of the same service.',
          description: 'An appointment that has begun, or a cancelled booking, cannot be moved (422).',
          security: bearer,
          requestBody: { required: true, content: json('Reschedule') },
          responses: { '200': { description: 'Moved.', content: json('BookingResponse') }, ...errors('404', '409', '413', '422') },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bookingToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The token returned once by POST /bookings. A wrong token answers exactly like an unknown booking (404), so ids cannot be probed.',
        },
      },
    },
  };
}

/** The document as written to docs/openapi.json: two-space JSON and a final newline. */
export function bookingOpenApiText(): string {
  return `${JSON.stringify(bookingOpenApi(), null, 2)}\n`;
}

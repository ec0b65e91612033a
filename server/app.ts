// The booking API's routes (DESIGN.md, "Booking API"). Storage, clock and policies come in as
// arguments, so tests drive it with `app.request()` and a fixed `now`, no port needed.
import type { RequestListener } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import type { Logger } from 'pino';
import * as z from 'zod/mini';
import {
  type Booking,
  CreateBookingBodySchema,
  type CreatedBookingResponse,
  IsoDateSchema,
  normalisePhone,
  RescheduleBodySchema,
  type Service,
} from '../src/booking/booking.schema.js';
import { addDays, daysBetween, isValidIsoDate, zonedTimestamp } from '../src/core/time.js';
import { validate } from '../src/core/validation.js';
import { citizenHashes, DEFAULT_CITIZEN_LIMIT, newCitizenKey } from './citizen-cap.js';
import { clientAddress, NO_PROXY, type TrustProxy } from './client-address.js';
import { type CorsOrigins, corsPolicy } from './cors.js';
import { BOOKING_NOT_FOUND, errorBody, fieldsFromProblems, sendError } from './errors.js';
import { IDEMPOTENCY_KEY, IdempotencyKey, type IdempotencyRecord, type StoredAnswer } from './idempotency.js';
import { copenhagenDateOf, toCopenhagenIso } from './iso.js';
import type { NewMail } from './mail/outbox.js';
import { type BookingEvent, type MailSettings, mailsFor } from './mail/queue.js';
import type { BookingMetrics } from './metrics.js';
import { observe, RequestRecorder } from './observe.js';
import { bookingOpenApi } from './openapi.js';
import { operationsRoutes } from './operations.js';
import { type RateLimitOptions, RequestBudgets, rateLimit } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';
import { buildSlots, type ClosedDay, danishHolidayClosures, offeredSlot, parseSlotId, type TimesOn } from './slots.js';
import { type CachedAnswer, cachedReply, SlotsAnswerCache, type SlotsCacheOptions, validUntil } from './slots-cache.js';
import { cachedSlotsListener } from './slots-fast-path.js';
import type { BookedTime, BookingDecision, BookingRecord, BookingStorage, LocationRecord } from './storage.js';
import { isStorageBusy } from './storage-errors.js';
import { bearerToken, hashToken, newBookingCode, newBookingId, newToken, tokenMatches } from './tokens.js';

export interface AppOptions {
  /** The clock for slot generation and records. Default: the real one. */
  now?: () => Date;
  /** Days the counters are closed. Default: `danishHolidays`. */
  isClosed?: ClosedDay;
  /** Default 'localhost'. */
  corsOrigins?: CorsOrigins;
  /** Largest accepted request body. Default 4096 bytes. */
  maxBodyBytes?: number;
  /** Longest `from`–`to` range for GET /slots, in days, both ends counted. Default 62. */
  maxRangeDays?: number;
  /** Per-client limits, or false for none (tests, benchmarks). */
  rateLimit?: RateLimitOptions | false;
  /** JSON log (pino): one line per request, errors by name only. Default: none. */
  logger?: Logger;
  /** Prometheus metrics, served at /metrics. Default: none. */
  metrics?: BookingMetrics;
  /** Which proxies' X-Forwarded-For to believe (TRUST_PROXY). Default: none. */
  trustProxy?: TrustProxy;
  /** Most future bookings per e-mail address and per phone number; 0 = no cap. Default 4. */
  citizenLimit?: number;
  /** Key of the citizen hashes (CITIZEN_HASH_KEY). Default: a random key kept in the database. */
  citizenHashKey?: string;
  /** Queue e-mails (confirmation, reminder, move, cancel) in the outbox. Default: none queued. */
  mail?: MailSettings;
  /**
   * The GET /slots answer cache (slots-cache.ts), or false for none. Default: on, 32 MiB, when the
   * storage has `calendarVersion`.
   */
  slotsCache?: SlotsCacheOptions | false;
}

const DAY_MS = 86_400_000;
/**
 * Dates further than this from today are refused with 422 before any slot maths (no location
 * books a year ahead; without the bound, year 0001 or 9999 reached the calendar code and gave 500).
 */
export const HORIZON_LIMIT_DAYS = 366;

const SlotsQuerySchema = z.object({
  service: z.string().check(z.minLength(1, 'must not be empty')),
  location: z.string().check(z.minLength(1, 'must not be empty')),
  from: IsoDateSchema,
  to: IsoDateSchema,
});

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No socket behind the request (app.request() in tests).
    return 'local';
  }
}

/** The real client of a request: the socket, or what trusted proxies say (client-address.ts). */
export function clientOf(trust: TrustProxy): (c: Context) => string {
  return (c) => clientAddress(trust, socketAddress(c), c.req.header('X-Forwarded-For'));
}

/** The booking API: the Hono app, and how node:http should call it. */
export interface BookingApi {
  app: Hono;
  /**
   * The node:http listener to serve with, given hono's (`getRequestListener(app.fetch)`): cached
   * GET /slots answers are sent ahead of Hono (slots-fast-path.ts), everything else goes to it.
   */
  listener(hono: RequestListener): RequestListener;
}

type SlotResolution =
  | { ok: true; time: BookedTime; serviceId: string; service: Service; location: LocationRecord }
  | { ok: false; response: Response };

/** The Hono app alone (tests drive it with `app.request()`): see `createBookingApi`. */
export function createApp(storage: BookingStorage, options: AppOptions = {}): Hono {
  return createBookingApi(storage, options).app;
}

export function createBookingApi(storage: BookingStorage, options: AppOptions = {}): BookingApi {
  const now = options.now ?? (() => new Date());
  const isClosed = options.isClosed ?? danishHolidayClosures();
  const maxRangeDays = options.maxRangeDays ?? 62;
  const maxBodyBytes = options.maxBodyBytes ?? 4096;
  const citizenLimit = options.citizenLimit ?? DEFAULT_CITIZEN_LIMIT;
  let citizenKey: Promise<Buffer> | undefined;
  const citizenKeyOnce = (): Promise<Buffer> => {
    citizenKey ??=
      options.citizenHashKey !== undefined
        ? Promise.resolve(Buffer.from(options.citizenHashKey, 'utf8'))
        : storage.secret('citizen-hash-key', newCitizenKey);
    return citizenKey;
  };
  const slotsCache: SlotsAnswerCache | undefined =
    options.slotsCache === false || !storage.calendarVersion ? undefined : new SlotsAnswerCache(options.slotsCache ?? {});
  const app = new Hono();
  const mail = options.mail;
  /** The storage's `mails` callback for an event, when mail is on. */
  const queue = (event: BookingEvent) => (mail ? { mails: (booking: Booking) => mailsFor(event, booking, mail) } : {});

  const { logger, metrics } = options;
  const recorder = new RequestRecorder(logger, metrics);
  const trust = options.trustProxy ?? NO_PROXY;
  const budgets = options.rateLimit === false ? undefined : new RequestBudgets(options.rateLimit ?? {});
  const corsOrigins = options.corsOrigins ?? 'localhost';
  app.use('*', observe(recorder));
  app.use('*', securityHeaders());
  // gzip or deflate for answers over 1 KB (a 14-day /slots answer: about 40 KB raw, 2 KB gzipped).
  app.use('*', compress());
  operationsRoutes(app, storage, metrics);
  app.use('*', corsPolicy(corsOrigins));
  if (budgets) app.use('*', rateLimit(budgets, clientOf(trust)));
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => {
      // The rest of the body is never read: close the connection after this answer, so the
      // unread bytes cannot be taken for the client's next request.
      c.header('Connection', 'close');
      return sendError(c, 413, 'invalid', `The request body is larger than ${maxBodyBytes} bytes.`);
    },
  });

  /** The JSON body, or an error answer. */
  async function readJson(c: Context): Promise<{ ok: true; json: unknown } | { ok: false; response: Response }> {
    const text = await c.req.text();
    try {
      return { ok: true, json: JSON.parse(text) };
    } catch {
      return { ok: false, response: sendError(c, 422, 'invalid', 'The request body is not JSON.', { body: 'is not JSON' }) };
    }
  }

  /** A slot id from GET /slots → the booked time it stands for, if it is still offered. */
  async function resolveSlot(c: Context, slotIdValue: string): Promise<SlotResolution> {
    const invalid = (message: string): SlotResolution => ({
      ok: false,
      response: sendError(c, 422, 'invalid', 'The slot is not known.', { slotId: message }),
    });
    const parsed = parseSlotId(slotIdValue);
    if (!parsed) return invalid('is not a slot id from GET /slots');
    if (Math.abs(Date.parse(parsed.start) - now().getTime()) > HORIZON_LIMIT_DAYS * DAY_MS) {
      return invalid('is outside the booking horizon');
    }
    const [service, location] = await Promise.all([storage.service(parsed.serviceId), storage.location(parsed.locationId)]);
    if (!service || !location?.serviceIds.includes(service.id)) {
      return invalid('names a service or location that does not exist here');
    }
    const slot = offeredSlot(location.schedule, service.durationMinutes, parsed.start, now(), isClosed);
    if (!slot) {
      return {
        ok: false,
        response: sendError(c, 409, 'slot_taken', 'This time can no longer be booked (closed, past or too far ahead).'),
      };
    }
    const time: BookedTime = { ...slot, locationId: location.location.id, startIso: parsed.start, endIso: toCopenhagenIso(slot.end) };
    return { ok: true, time, serviceId: service.id, service, location };
  }

  /** An appointment that has begun is history: it can be neither moved nor cancelled. */
  function pastAppointment(c: Context, what: 'moved' | 'cancelled'): Response {
    return sendError(c, 422, 'invalid', `This appointment has already begun or passed, so it cannot be ${what}.`);
  }

  /** The booking behind `:id` if the bearer token matches; else the same 404 for every case. */
  async function authorize(c: Context): Promise<{ ok: true; record: BookingRecord } | { ok: false; response: Response }> {
    const record = await storage.findBooking(c.req.param('id') ?? '');
    const token = bearerToken(c.req.header('Authorization'));
    if (record && tokenMatches(token, record.tokenHash)) return { ok: true, record };
    // Hash work is the same whether or not the booking exists (tokenMatches compares either way).
    return { ok: false, response: c.json(BOOKING_NOT_FOUND, 404) };
  }

  // The contract itself (docs/openapi.json), generated once from the shared schemas.
  let openApi: object | undefined;
  app.get('/openapi.json', (c) => {
    openApi ??= bookingOpenApi();
    return c.json(openApi);
  });

  app.get('/services', async (c) => c.json({ services: await storage.services() }));

  app.get('/locations', async (c) => {
    const serviceId = c.req.query('service');
    if (serviceId !== undefined && !(await storage.service(serviceId))) {
      return sendError(c, 404, 'not_found', 'No such service.', { service: 'is not a known service id' });
    }
    const records = await storage.locations(serviceId);
    return c.json({ locations: records.map((record) => record.location) });
  });

  /** The slots of a valid query as JSON, and when the clock makes that answer stale. */
  async function slotsJson(
    service: Service,
    location: LocationRecord,
    query: { from: string; to: string },
    nowMs: number,
    timesOn?: TimesOn,
  ): Promise<{ json: string; validUntilMs: number }> {
    const locationId = location.location.id;
    // A day either side: bookings of other services may reach into the range.
    const fromMs = zonedTimestamp(query.from, '00:00') - DAY_MS;
    const toMs = zonedTimestamp(addDays(query.to, 1), '00:00') + DAY_MS;
    const booked = await storage.bookedIntervals(locationId, fromMs, toMs);
    const slotQuery = {
      schedule: location.schedule,
      durationMinutes: service.durationMinutes,
      from: query.from,
      to: query.to,
      now: new Date(nowMs),
      isClosed,
      locationId,
      serviceId: service.id,
      booked,
    };
    const slots = buildSlots(slotQuery, timesOn);
    return { json: JSON.stringify({ slots }), validUntilMs: validUntil(nowMs, slots[0] && Date.parse(slots[0].start)) };
  }

  /** A cached answer as `cachedReply` makes it (the fast path sends the same). */
  function sendSlots(c: Context, key: string, answer: CachedAnswer, cache: SlotsAnswerCache): Response {
    const reply = cachedReply(cache, key, answer, c.req.header('If-None-Match'), c.req.header('Accept-Encoding'));
    for (const [name, value] of reply.headers) c.header(name, value);
    const bytes = reply.body;
    if (!bytes) return c.body(null, 304);
    return c.body(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length));
  }

  app.get('/slots', async (c) => {
    const query = validate(SlotsQuerySchema, c.req.query());
    if (!query.ok) return sendError(c, 422, 'invalid', 'The query is not valid.', fieldsFromProblems(query.problems));
    const { service: serviceId, location: locationId, from, to } = query.value;
    const fields: Record<string, string> = {};
    const nowMs = now().getTime();
    const today = copenhagenDateOf(nowMs);
    const [earliest, latest] = [addDays(today, -HORIZON_LIMIT_DAYS), addDays(today, HORIZON_LIMIT_DAYS)];
    // Compared as text (YYYY-MM-DD sorts as dates): calendar maths is never asked about year 1.
    const outside = (date: string) => date < earliest || date > latest;
    const beyond = `is outside the booking horizon (${earliest} to ${latest})`;
    if (!isValidIsoDate(from)) fields.from = 'is not a calendar date';
    else if (outside(from)) fields.from = beyond;
    if (!isValidIsoDate(to)) fields.to = 'is not a calendar date';
    else if (outside(to)) fields.to = beyond;
    else if (isValidIsoDate(from) && daysBetween(from, to) < 0) fields.to = 'is before "from"';
    else if (isValidIsoDate(from) && daysBetween(from, to) >= maxRangeDays) fields.to = `makes the range longer than ${maxRangeDays} days`;
    if (Object.keys(fields).length > 0) return sendError(c, 422, 'invalid', 'The date range is not valid.', fields);

    // The version is read before anything else, so an answer is never filed under a version
    // newer than the bookings it was made from.
    const key = `${serviceId} ${locationId} ${from} ${to}`;
    const version = slotsCache && (await storage.calendarVersion?.(locationId));
    const cached = slotsCache && version !== undefined ? slotsCache.get(key, version, nowMs) : undefined;
    if (cached && slotsCache) return sendSlots(c, key, cached, slotsCache);

    const [service, location] = await Promise.all([storage.service(serviceId), storage.location(locationId)]);
    if (!service) return sendError(c, 404, 'not_found', 'No such service.', { service: 'is not a known service id' });
    if (!location?.serviceIds.includes(serviceId)) {
      return sendError(c, 404, 'not_found', 'No such location for this service.', { location: 'does not offer this service' });
    }
    if (!slotsCache || version === undefined) {
      const { json } = await slotsJson(service, location, { from, to }, nowMs);
      return c.body(json, 200, { 'Content-Type': 'application/json' });
    }
    const timesOn = slotsCache.days.timesOn(locationId, serviceId, location.schedule, service.durationMinutes, isClosed);
    const answer = await slotsCache.answer(key, version, nowMs, () => slotsJson(service, location, { from, to }, nowMs, timesOn));
    return sendSlots(c, key, answer, slotsCache);
  });

  app.post('/bookings', limitBody, async (c) => {
    const key = c.req.header('Idempotency-Key');
    if (key === undefined || !IDEMPOTENCY_KEY.test(key)) {
      return sendError(c, 422, 'invalid', 'An Idempotency-Key header is required.', {
        'Idempotency-Key': 'is required: 16–128 letters, digits, "-" or "_" (a UUID works), the same for retries of one booking',
      });
    }
    const read = await readJson(c);
    if (!read.ok) return read.response;
    const body = validate(CreateBookingBodySchema, read.json);
    if (!body.ok) return sendError(c, 422, 'invalid', 'The booking is not valid.', fieldsFromProblems(body.problems));

    const idempotency = new IdempotencyKey(key);
    const replay = (record: IdempotencyRecord): Response => {
      if (!idempotency.bodyMac(body.value).equals(record.bodyMac)) {
        return sendError(c, 422, 'invalid', 'This Idempotency-Key was already used for a different booking.', {
          'Idempotency-Key': 'was used with another body; make a new key for a new booking',
        });
      }
      const answer = idempotency.open(record.sealedAnswer);
      c.header('Idempotent-Replayed', 'true');
      return c.json(answer.body as object, answer.status as 201 | 409 | 422);
    };
    const earlier = await storage.idempotencyRecord(idempotency.hash);
    if (earlier) return replay(earlier);

    const slot = await resolveSlot(c, body.value.slotId);
    if (!slot.ok) return slot.response;

    const { name, email, phone, lang } = body.value;
    const token = newToken();
    let answer: StoredAnswer | undefined;
    const toAnswer = (decision: BookingDecision): StoredAnswer => {
      switch (decision.kind) {
        case 'created':
          return { status: 201, body: { booking: decision.booking, token } satisfies CreatedBookingResponse };
        case 'slot_taken':
          return { status: 409, body: errorBody('slot_taken', 'This time was just booked by someone else. Please choose another.') };
        case 'citizen_limit': {
          const why = `already holds ${decision.limit} coming bookings, the most one person can hold; cancel one to book another`;
          return {
            status: 422,
            body: errorBody('invalid', 'You already have as many coming bookings as one person can hold.', {
              ...(email === undefined ? {} : { email: why }),
              ...(phone === undefined ? {} : { phone: why }),
            }),
          };
        }
      }
    };
    const citizen =
      citizenLimit > 0
        ? { hashes: citizenHashes(await citizenKeyOnce(), { email, phone }), limit: citizenLimit, nowMs: now().getTime() }
        : undefined;
    const personalData = {
      name: name.trim(),
      ...(email === undefined ? {} : { email: email.trim() }),
      ...(phone === undefined ? {} : { phone: normalisePhone(phone) }),
      ...(lang === undefined ? {} : { lang }),
    };
    const result = await storage.createBooking({
      booking: {
        id: newBookingId(),
        serviceId: slot.serviceId,
        time: slot.time,
        personalData,
        tokenHash: hashToken(token),
        createdAtMs: now().getTime(),
      },
      counters: slot.location.schedule.counters,
      newCode: newBookingCode,
      idempotencyKeyHash: idempotency.hash,
      ...(citizen ? { citizen } : {}),
      ...queue({
        kind: 'confirmation',
        service: slot.service,
        location: slot.location.location,
        personalData,
        token,
        nowMs: now().getTime(),
      }),
      recordAnswer: (decision) => {
        answer = toAnswer(decision);
        return idempotency.record(body.value, answer);
      },
    });
    if (result.kind === 'existing') return replay(result.record);
    if (result.decision.kind === 'created') {
      metrics?.bookingsCreated.inc();
      if (personalData.email !== undefined) mail?.queued?.();
    }
    const decided = answer ?? toAnswer(result.decision);
    return c.json(decided.body as object, decided.status as 201 | 409 | 422);
  });

  app.get('/bookings/:id', async (c) => {
    const auth = await authorize(c);
    if (!auth.ok) return auth.response;
    return c.json({ booking: auth.record.booking });
  });

  app.post('/bookings/:id/reschedule', limitBody, async (c) => {
    const auth = await authorize(c);
    if (!auth.ok) return auth.response;
    const read = await readJson(c);
    if (!read.ok) return read.response;
    const body = validate(RescheduleBodySchema, read.json);
    if (!body.ok) return sendError(c, 422, 'invalid', 'The new time is not valid.', fieldsFromProblems(body.problems));

    const current: Booking = auth.record.booking;
    if (current.status !== 'confirmed') {
      return sendError(c, 422, 'invalid', 'A cancelled booking cannot be moved; book a new time instead.');
    }
    if (auth.record.startMs <= now().getTime()) return pastAppointment(c, 'moved');
    const parsed = parseSlotId(body.value.slotId);
    if (parsed && parsed.serviceId !== current.serviceId) {
      return sendError(c, 422, 'invalid', 'The new time is for another service.', { slotId: 'is for another service' });
    }
    // Asking again for the time already held (a retry) changes nothing.
    if (parsed && parsed.locationId === current.locationId && parsed.start === current.start) return c.json({ booking: current });

    const slot = await resolveSlot(c, body.value.slotId);
    if (!slot.ok) return slot.response;
    const moved = await storage.moveBooking(
      current.id,
      slot.serviceId,
      slot.time,
      slot.location.schedule.counters,
      queue({
        kind: 'rescheduled',
        service: slot.service,
        location: slot.location.location,
        personalData: auth.record.personalData,
        token: bearerToken(c.req.header('Authorization')),
        nowMs: now().getTime(),
      }).mails,
    );
    switch (moved.kind) {
      case 'moved':
        if (auth.record.personalData?.email !== undefined) mail?.queued?.();
        return c.json({ booking: moved.booking });
      case 'slot_taken':
        return sendError(c, 409, 'slot_taken', 'This time was just booked by someone else. Please choose another.');
      case 'cancelled':
        return sendError(c, 422, 'invalid', 'A cancelled booking cannot be moved; book a new time instead.');
      case 'not_found':
        return c.json(BOOKING_NOT_FOUND, 404);
    }
  });

  app.delete('/bookings/:id', async (c) => {
    const auth = await authorize(c);
    if (!auth.ok) return auth.response;
    if (auth.record.booking.status === 'confirmed' && auth.record.startMs <= now().getTime()) return pastAppointment(c, 'cancelled');
    const wasConfirmed = auth.record.booking.status === 'confirmed';
    let mails: ((booking: Booking) => NewMail[]) | undefined;
    if (wasConfirmed && mail) {
      const [service, location] = await Promise.all([
        storage.service(auth.record.booking.serviceId),
        storage.location(auth.record.booking.locationId),
      ]);
      mails = queue({
        kind: 'cancelled',
        service,
        location: location?.location,
        personalData: auth.record.personalData,
        nowMs: now().getTime(),
      }).mails;
    }
    const cancelled = await storage.cancelBooking(auth.record.booking.id, now().getTime(), mails);
    if (wasConfirmed && cancelled?.status === 'cancelled') {
      metrics?.bookingsCancelled.inc();
      if (auth.record.personalData?.email !== undefined) mail?.queued?.();
    }
    return c.body(null, 204);
  });

  app.notFound((c) => sendError(c, 404, 'not_found', 'No such route.'));
  app.onError((error, c) => {
    const waitedMs = Math.round(performance.now() - c.get('startedAt'));
    if (isStorageBusy(error)) {
      // A lock held by another writer or a backup, or a slow database: not broken, busy.
      metrics?.databaseErrors.inc({ kind: 'busy' });
      logger?.warn({ reqId: c.get('requestId'), err: error.name, code: (error as { code?: string }).code, waitedMs }, 'database busy');
      c.header('Retry-After', '2');
      return sendError(c, 503, 'internal', 'The booking system is busy. Please try again in a moment.');
    }
    // The name only: messages of database errors can quote the values that failed.
    metrics?.databaseErrors.inc({ kind: 'error' });
    logger?.error({ reqId: c.get('requestId'), err: error.name, waitedMs }, 'request failed');
    return sendError(c, 500, 'internal', 'Something went wrong on our side. Please try again.');
  });

  const calendarVersion = storage.calendarVersion?.bind(storage);
  return {
    app,
    listener: (hono) =>
      slotsCache && calendarVersion
        ? cachedSlotsListener(
            {
              cache: slotsCache,
              calendarVersion,
              now,
              recorder,
              budgets,
              clientOf: (socket, forwardedFor) => clientAddress(trust, socket, forwardedFor),
              corsOrigins,
            },
            hono,
          )
        : hono,
  };
}

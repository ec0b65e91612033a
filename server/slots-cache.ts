// What makes a repeated GET /slots cheap: its answer is kept serialised and compressed, so the
// same question costs a version read and a few header lines. An answer is served only while
//   - the calendar version it was made at (`BookingStorage.calendarVersion`: counters bumped by
//     database triggers on every booking, move, cancel and catalogue change, in whatever process
//     or tool wrote) is still the database's, and
//   - the clock has not reached its first slot (which then is no longer offered) nor midnight in
//     Copenhagen (when the bookable range moves on).
// Booking never reads this cache: capacity is always decided by the database (storage.ts).
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { addDays, zonedTimestamp } from '../src/core/time.js';
import { copenhagenDateOf, toCopenhagenIso } from './iso.js';
import { type ClosedDay, dayTimes, type Schedule, type SlotTime, type TimesOn } from './slots.js';

/** The codings an answer is offered in, best first (the compress middleware's gzip and deflate, and brotli). */
export const CONTENT_CODINGS = ['br', 'gzip', 'deflate'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

/** Answers shorter than this go uncompressed, as the compress middleware's threshold. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/** One serialised GET /slots answer and what it may still be used for. */
export interface CachedAnswer {
  /** The JSON body, UTF-8. */
  readonly body: Buffer;
  /** Weak ETag from the body's bytes: equal answers get equal tags, in every process. */
  readonly etag: string;
  /** The calendar version the answer was made at. */
  readonly version: number;
  /** Valid for clock readings in [madeAtMs, validUntilMs). */
  readonly madeAtMs: number;
  readonly validUntilMs: number;
  /** Compressed bodies, made on first demand. */
  readonly encoded: Partial<Record<ContentCoding, Buffer>>;
}

/** What a cache miss computes: the JSON text and when the clock makes it stale. */
export interface FreshAnswer {
  json: string;
  validUntilMs: number;
}

export interface SlotsCacheOptions {
  /** Most bytes kept (bodies and their compressed forms). Default 32 MiB. */
  maxBytes?: number;
  /** Most slots kept in the memo of computed days. Default 100,000 (about 15 MB). */
  maxDaySlots?: number;
}

/** Weak ETag of a body. */
export function etagOf(body: Buffer): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * True when an `If-None-Match` header names `etag` (weak comparison, RFC 9110 §13.1.2; `*`
 * matches any current answer).
 */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = etag.replace(/^W\//, '');
  for (const candidate of ifNoneMatch.split(',')) {
    const tag = candidate.trim();
    if (tag === '*' || tag.replace(/^W\//, '') === opaque) return true;
  }
  return false;
}

/**
 * The coding to answer in for an `Accept-Encoding` header: the best of `CONTENT_CODINGS` with the
 * highest q above 0 (a `*` gives its q to codings not named); undefined = identity. As hono's
 * compress middleware chooses between gzip and deflate, with brotli first among equals.
 */
export function chooseCoding(acceptEncoding: string | undefined): ContentCoding | undefined {
  if (!acceptEncoding) return undefined;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (coding === '') continue;
    let weight = 1;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key?.trim().toLowerCase() === 'q') weight = Number(value?.trim());
    }
    q.set(coding, Number.isFinite(weight) ? weight : 0);
  }
  let best: ContentCoding | undefined;
  let bestQ = 0;
  for (const coding of CONTENT_CODINGS) {
    const weight = q.get(coding) ?? q.get('*') ?? 0;
    if (weight > bestQ) {
      best = coding;
      bestQ = weight;
    }
  }
  return best;
}

function compressBody(body: Buffer, coding: ContentCoding): Buffer {
  switch (coding) {
    case 'gzip':
      return gzipSync(body);
    case 'deflate':
      return deflateSync(body);
    case 'br':
      // Quality 5: a 16 KB answer in about 0.1 ms and as small as quality 11 within 1 %
      // (quality 11 takes some 30 ms; measured with scripts/bench-booking-server.ts' answer).
      return brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      });
  }
}

/**
 * When an answer made at `nowMs` stops being right with no write at all: at its first slot's
 * start (that slot is then no longer offered) or at the next Copenhagen midnight (the bookable
 * range moves on), whichever comes first. `firstStartMs`: the earliest slot in the answer.
 */
export function validUntil(nowMs: number, firstStartMs: number | undefined): number {
  const midnight = zonedTimestamp(addDays(copenhagenDateOf(nowMs), 1), '00:00');
  return Math.min(midnight, firstStartMs ?? Number.POSITIVE_INFINITY);
}

/**
 * The computed days (slot times and their ISO texts, per location, service and date; they do not
 * depend on bookings or the clock), kept while the location's hours and the service's duration
 * stay as they were.
 */
export class SlotDayMemo {
  private readonly days: LRUCache<string, { fingerprint: string; times: SlotTime[] }>;

  constructor(maxSlots = 100_000) {
    this.days = new LRUCache({ maxSize: maxSlots, sizeCalculation: (day) => day.times.length + 1 });
  }

  /** `TimesOn` for one location and service, remembering each date it is asked for. */
  timesOn(locationId: string, serviceId: string, schedule: Schedule, durationMinutes: number, isClosed: ClosedDay): TimesOn {
    const fingerprint = `${durationMinutes} ${JSON.stringify(schedule.hours)}`;
    return (date) => {
      const key = `${locationId} ${serviceId} ${date}`;
      const known = this.days.get(key);
      if (known?.fingerprint === fingerprint) return known.times;
      const times = dayTimes(schedule, durationMinutes, date, isClosed).map((time) => ({
        ...time,
        startIso: toCopenhagenIso(time.start),
        endIso: toCopenhagenIso(time.end),
      }));
      this.days.set(key, { fingerprint, times });
      return times;
    };
  }
}

/**
 * Serialised and compressed GET /slots answers, bounded in bytes (least recently used go first).
 * Concurrent misses for one question at one version share one computation.
 */
export class SlotsAnswerCache {
  private readonly answers: LRUCache<string, CachedAnswer>;
  private readonly pending = new Map<string, Promise<CachedAnswer>>();
  readonly days: SlotDayMemo;

  constructor(options: SlotsCacheOptions = {}) {
    this.answers = new LRUCache({
      maxSize: options.maxBytes ?? 32 * 1024 * 1024,
      sizeCalculation: (answer) =>
        answer.body.length + Object.values(answer.encoded).reduce((sum, bytes) => sum + (bytes as Buffer).length, 0) + 256,
    });
    this.days = new SlotDayMemo(options.maxDaySlots);
  }

  /** The answer under `key` if it was made at `version` and is still right at `nowMs`. */
  get(key: string, version: number, nowMs: number): CachedAnswer | undefined {
    const answer = this.answers.get(key);
    return answer && fresh(answer, version, nowMs) ? answer : undefined;
  }

  /**
   * The answer under `key`, from the cache or made by `make` (read the version before the data
   * `make` reads, so an answer is never filed under a version newer than its data).
   */
  async answer(key: string, version: number, nowMs: number, make: () => Promise<FreshAnswer>): Promise<CachedAnswer> {
    const known = this.get(key, version, nowMs);
    if (known) return known;
    const shareKey = `${version} ${key}`;
    const running = this.pending.get(shareKey);
    if (running) {
      const shared = await running;
      if (fresh(shared, version, nowMs)) return shared;
    }
    const made = (async (): Promise<CachedAnswer> => {
      const { json, validUntilMs } = await make();
      const body = Buffer.from(json, 'utf8');
      const answer: CachedAnswer = { body, etag: etagOf(body), version, madeAtMs: nowMs, validUntilMs, encoded: {} };
      // A newer answer may have been filed meanwhile (a request that read a later version).
      const current = this.answers.get(key);
      if (!current || current.version <= version) this.answers.set(key, answer);
      return answer;
    })();
    if (!running) this.pending.set(shareKey, made);
    try {
      return await made;
    } finally {
      if (this.pending.get(shareKey) === made) this.pending.delete(shareKey);
    }
  }

  /** The body in `coding`, compressed once per answer. */
  encode(key: string, answer: CachedAnswer, coding: ContentCoding): Buffer {
    let bytes = answer.encoded[coding];
    if (!bytes) {
      bytes = compressBody(answer.body, coding);
      answer.encoded[coding] = bytes;
      // Filed again so the byte bound counts the new form (unless a newer answer replaced it).
      if (this.answers.peek(key) === answer) this.answers.set(key, answer);
    }
    return bytes;
  }

  /** True when an answer (of any version) is kept under `key`: worth reading the version for. */
  has(key: string): boolean {
    return this.answers.has(key);
  }

  /** Answers kept, for tests and metrics. */
  get size(): number {
    return this.answers.size;
  }
}

/** A cached answer as sent: status, headers and body (none for 304). */
export interface CachedReply {
  readonly status: 200 | 304;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body?: Buffer;
}

/**
 * How a cached answer is sent for a request's `If-None-Match` and `Accept-Encoding`: 304 when the
 * client holds it, else its bytes in the best coding the client accepts. Stored by browsers but
 * revalidated on every use (`no-cache`): slots hold no personal data, and a 304 saves the body.
 * One function for the Hono route and the fast path (slots-fast-path.ts), so both send the same.
 */
export function cachedReply(
  cache: SlotsAnswerCache,
  key: string,
  answer: CachedAnswer,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
): CachedReply {
  const headers: Array<[string, string]> = [
    ['ETag', answer.etag],
    ['Vary', 'Accept-Encoding'],
    ['Cache-Control', 'no-cache'],
  ];
  if (etagMatches(ifNoneMatch, answer.etag)) return { status: 304, headers };
  const coding = answer.body.length >= COMPRESS_THRESHOLD_BYTES ? chooseCoding(acceptEncoding) : undefined;
  // With Content-Encoding (or a length under the threshold) the compress middleware leaves it be.
  const body = coding ? cache.encode(key, answer, coding) : answer.body;
  headers.push(['Content-Type', 'application/json']);
  if (coding) headers.push(['Content-Encoding', coding]);
  headers.push(['Content-Length', String(body.length)]);
  return { status: 200, headers, body };
}

function fresh(answer: CachedAnswer, version: number, nowMs: number): boolean {
  return answer.version === version && nowMs >= answer.madeAtMs && nowMs < answer.validUntilMs;
}

// Settings from the environment, checked once at start (zod) so a typo fails loudly instead of
// quietly: every bad value gets one line naming the variable, what it must be and what it was.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as z from 'zod';
import { DEFAULT_CITIZEN_LIMIT } from './citizen-cap.js';
import { parseTrustProxy, type TrustProxy } from './client-address.js';
import { type CorsOrigins, parseCorsOrigins } from './cors.js';
import type { SmtpSettings } from './mail/smtp.js';

export type StorageConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface ServerConfig {
  port: number;
  host: string;
  storage: StorageConfig;
  retentionDays: number;
  corsOrigins: CorsOrigins;
  /** Requests per minute and client; false when both limits are 0. */
  rateLimit: { reads: number; writes: number } | false;
  trustProxy: TrustProxy;
  /** Most future confirmed bookings one e-mail address or phone number may hold; 0 = no cap. */
  citizenLimit: number;
  /** Key for the citizen hashes; absent: a random key kept in the database. */
  citizenHashKey?: string;
  /** Longest wait for a database lock before answering 503 with Retry-After. */
  dbLockTimeoutMs: number;
  /** Longest time SIGTERM waits for requests in flight. */
  shutdownGraceMs: number;
  /** Memory for cached GET /slots answers, in MiB; 0 = no cache. */
  slotsCacheMb: number;
  logLevel: LogLevel;
  mail: MailConfig;
}

/** E-mail settings. Without `smtp` mails are rendered and kept in the outbox, not sent. */
export interface MailConfig {
  smtp?: SmtpSettings;
  /** MAIL_FROM; when no SMTP is set, a placeholder (nothing is sent). */
  from: string;
  /** REMINDER_HOURS: hours before the appointment the reminder goes out; 0 = none. */
  reminderHours: number;
  /** BOOKING_PAGE_URL: the page with the booking widget, which the manage link opens. */
  bookingPageUrl?: string;
}

export const DEFAULT_REMINDER_HOURS = 24;
/** The From of mails that are only kept (no SMTP): never used on the wire. */
export const UNSENT_FROM = 'Borgerservice <no-reply@borger-booking.invalid>';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_DB_PATH = 'server/data/booking.db';

/** Thrown by `readConfig`; `problems` has one line per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The booking server's settings are not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;
const shown = (value: string) => JSON.stringify(value);

/**
 * An optional variable: blank counts as unset; `parse` returns the value or a reason.
 * `secret`: the value is never quoted in the message (passwords, URLs holding one).
 */
function variable<T>(fallback: T, parse: (text: string) => T | { error: string }, secret = false) {
  return z.optional(z.string()).transform((raw, ctx): T => {
    const text = raw?.trim() ?? '';
    if (text === '') return fallback;
    const parsed = parse(text);
    if (parsed !== null && typeof parsed === 'object' && 'error' in parsed) {
      // The value is quoted once: some reasons already quote the part that is wrong.
      const message = secret || parsed.error.includes(shown(text)) ? parsed.error : `${parsed.error}, not ${shown(text)}`;
      ctx.issues.push({ code: 'custom', message, input: raw });
      return z.NEVER;
    }
    return parsed as T;
  });
}

function whole(fallback: number, min: number, max: number) {
  return variable(fallback, (text) => {
    const number = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
    return Number.isInteger(number) && number >= min && number <= max ? number : { error: `must be a whole number from ${min} to ${max}` };
  });
}

const text = (fallback: string | undefined) => variable<string | undefined>(fallback, (t) => t);

function dbPath(text: string): string | { error: string } {
  if (text === ':memory:') return text;
  const folder = dirname(resolve(text));
  // Never created silently: a typo in the path must not start an empty database somewhere else.
  if (!existsSync(folder)) return { error: `names a folder that does not exist (${folder}); create it first` };
  if (!statSync(folder).isDirectory()) return { error: `names a folder that is a file (${folder})` };
  if (existsSync(text) && statSync(text).isDirectory()) return { error: 'is a folder; give the path of the database file' };
  return text;
}

function postgresUrl(text: string): string | { error: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: 'must be a URL like postgres://user:password@host:5432/database' };
  }
  return url.protocol === 'postgres:' || url.protocol === 'postgresql:'
    ? text
    : { error: `must start with postgres:// or postgresql:// (it starts with ${url.protocol}//)` };
}

function origins(text: string): CorsOrigins | { error: string } {
  const list = parseCorsOrigins(text);
  if (list === 'localhost') return list;
  for (const origin of list) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {}
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin) {
      return { error: `must be a comma-separated list of origins like https://www.kk.dk; ${shown(origin)} is not one` };
    }
  }
  return list;
}

function smtpUrl(text: string): SmtpSettings | { error: string } {
  const example =
    'must be a URL like smtp://user:password@mail.example.dk:587 or smtps://…:465 (the value is not shown: it may hold a password)';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: example };
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') return { error: example };
  const secure = url.protocol === 'smtps:';
  const settings: SmtpSettings = {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
  };
  if (url.username) settings.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  return settings;
}

function optionalWhole(min: number, max: number) {
  return variable<number | undefined>(undefined, (text) => {
    const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    return Number.isInteger(number) && number >= min && number <= max ? number : { error: `must be a whole number from ${min} to ${max}` };
  });
}

function yesNo(text: string): boolean | { error: string } {
  if (/^(true|yes|1)$/i.test(text)) return true;
  if (/^(false|no|0)$/i.test(text)) return false;
  return { error: 'must be true or false' };
}

// "booking@kk.dk" or "Borgerservice <booking@kk.dk>"; no line breaks (they would make new headers).
const MAILBOX = /^(?:[^<>@\p{Cc}]*<[^\s@<>]+@[^\s@<>.]+(?:\.[^\s@<>.]+)+>|[^\s@<>]+@[^\s@<>.]+(?:\.[^\s@<>.]+)+)$/u;

function mailFrom(text: string): string | { error: string } {
  return MAILBOX.test(text) ? text : { error: 'must be an address like booking@kk.dk or Borgerservice <booking@kk.dk>' };
}

function bookingPageUrl(text: string): string | { error: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: 'must be the full URL of the page with the booking widget, like https://www.kk.dk/book-tid' };
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return { error: "must start with https:// (http:// only for localhost): the link carries the booking's token" };
  }
  if (url.hash !== '') return { error: 'must not have a #fragment: the manage link puts #booking=…&token=… there' };
  return url.href;
}

const EnvSchema = z.object({
  PORT: whole(8787, 0, 65535),
  // Loopback unless told otherwise: the server must not face a network by accident.
  HOST: text('127.0.0.1'),
  DB_PATH: variable<string | undefined>(undefined, dbPath),
  DATABASE_URL: variable<string | undefined>(undefined, postgresUrl),
  RETENTION_DAYS: whole(30, 0, 3650),
  CORS_ORIGINS: variable<CorsOrigins>('localhost', origins),
  RATE_LIMIT_READS: whole(600, 0, 1_000_000),
  RATE_LIMIT_WRITES: whole(30, 0, 1_000_000),
  TRUST_PROXY: variable<TrustProxy>({ kind: 'none' }, parseTrustProxy),
  CITIZEN_BOOKING_LIMIT: whole(DEFAULT_CITIZEN_LIMIT, 0, 1000),
  CITIZEN_HASH_KEY: variable<string | undefined>(undefined, (t) =>
    t.length >= 32 ? t : { error: 'must be at least 32 characters (e.g. `openssl rand -hex 32`)' },
  ),
  DB_LOCK_TIMEOUT_MS: whole(2000, 10, 60_000),
  SHUTDOWN_GRACE_MS: whole(10_000, 0, 120_000),
  SLOTS_CACHE_MB: whole(32, 0, 4096),
  LOG_LEVEL: variable<LogLevel>('info', (t) =>
    (LOG_LEVELS as readonly string[]).includes(t) ? (t as LogLevel) : { error: `must be one of ${LOG_LEVELS.join(', ')}` },
  ),
  SMTP_URL: variable<SmtpSettings | undefined>(undefined, smtpUrl, true),
  SMTP_HOST: text(undefined),
  SMTP_PORT: optionalWhole(1, 65535),
  SMTP_SECURE: variable<boolean | undefined>(undefined, yesNo),
  SMTP_USER: text(undefined),
  SMTP_PASS: variable<string | undefined>(undefined, (t) => t, true),
  MAIL_FROM: variable<string | undefined>(undefined, mailFrom),
  REMINDER_HOURS: whole(DEFAULT_REMINDER_HOURS, 0, 336),
  BOOKING_PAGE_URL: variable<string | undefined>(undefined, bookingPageUrl),
});

/** SMTP settings from SMTP_URL or SMTP_HOST & co.; the problems go to `problems`. */
function smtpSettings(e: z.infer<typeof EnvSchema>, problems: string[]): SmtpSettings | undefined {
  const parts = { SMTP_PORT: e.SMTP_PORT, SMTP_SECURE: e.SMTP_SECURE, SMTP_USER: e.SMTP_USER, SMTP_PASS: e.SMTP_PASS };
  const given = Object.entries(parts)
    .filter(([, value]) => value !== undefined)
    .map(([name]) => name);
  if (e.SMTP_URL !== undefined) {
    if (e.SMTP_HOST !== undefined || given.length > 0) {
      problems.push(
        `SMTP_URL and ${[...(e.SMTP_HOST === undefined ? [] : ['SMTP_HOST']), ...given].join(', ')} are both set; use SMTP_URL alone or SMTP_HOST and its companions.`,
      );
    }
    return e.SMTP_URL;
  }
  if (e.SMTP_HOST === undefined) {
    if (given.length > 0)
      problems.push(`${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set without SMTP_HOST; set SMTP_HOST (or SMTP_URL) too.`);
    return undefined;
  }
  if ((e.SMTP_USER === undefined) !== (e.SMTP_PASS === undefined)) {
    problems.push('SMTP_USER and SMTP_PASS go together; set both or neither.');
  }
  const secure = e.SMTP_SECURE ?? e.SMTP_PORT === 465;
  const settings: SmtpSettings = { host: e.SMTP_HOST, port: e.SMTP_PORT ?? (secure ? 465 : 587), secure };
  if (e.SMTP_USER !== undefined && e.SMTP_PASS !== undefined) settings.auth = { user: e.SMTP_USER, pass: e.SMTP_PASS };
  return settings;
}

/**
 * Reads and checks every setting; throws `ConfigError` listing every bad value at once.
 * `DB_PATH`'s folder must exist. `DATABASE_URL` chooses PostgreSQL (then `DB_PATH` must be unset).
 */
export function readConfig(env: Env): ServerConfig {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.keys(EnvSchema.shape).map((name) => [name, env[name]])));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}.`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.DB_PATH !== undefined && e.DATABASE_URL !== undefined) {
    problems.push('DB_PATH and DATABASE_URL are both set; set DB_PATH for SQLite or DATABASE_URL for PostgreSQL, not both.');
  }
  const storage: StorageConfig =
    e.DATABASE_URL !== undefined ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'sqlite', path: e.DB_PATH ?? DEFAULT_DB_PATH };
  if (storage.kind === 'sqlite' && e.DB_PATH === undefined) {
    const defaultProblem = dbPath(DEFAULT_DB_PATH);
    if (typeof defaultProblem === 'object') problems.push(`DB_PATH is not set and the default ${DEFAULT_DB_PATH} ${defaultProblem.error}.`);
  }
  const smtp = smtpSettings(e, problems);
  if (smtp) {
    if (e.MAIL_FROM === undefined)
      problems.push('MAIL_FROM is required when SMTP is set: the From of the mails, like Borgerservice <booking@kk.dk>.');
    if (e.BOOKING_PAGE_URL === undefined) {
      problems.push(
        "BOOKING_PAGE_URL is required when SMTP is set: the confirmation's manage link opens that page (the one with <borger-booking manage-from-url>).",
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const reads = e.RATE_LIMIT_READS;
  const writes = e.RATE_LIMIT_WRITES;
  return {
    port: e.PORT,
    host: e.HOST as string,
    storage,
    retentionDays: e.RETENTION_DAYS,
    corsOrigins: e.CORS_ORIGINS,
    // 0 for one kind alone means "no limit" for that kind.
    rateLimit: reads === 0 && writes === 0 ? false : { reads: reads || Number.MAX_SAFE_INTEGER, writes: writes || Number.MAX_SAFE_INTEGER },
    trustProxy: e.TRUST_PROXY,
    citizenLimit: e.CITIZEN_BOOKING_LIMIT,
    ...(e.CITIZEN_HASH_KEY === undefined ? {} : { citizenHashKey: e.CITIZEN_HASH_KEY }),
    dbLockTimeoutMs: e.DB_LOCK_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    slotsCacheMb: e.SLOTS_CACHE_MB,
    logLevel: e.LOG_LEVEL,
    mail: {
      ...(smtp ? { smtp } : {}),
      from: e.MAIL_FROM ?? UNSENT_FROM,
      reminderHours: e.REMINDER_HOURS,
      ...(e.BOOKING_PAGE_URL === undefined ? {} : { bookingPageUrl: e.BOOKING_PAGE_URL }),
    },
  };
}

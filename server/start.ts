// Starts the booking server in this process: storage, catalogue, retention job, HTTP listener.
// Used by main.ts, the tests that need real HTTP, and the benchmark.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { type AppOptions, createBookingApi } from './app.js';
import { type MailTransport, type SmtpSettings, smtpTransport } from './mail/smtp.js';
import { MailWorker, type RetryPolicy } from './mail/worker.js';
import { openStorage } from './open-storage.js';
import { scheduleRetention } from './retention.js';
import { DEMO_CATALOGUE, seedCatalogue } from './seed.js';
import type { BookingStorage, Catalogue } from './storage.js';

/** E-mail: what config.ts read from SMTP_*, MAIL_FROM, REMINDER_HOURS and BOOKING_PAGE_URL. */
export interface ServerMailOptions {
  /** No SMTP (and no `transport`): mails are rendered and kept in the outbox as "unsent". */
  smtp?: SmtpSettings;
  /** A transport of one's own (tests); wins over `smtp`. */
  transport?: MailTransport;
  from: string;
  reminderHours: number;
  bookingPageUrl?: string;
  /** The worker's round when nothing wakes it. Default 10 s. */
  intervalMs?: number;
  leaseMs?: number;
  retry?: RetryPolicy;
}

export interface StartOptions extends Omit<AppOptions, 'mail'> {
  /** E-mail (outbox + worker). Default: none queued. */
  mail?: ServerMailOptions;
  /** SQLite file (its folder must exist) or ':memory:'; used when neither of the next two is given. */
  dbPath?: string;
  /** postgres://… : PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** A storage already open (tests); closed with the server. */
  storage?: BookingStorage;
  /** Longest wait for a database lock before a request is answered 503. Default 2000 ms. */
  dbLockTimeoutMs?: number;
  port?: number;
  host?: string;
  retentionDays?: number;
  catalogue?: Catalogue;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  port: number;
  storage: BookingStorage;
  /** The mail worker, when `mail` was given. */
  mailWorker?: MailWorker;
  /**
   * Stops accepting connections, lets requests in flight finish (for at most `graceMs`, default
   * 10 s; then their connections are cut), then closes the database.
   */
  close(graceMs?: number): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const lockTimeoutMs = options.dbLockTimeoutMs ?? 2000;
  const storage =
    options.storage ??
    (await openStorage(
      options.databaseUrl !== undefined
        ? { kind: 'postgres', url: options.databaseUrl }
        : { kind: 'sqlite', path: options.dbPath ?? ':memory:' },
      { lockTimeoutMs },
    ));
  await seedCatalogue(storage, options.catalogue ?? DEMO_CATALOGUE);
  const { logger } = options;
  const stopRetention = scheduleRetention(storage, {
    retentionDays: options.retentionDays ?? 30,
    ...(options.now ? { now: options.now } : {}),
    report: (result) => logger?.info({ ...result }, 'retention'),
    onError: (error) => logger?.error({ err: error instanceof Error ? error.name : 'error' }, 'retention failed'),
  });
  const mailOptions = options.mail;
  const transport = mailOptions?.transport ?? (mailOptions?.smtp ? smtpTransport(mailOptions.smtp) : undefined);
  const mailWorker = mailOptions
    ? new MailWorker(storage, {
        ...(transport ? { transport } : {}),
        from: mailOptions.from,
        ...(options.now ? { now: options.now } : {}),
        ...(mailOptions.intervalMs === undefined ? {} : { intervalMs: mailOptions.intervalMs }),
        ...(mailOptions.leaseMs === undefined ? {} : { leaseMs: mailOptions.leaseMs }),
        ...(mailOptions.retry ? { retry: mailOptions.retry } : {}),
        ...(logger ? { logger } : {}),
        ...(options.metrics ? { metrics: options.metrics } : {}),
      })
    : undefined;
  mailWorker?.start();
  const api = createBookingApi(storage, {
    ...options,
    ...(mailOptions && mailWorker
      ? {
          mail: {
            reminderHours: mailOptions.reminderHours,
            ...(mailOptions.bookingPageUrl === undefined ? {} : { bookingPageUrl: mailOptions.bookingPageUrl }),
            queued: () => mailWorker.kick(),
          },
        }
      : { mail: undefined }),
  });
  const host = options.host ?? '127.0.0.1';

  const server = createServer(api.listener(getRequestListener(api.app.fetch, { hostname: host })));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    storage,
    ...(mailWorker ? { mailWorker } : {}),
    close: (graceMs = 10_000) => {
      closing ??= (async () => {
        stopRetention();
        await new Promise<void>((resolve) => {
          // Resolves once every connection has ended: idle keep-alive ones are closed now, busy
          // ones after their answer.
          server.close(() => resolve());
          server.closeIdleConnections();
          const cut = setTimeout(() => server.closeAllConnections(), graceMs);
          cut.unref();
        });
        await mailWorker?.stop();
        await storage.close();
      })();
      return closing;
    },
  };
}

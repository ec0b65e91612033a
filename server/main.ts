// The reference booking server: `npm run server`. Every setting comes from the environment and is
// checked before anything starts (server/config.ts; the table is in server/README.md). Logs are
// JSON lines on stdout (pino); SIGTERM or SIGINT stops it gracefully.
import { pino } from 'pino';
import { ConfigError, readConfig, type ServerConfig } from './config.js';
import { BookingMetrics } from './metrics.js';
import { startServer } from './start.js';

let config: ServerConfig;
try {
  config = readConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(2);
}
// Written asynchronously and in blocks of at least 4 KB (about 25 request lines), or once a
// second when fewer came: one write per block rather than one per request or burst (measured:
// writing each burst was 7 % of the CPU under load, with --cpu-prof). Flushed before the process
// exits; a `kill -9` loses at most the last second's lines.
const logDestination = pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 });
const logger = pino({ level: config.logLevel, base: { service: 'borger-booking' } }, logDestination);
const server = await startServer({
  ...(config.storage.kind === 'sqlite' ? { dbPath: config.storage.path } : { databaseUrl: config.storage.url }),
  port: config.port,
  host: config.host,
  retentionDays: config.retentionDays,
  corsOrigins: config.corsOrigins,
  rateLimit: config.rateLimit,
  trustProxy: config.trustProxy,
  citizenLimit: config.citizenLimit,
  ...(config.citizenHashKey === undefined ? {} : { citizenHashKey: config.citizenHashKey }),
  dbLockTimeoutMs: config.dbLockTimeoutMs,
  slotsCache: config.slotsCacheMb > 0 ? { maxBytes: config.slotsCacheMb * 1024 * 1024 } : false,
  logger,
  metrics: new BookingMetrics().withProcessMetrics(),
  // Without SMTP nothing is queued: a production server keeps no addresses or manage links for mails
  // it will never send (the demo server keeps them, to show them at /demo/mails).
  ...(config.mail.smtp
    ? {
        mail: {
          smtp: config.mail.smtp,
          from: config.mail.from,
          reminderHours: config.mail.reminderHours,
          ...(config.mail.bookingPageUrl === undefined ? {} : { bookingPageUrl: config.mail.bookingPageUrl }),
        },
      }
    : {}),
});
// The URL's password never reaches the log.
const database = config.storage.kind === 'sqlite' ? `SQLite ${config.storage.path}` : `PostgreSQL ${new URL(config.storage.url).host}`;
// The SMTP login and password never reach the log.
const mail = config.mail.smtp ? `SMTP ${config.mail.smtp.host}:${config.mail.smtp.port}` : 'off (no SMTP): no mails queued or kept';
logger.info({ url: server.url, database, mail }, `Booking API listening on ${server.url}`);
// Out at once: supervisors and tests wait for this line.
logDestination.flush();

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal, graceMs: config.shutdownGraceMs }, 'stopping: no new connections, finishing requests in flight');
  server.close(config.shutdownGraceMs).then(
    () => {
      logger.info('stopped');
      logDestination.flushSync();
      process.exit(0);
    },
    (error: unknown) => {
      logger.error({ err: error instanceof Error ? error.name : 'error' }, 'stop failed');
      logDestination.flushSync();
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

// The reference booking server: `npm run server`. Every setting comes from the environment and is
// checked before anything starts (server/config.ts; the table is in server/README.md).
import { ConfigError, readConfig, type ServerConfig } from './config.js';
import { startServer } from './start.js';

let config: ServerConfig;
try {
  config = readConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(2);
}
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
  log: (line) => console.log(`${new Date().toISOString()} ${line}`),
});
// The URL's password never reaches the log.
const where = config.storage.kind === 'sqlite' ? `SQLite ${config.storage.path}` : `PostgreSQL ${new URL(config.storage.url).host}`;
console.log(`Booking API listening on ${server.url} (${where})`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

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
if (config.storage.kind !== 'sqlite') {
  console.error('DATABASE_URL (PostgreSQL) is not supported by this version yet; unset it to use SQLite.');
  process.exit(2);
}
const server = await startServer({
  dbPath: config.storage.path,
  port: config.port,
  host: config.host,
  retentionDays: config.retentionDays,
  corsOrigins: config.corsOrigins,
  rateLimit: config.rateLimit,
  trustProxy: config.trustProxy,
  log: (line) => console.log(`${new Date().toISOString()} ${line}`),
});
console.log(`Booking API listening on ${server.url} (database ${config.storage.path})`);

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

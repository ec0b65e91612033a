// The reference booking server: `npx tsx server/main.ts`.
// Env: PORT (8787; 0 = any free port), HOST (127.0.0.1), DB_PATH (server/data/booking.db,
// ':memory:' allowed), RETENTION_DAYS (30), CORS_ORIGINS (comma-separated; default localhost),
// RATE_LIMIT_READS (600) and RATE_LIMIT_WRITES (30) per minute and client, 0 = no limit.
import { readConfig } from './config.js';
import { startServer } from './start.js';

const config = readConfig(process.env);
const server = await startServer({
  dbPath: config.dbPath,
  port: config.port,
  host: config.host,
  retentionDays: config.retentionDays,
  corsOrigins: config.corsOrigins,
  rateLimit: config.rateLimit,
  log: (line) => console.log(`${new Date().toISOString()} ${line}`),
});
console.log(`Booking API listening on ${server.url} (database ${config.dbPath})`);

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

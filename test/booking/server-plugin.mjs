// A web-test-runner plugin that runs the reference booking server (server/) in-process for the
// browser tests: started with the test server, stopped with it, on a free port with an in-memory
// database, its clock fixed so slots are the same on every run. The browser learns the API's URL
// (and that clock) from GET /__booking-api-url.
//
//   import { bookingServerPlugin } from './test/booking/server-plugin.mjs';
//   plugins: [..., bookingServerPlugin()],
import { tsImport } from 'tsx/esm/api';

export const BOOKING_API_URL_PATH = '/__booking-api-url';
/** Thursday 26 November 2026, 09:00 in Copenhagen: before the counters open. */
export const DEFAULT_SERVER_NOW = '2026-11-26T09:00:00+01:00';

/** @param {{ now?: string }} [options] */
export function bookingServerPlugin(options = {}) {
  const now = new Date(options.now ?? DEFAULT_SERVER_NOW);
  /** @type {{ url: string, close(): Promise<void> } | undefined} */
  let server;
  return {
    name: 'borger-booking-reference-server',
    async serverStart() {
      const { startServer } = await tsImport('../../server/start.ts', import.meta.url);
      // No rate limit: a test run books and reads far faster than a citizen.
      server = await startServer({ dbPath: ':memory:', port: 0, now: () => now, rateLimit: false });
    },
    async serverStop() {
      await server?.close();
      server = undefined;
    },
    serve(context) {
      if (context.path !== BOOKING_API_URL_PATH || !server) return undefined;
      return { body: JSON.stringify({ url: server.url, now: now.toISOString() }), type: 'json', headers: { 'cache-control': 'no-store' } };
    },
  };
}

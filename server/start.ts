// Starts the booking server in this process: storage, catalogue, retention job, HTTP listener.
// Used by main.ts, the tests that need real HTTP, and the benchmark.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from './app.js';
import { openStorage } from './open-storage.js';
import { scheduleRetention } from './retention.js';
import { DEMO_CATALOGUE, seedCatalogue } from './seed.js';
import type { BookingStorage, Catalogue } from './storage.js';

export interface StartOptions extends AppOptions {
  /** SQLite file (its folder must exist) or ':memory:'; used when neither of the next two is given. */
  dbPath?: string;
  /** postgres://… : PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** A storage already open (tests); closed with the server. */
  storage?: BookingStorage;
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
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const storage =
    options.storage ??
    (await openStorage(
      options.databaseUrl !== undefined
        ? { kind: 'postgres', url: options.databaseUrl }
        : { kind: 'sqlite', path: options.dbPath ?? ':memory:' },
    ));
  await seedCatalogue(storage, options.catalogue ?? DEMO_CATALOGUE);
  const stopRetention = scheduleRetention(storage, {
    retentionDays: options.retentionDays ?? 30,
    ...(options.now ? { now: options.now } : {}),
    report: (result) => options.log?.(`retention erased=${result.erasedBookings} forgotten-keys=${result.forgottenKeys}`),
    onError: (error) => options.log?.(`retention failed ${error instanceof Error ? error.name : 'error'}`),
  });
  const app = createApp(storage, options);
  const host = options.host ?? '127.0.0.1';

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}`,
    port,
    storage,
    close: async () => {
      stopRetention();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets would hold close() open until they time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await storage.close();
    },
  };
}

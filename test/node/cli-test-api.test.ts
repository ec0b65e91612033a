// `borger-widgets test-api <base-url>` against our reference server, started in this process on a
// free port over real HTTP, and against servers that break one rule each.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/app.js';
import { seedCatalogue } from '../../server/seed.js';
import { SqliteBookingStorage } from '../../server/sqlite-storage.js';
import { type RunningServer, startServer } from '../../server/start.js';
import { CONTRACT_CHECKS } from '../../src/cli/test-api.js';
import { cli } from './cli-harness.js';

const marks = (stdout: string) => stdout.split('\n').filter((line) => /^[✔✖] /.test(line));

/** Our app behind a fetch handler that may change its answers: a server that breaks one rule. */
async function brokenServer(change: (request: Request, answer: Response) => Promise<Response>) {
  const storage = new SqliteBookingStorage(':memory:');
  await seedCatalogue(storage);
  const app = createApp(storage, { rateLimit: false });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const fetch = async (request: Request) => {
      // Uncompressed, so the change can read the answer.
      const headers = new Headers(request.headers);
      headers.delete('Accept-Encoding');
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.clone().text();
      return change(
        request,
        await app.fetch(new Request(request.url, { method: request.method, headers, ...(body === undefined ? {} : { body }) })),
      );
    };
    const listening = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await storage.close();
    },
  };
}

describe('test-api against the reference server', () => {
  let server: RunningServer;
  before(async () => {
    // The default per-citizen cap and read limit. One run makes about 15 writes, within the default
    // 30 a minute; three runs in one minute are not, so the write limit is raised here.
    server = await startServer({ dbPath: ':memory:', port: 0, rateLimit: { writes: 100 } });
  });
  after(() => server.close(1000));

  it('passes every check and exits 0 (Danish by default)', async () => {
    const { code, stdout, stderr } = await cli('test-api', `${server.url}/`);
    assert.equal(stderr, '');
    assert.deepEqual(
      marks(stdout).filter((line) => line.startsWith('✖')),
      [],
      stdout,
    );
    assert.equal(marks(stdout).length, CONTRACT_CHECKS.length);
    assert.match(stdout, /Tjekker booking-API'et på http:\/\/127\.0\.0\.1:\d+\//);
    assert.match(stdout, /10 af 10 tjek holder\./);
    assert.equal(code, 0);
  });

  it('leaves no booking behind: every test booking is cancelled', async () => {
    assert.equal((await cli('test-api', server.url, '--lang', 'en')).code, 0);
    const storage = server.storage as SqliteBookingStorage;
    const now = Date.now();
    const taken = await storage.bookedIntervals('borgerservice-raadhuset', now - 86_400_000, now + 40 * 86_400_000);
    const others = await Promise.all(
      ['bibliotek-hovedbiblioteket', 'bibliotek-valby'].map((id) => storage.bookedIntervals(id, now - 86_400_000, now + 40 * 86_400_000)),
    );
    assert.deepEqual([taken, ...others].flat(), []);
  });

  it('speaks English with --lang en', async () => {
    const { code, stdout } = await cli('test-api', '--lang', 'en', server.url);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /✔ a fully booked slot gives 409 slot_taken/);
    assert.match(stdout, /10 of 10 checks hold\./);
  });
});

describe('test-api against servers that break a rule', () => {
  it('a wrong token answered 401 instead of 404: that check fails, the rest hold, exit 1', async () => {
    const server = await brokenServer(async (request, answer) => {
      const wrongToken = request.headers.get('Authorization')?.includes('xxxxxxxx');
      return answer.status === 404 && wrongToken
        ? Response.json({ error: { code: 'not_found', message: 'Wrong token.' } }, { status: 401 })
        : answer;
    });
    try {
      const { code, stdout } = await cli('test-api', '--lang', 'en', server.url);
      assert.equal(code, 1);
      const failed = marks(stdout).filter((line) => line.startsWith('✖'));
      assert.deepEqual(failed, ['✖ a wrong or missing token answers like an unknown booking (404)'], stdout);
      assert.match(stdout, /GET \/bookings\/[^ ]+ \(wrong token\): expected 404, got 401/);
      assert.match(stdout, /9 of 10 checks hold\./);
    } finally {
      await server.close();
    }
  });

  it('an answer that echoes the e-mail address fails "no personal data", with the value named', async () => {
    const server = await brokenServer(async (request, answer) => {
      if (request.method !== 'GET' || !new URL(request.url).pathname.startsWith('/bookings/') || answer.status !== 200) return answer;
      // In a field the schema allows, so only the echo check can see it.
      const body = (await answer.json()) as { booking: Record<string, unknown> };
      return Response.json({ booking: { ...body.booking, code: 'test-api@example.invalid' } });
    });
    try {
      const { code, stdout } = await cli('test-api', '--lang', 'en', server.url);
      assert.equal(code, 1);
      assert.match(stdout, /✖ answers do not repeat the citizen's name, e-mail or phone/);
      assert.match(stdout, /GET \/bookings\/[^ ]+: the answer contains "test-api@example\.invalid"/);
    } finally {
      await server.close();
    }
  });

  it('nothing listening: the first check fails with the network error, the rest are not run', async () => {
    const server = await brokenServer(async (_request, answer) => answer);
    const url = server.url;
    await server.close();
    const { code, stdout } = await cli('test-api', url);
    assert.equal(code, 1);
    assert.match(stdout, /✖ ydelser, steder og tider/);
    assert.match(stdout, /GET \/services: intet svar/);
    assert.match(stdout, /ikke kørt, fordi/);
    assert.match(stdout, /0 af 10 tjek holder\./);
  });
});

describe('test-api on the command line', () => {
  it('needs one http(s) address', async () => {
    const none = await cli('test-api');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Angiv booking-API'ets adresse/);
    const file = await cli('test-api', 'file:///etc/passwd', '--lang', 'en');
    assert.equal(file.code, 2);
    assert.match(file.stderr, /needs one address starting with http:\/\/ or https:\/\//);
  });

  it('is in the help, both languages', async () => {
    assert.match((await cli('--help')).stdout, /npx borger-widgets test-api/);
    assert.match((await cli('--help', '--lang', 'en')).stdout, /test-api checks a booking system/);
  });
});

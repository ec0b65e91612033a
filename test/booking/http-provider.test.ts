import { expect } from '@open-wc/testing';
import type { Booking, Slot } from '../../src/booking/booking.schema.js';
import { type FetchFunction, HttpBookingProvider } from '../../src/booking/http-provider.js';
import { BookingError, type BookingErrorCode } from '../../src/booking/provider.js';

const BASE = 'https://booking.example.dk/api';

const SLOT: Slot = {
  id: 'bibliotek-valby:pas:2026-03-30T12:00:00+02:00',
  serviceId: 'pas',
  locationId: 'bibliotek-valby',
  start: '2026-03-30T12:00:00+02:00',
  end: '2026-03-30T12:15:00+02:00',
  remaining: 1,
};

const BOOKING: Booking = {
  id: 'b/1 x',
  code: 'K7MX3Q',
  serviceId: 'pas',
  locationId: 'bibliotek-valby',
  start: SLOT.start,
  end: SLOT.end,
  status: 'confirmed',
};

const TOKEN = 'PW4UcpZYqrO-z1ZLaFhAkw';

interface Call {
  url: string;
  init: RequestInit;
  headers: Headers;
}

/** A fetch that records each call and answers from `respond`. */
function fakeFetch(respond: (call: Call) => Response | Promise<Response>): { fetch: FetchFunction; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      const call = { url, init, headers: new Headers(init.headers) };
      calls.push(call);
      return respond(call);
    },
  };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A fetch that never answers until its signal aborts, as a real one with a silent server. */
const silentFetch: FetchFunction = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });

async function rejection(promise: Promise<unknown>): Promise<BookingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BookingError);
    return error as BookingError;
  }
  throw new Error('expected the call to fail');
}

describe('HttpBookingProvider: requests', () => {
  it('GETs /services with JSON accepted, no cookies and no token', async () => {
    const fake = fakeFetch(() => json({ services: [{ id: 'pas', name: 'Pas', durationMinutes: 15 }] }));
    const provider = new HttpBookingProvider(`${BASE}/`, { fetch: fake.fetch });
    const services = await provider.services();
    expect(services).to.deep.equal([{ id: 'pas', name: 'Pas', durationMinutes: 15 }]);
    const [call] = fake.calls;
    expect(call?.url).to.equal(`${BASE}/services`);
    expect(call?.init.method).to.equal('GET');
    expect(call?.init.credentials).to.equal('omit');
    expect(call?.headers.get('Accept')).to.equal('application/json');
    expect(call?.headers.has('Authorization')).to.equal(false);
    expect(call?.init.body).to.equal(null);
  });

  it('puts the service, location and dates in the query', async () => {
    const fake = fakeFetch((call) =>
      call.url.includes('/locations')
        ? json({ locations: [{ id: 'bibliotek-valby', name: 'Valby Bibliotek', kind: 'library', address: 'Annexstræde 2, 2500 Valby' }] })
        : json({ slots: [SLOT] }),
    );
    const provider = new HttpBookingProvider(BASE, { fetch: fake.fetch });
    expect((await provider.locations('pas'))[0]?.id).to.equal('bibliotek-valby');
    expect(await provider.slots('pas', 'bibliotek-valby', '2026-03-30', '2026-04-12')).to.deep.equal([SLOT]);
    expect(fake.calls[0]?.url).to.equal(`${BASE}/locations?service=pas`);
    const slotsUrl = new URL(fake.calls[1]?.url ?? '');
    expect(slotsUrl.pathname).to.equal('/api/slots');
    expect(Object.fromEntries(slotsUrl.searchParams)).to.deep.equal({
      service: 'pas',
      location: 'bibliotek-valby',
      from: '2026-03-30',
      to: '2026-04-12',
    });
  });

  it('POSTs a booking as JSON with the Idempotency-Key header', async () => {
    const fake = fakeFetch(() => json({ booking: BOOKING, token: TOKEN }, 201));
    const provider = new HttpBookingProvider(BASE, { fetch: fake.fetch });
    const body = { slotId: SLOT.id, name: 'Anna Jensen', email: 'anna@example.dk' };
    expect(await provider.create(body, 'key-0123456789abcdef')).to.deep.equal({ booking: BOOKING, token: TOKEN });
    const [call] = fake.calls;
    expect(call?.url).to.equal(`${BASE}/bookings`);
    expect(call?.init.method).to.equal('POST');
    expect(call?.headers.get('Idempotency-Key')).to.equal('key-0123456789abcdef');
    expect(call?.headers.get('Content-Type')).to.equal('application/json');
    expect(JSON.parse(String(call?.init.body))).to.deep.equal(body);
    expect(call?.headers.has('Authorization')).to.equal(false);
  });

  it('sends the token as a Bearer header to read, move and cancel, with the id encoded', async () => {
    const fake = fakeFetch((call) => (call.init.method === 'DELETE' ? new Response(null, { status: 204 }) : json({ booking: BOOKING })));
    const provider = new HttpBookingProvider(BASE, { fetch: fake.fetch });
    expect(await provider.get(BOOKING.id, TOKEN)).to.deep.equal(BOOKING);
    expect(await provider.reschedule(BOOKING.id, TOKEN, SLOT.id)).to.deep.equal(BOOKING);
    expect(await provider.cancel(BOOKING.id, TOKEN)).to.equal(undefined);
    expect(fake.calls.map((c) => `${c.init.method} ${c.url}`)).to.deep.equal([
      `GET ${BASE}/bookings/b%2F1%20x`,
      `POST ${BASE}/bookings/b%2F1%20x/reschedule`,
      `DELETE ${BASE}/bookings/b%2F1%20x`,
    ]);
    for (const call of fake.calls) expect(call.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(JSON.parse(String(fake.calls[1]?.init.body))).to.deep.equal({ slotId: SLOT.id });
  });
});

describe('HttpBookingProvider: error answers', () => {
  const cases: Array<[status: number, body: unknown, code: BookingErrorCode]> = [
    [409, { error: { code: 'slot_taken', message: 'Taken.' } }, 'slot_taken'],
    [404, { error: { code: 'not_found', message: 'No booking with this id and token.' } }, 'not_found'],
    [429, { error: { code: 'rate_limited', message: 'Slow down.' } }, 'rate_limited'],
    [500, { error: { code: 'internal', message: 'Oops.' } }, 'internal'],
    [503, '<html>Service Unavailable</html>', 'internal'],
    [502, '', 'internal'],
    [409, 'conflict', 'slot_taken'],
    [404, null, 'not_found'],
    [413, { message: 'too big' }, 'invalid'],
    [418, 'teapot', 'bad_response'],
  ];

  for (const [status, body, code] of cases) {
    it(`maps ${status} with ${JSON.stringify(body)} to ${code}`, async () => {
      const fake = fakeFetch(() => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
      const error = await rejection(new HttpBookingProvider(BASE, { fetch: fake.fetch }).services());
      expect(error.code).to.equal(code);
      expect(error.status).to.equal(status);
    });
  }

  it('gives 422 field messages to the caller', async () => {
    const fields = { name: 'looks like a CPR number', email: 'should be an e-mail address' };
    const fake = fakeFetch(() => json({ error: { code: 'invalid', message: 'The booking is not valid.', fields } }, 422));
    const error = await rejection(new HttpBookingProvider(BASE, { fetch: fake.fetch }).create({ slotId: 'x', name: 'y', email: 'z' }, 'k'));
    expect(error.code).to.equal('invalid');
    expect(error.status).to.equal(422);
    expect(error.fields).to.deep.equal(fields);
  });

  it("takes the error body's code over the status", async () => {
    const fake = fakeFetch(() => json({ error: { code: 'slot_taken', message: 'Gone.' } }, 400));
    expect((await rejection(new HttpBookingProvider(BASE, { fetch: fake.fetch }).services())).code).to.equal('slot_taken');
  });
});

describe('HttpBookingProvider: broken answers and transport', () => {
  it('reports an answer that is not JSON as bad_response, without quoting it', async () => {
    const fake = fakeFetch(() => new Response('<h1>Welcome to nginx</h1>secret-ish', { status: 200 }));
    const error = await rejection(new HttpBookingProvider(BASE, { fetch: fake.fetch }).services());
    expect(error.code).to.equal('bad_response');
    expect(error.message).to.not.include('nginx');
  });

  it('reports an answer of the wrong shape with the JSON paths of its problems', async () => {
    const broken = {
      slots: [
        { ...SLOT, start: '2026-03-30 12:00' },
        { ...SLOT, remaining: -1, extra: true },
      ],
    };
    const fake = fakeFetch(() => json(broken));
    const error = await rejection(new HttpBookingProvider(BASE, { fetch: fake.fetch }).slots('pas', 'x', '2026-03-30', '2026-03-31'));
    expect(error.code).to.equal('bad_response');
    expect(error.message).to.include('$.slots[0].start');
    expect(error.message).to.include('$.slots[1].remaining');
    expect(error.message).to.include('$.slots[1].extra');
    expect(error.problems?.map((p) => p.path)).to.include.members(['$.slots[0].start', '$.slots[1].remaining', '$.slots[1].extra']);
  });

  it('checks a created booking too: a token missing is a broken answer', async () => {
    const fake = fakeFetch(() => json({ booking: BOOKING }, 201));
    const error = await rejection(
      new HttpBookingProvider(BASE, { fetch: fake.fetch }).create({ slotId: 'x', name: 'y', phone: '12345678' }, 'k'),
    );
    expect(error.code).to.equal('bad_response');
    expect(error.message).to.include('$.token');
  });

  it('maps a failed fetch to network', async () => {
    const provider = new HttpBookingProvider(BASE, { fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const error = await rejection(provider.services());
    expect(error.code).to.equal('network');
    expect(error.cause).to.be.instanceOf(TypeError);
  });

  it('gives up after timeoutMs with timeout', async () => {
    const error = await rejection(new HttpBookingProvider(BASE, { fetch: silentFetch, timeoutMs: 20 }).services());
    expect(error.code).to.equal('timeout');
  });

  it('times out on an answer whose body never ends', async () => {
    const fetch: FetchFunction = async (_url, init) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"services": ['));
            init.signal?.addEventListener('abort', () => controller.error(new DOMException('Aborted', 'AbortError')));
          },
        }),
        { status: 200 },
      );
    const error = await rejection(new HttpBookingProvider(BASE, { fetch, timeoutMs: 20 }).services());
    expect(error.code).to.equal('timeout');
  });

  it("stops with aborted when the caller's signal aborts", async () => {
    const controller = new AbortController();
    const pending = new HttpBookingProvider(BASE, { fetch: silentFetch, timeoutMs: 10_000 }).services(controller.signal);
    controller.abort();
    expect((await rejection(pending)).code).to.equal('aborted');
  });

  it('does not call fetch at all for an already aborted signal', async () => {
    const fake = fakeFetch(() => json({ services: [] }));
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(new HttpBookingProvider(BASE, { fetch: fake.fetch }).services(controller.signal));
    expect(error.code).to.equal('aborted');
    expect(fake.calls).to.have.length(0);
  });

  it('uses the global fetch when none is given', async () => {
    const original = globalThis.fetch;
    const fake = fakeFetch(() => json({ services: [] }));
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => fake.fetch(String(input), init ?? {})) as typeof fetch;
    try {
      expect(await new HttpBookingProvider(BASE).services()).to.deep.equal([]);
    } finally {
      globalThis.fetch = original;
    }
    expect(fake.calls).to.have.length(1);
  });
});

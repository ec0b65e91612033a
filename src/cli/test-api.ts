// `borger-widgets test-api <base-url>`: the rules of docs/booking-api.md checked against any server
// that claims to speak the booking API. It books real times (with made-up people at
// example.invalid) and cancels them again at the end, so point it at a test system.
// Pure of printing: results come back as data; test-api.messages.ts turns them into sentences.
import {
  BookingResponseSchema,
  CreatedBookingResponseSchema,
  ErrorBodySchema,
  LocationsResponseSchema,
  ServicesResponseSchema,
  type Slot,
  SlotsResponseSchema,
} from '../booking/booking.schema.js';
import { addDays, isoDateOf } from '../core/time.js';
import { formatProblems, validate } from '../core/validation.js';

/** The checks, in the order they run and are printed. */
export const CONTRACT_CHECKS = [
  'catalogue',
  'offsets',
  'create',
  'no-echo',
  'replay',
  'replay-other-body',
  'slot-taken',
  'token-404',
  'cpr-422',
  'cancel',
] as const;
export type ContractCheck = (typeof CONTRACT_CHECKS)[number];

/** Why a check failed, as data (the CLI's language decides the sentence). */
export type CheckFailure =
  | { reason: 'status'; request: string; expected: number; got: number }
  | { reason: 'shape'; request: string; problems: string }
  | { reason: 'echoed'; request: string; value: string }
  | { reason: 'differs'; request: string; what: string }
  | { reason: 'network'; request: string; message: string }
  | { reason: 'no-free-slot'; days: number }
  | { reason: 'not-run'; needs: ContractCheck };

export type CheckResult = { check: ContractCheck; ok: true } | { check: ContractCheck; ok: false; failure: CheckFailure };

export interface ContractOptions {
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  /** Longest wait for one answer. Default 10 000 ms. */
  timeoutMs?: number;
  /** Days ahead searched for a free slot. Default 14. */
  days?: number;
  now?: () => Date;
}

class Failed extends Error {
  constructor(readonly failure: CheckFailure) {
    super(failure.reason);
  }
}

interface Answer {
  status: number;
  text: string;
  json: unknown;
}

/** The made-up citizens the checks book as; nothing of theirs may come back in an answer. */
const PERSON = { name: 'Testa Kontraktsen', email: 'test-api@example.invalid', phone: '+4512345678' };
const CPR_NAMES = ['Testa 010190-1234', 'Testa 01.01.90-1234', 'Testa ０１０１９０１２３４'];

const key = () => `test-api-${crypto.randomUUID()}`;

/**
 * Runs every check of CONTRACT_CHECKS against the booking API at `baseUrl` (e.g.
 * `https://test.example.dk/api/booking/v1`), in order, and returns one result per check. Never
 * throws: a network failure is a failed check. Bookings it makes are cancelled before it returns.
 */
export async function runContractChecks(baseUrl: string, options: ContractOptions = {}): Promise<CheckResult[]> {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const days = options.days ?? 14;
  const base = baseUrl.replace(/\/+$/, '');
  const made: Array<{ id: string; token: string }> = [];

  async function request(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
    const label = `${method} ${path}`;
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        signal: AbortSignal.timeout(timeoutMs),
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    } catch (error) {
      throw new Failed({ reason: 'network', request: label, message: error instanceof Error ? error.message : String(error) });
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json };
  }

  function expect<T>(answer: Answer, label: string, status: number, schema?: Parameters<typeof validate<T>>[0]): T {
    if (answer.status !== status) throw new Failed({ reason: 'status', request: label, expected: status, got: answer.status });
    if (!schema) return undefined as T;
    const checked = validate(schema, answer.json);
    if (!checked.ok) throw new Failed({ reason: 'shape', request: label, problems: formatProblems(checked.problems) });
    return checked.value;
  }

  function noEcho(answer: Answer, label: string, values: readonly string[]): void {
    for (const value of values) {
      if (answer.text.includes(value)) throw new Failed({ reason: 'echoed', request: label, value });
    }
  }

  const results: CheckResult[] = [];
  const passed = new Set<ContractCheck>();
  async function check(name: ContractCheck, needs: readonly ContractCheck[], body: () => Promise<void>): Promise<void> {
    const missing = needs.find((need) => !passed.has(need));
    if (missing) {
      results.push({ check: name, ok: false, failure: { reason: 'not-run', needs: missing } });
      return;
    }
    try {
      await body();
      passed.add(name);
      results.push({ check: name, ok: true });
    } catch (error) {
      if (!(error instanceof Failed)) throw error;
      results.push({ check: name, ok: false, failure: error.failure });
    }
  }

  let slots: Slot[] = [];
  let created: { id: string; token: string; slotId: string; key: string; body: Record<string, string>; answer: Answer } | undefined;

  await check('catalogue', [], async () => {
    const from = isoDateOf(options.now?.() ?? new Date());
    const to = addDays(from, days - 1);
    const { services } = expect(await request('GET', '/services'), 'GET /services', 200, ServicesResponseSchema);
    for (const service of services) {
      const path = `/locations?service=${encodeURIComponent(service.id)}`;
      const { locations } = expect(await request('GET', path), `GET ${path}`, 200, LocationsResponseSchema);
      for (const location of locations) {
        const query = `/slots?service=${encodeURIComponent(service.id)}&location=${encodeURIComponent(location.id)}&from=${from}&to=${to}`;
        const found = expect(await request('GET', query), `GET ${query}`, 200, SlotsResponseSchema).slots;
        if (found.some((slot) => slot.remaining > 0)) {
          slots = found;
          return;
        }
      }
    }
    throw new Failed({ reason: 'no-free-slot', days });
  });

  await check('offsets', ['catalogue'], async () => {
    // The schema already requires an offset; the times must also be real instants in order.
    for (const slot of slots) {
      const [start, end] = [Date.parse(slot.start), Date.parse(slot.end)];
      if (!(start < end)) throw new Failed({ reason: 'differs', request: 'GET /slots', what: `start < end (${slot.start} – ${slot.end})` });
    }
  });

  // The free slot with the fewest places left: the cheapest to fill for the 409 check.
  const free = () => slots.filter((slot) => slot.remaining > 0).sort((a, b) => a.remaining - b.remaining)[0] as Slot;

  await check('create', ['catalogue'], async () => {
    const slot = free();
    const body = { slotId: slot.id, ...PERSON };
    const idempotencyKey = key();
    const answer = await request('POST', '/bookings', { body, headers: { 'Idempotency-Key': idempotencyKey } });
    const { booking, token } = expect(answer, 'POST /bookings', 201, CreatedBookingResponseSchema);
    made.push({ id: booking.id, token });
    if (Date.parse(booking.start) !== Date.parse(slot.start)) {
      throw new Failed({ reason: 'differs', request: 'POST /bookings', what: `booking.start ${booking.start} ≠ slot ${slot.start}` });
    }
    created = { id: booking.id, token, slotId: slot.id, key: idempotencyKey, body, answer };
  });

  await check('no-echo', ['create'], async () => {
    const c = created as NonNullable<typeof created>;
    const path = `/bookings/${encodeURIComponent(c.id)}`;
    const answer = await request('GET', path, { headers: { Authorization: `Bearer ${c.token}` } });
    expect(answer, `GET ${path}`, 200, BookingResponseSchema);
    noEcho(answer, `GET ${path}`, Object.values(PERSON));
    noEcho(c.answer, 'POST /bookings', Object.values(PERSON));
    const replay = await request('POST', '/bookings', { body: c.body, headers: { 'Idempotency-Key': c.key } });
    noEcho(replay, 'POST /bookings', Object.values(PERSON));
  });

  await check('replay', ['create'], async () => {
    const c = created as NonNullable<typeof created>;
    const answer = await request('POST', '/bookings', { body: c.body, headers: { 'Idempotency-Key': c.key } });
    const again = expect(answer, 'POST /bookings (same Idempotency-Key)', 201, CreatedBookingResponseSchema);
    if (again.booking.id !== c.id) throw new Failed({ reason: 'differs', request: 'POST /bookings', what: 'booking.id' });
    if (again.token !== c.token) throw new Failed({ reason: 'differs', request: 'POST /bookings', what: 'token' });
  });

  await check('replay-other-body', ['create'], async () => {
    const c = created as NonNullable<typeof created>;
    const other = { ...c.body, name: 'Testo Andersen' };
    const answer = await request('POST', '/bookings', { body: other, headers: { 'Idempotency-Key': c.key } });
    expect(answer, 'POST /bookings (same key, other body)', 422, ErrorBodySchema);
  });

  await check('slot-taken', ['create'], async () => {
    const c = created as NonNullable<typeof created>;
    const left = slots.find((slot) => slot.id === c.slotId)?.remaining ?? 1;
    // Fill what is left of the slot (the first booking took one place), then one more must be refused.
    for (let i = 0; i < left; i++) {
      // Each booking is another made-up person, so a per-citizen cap does not stop the filling.
      const body = { slotId: c.slotId, name: PERSON.name, email: `test-api-${i}-${Date.now()}@example.invalid` };
      const answer = await request('POST', '/bookings', { body, headers: { 'Idempotency-Key': key() } });
      if (answer.status === 201) {
        const { booking, token } = expect(answer, 'POST /bookings', 201, CreatedBookingResponseSchema);
        made.push({ id: booking.id, token });
        continue;
      }
      const error = expect(answer, 'POST /bookings (slot full)', 409, ErrorBodySchema);
      if (error.error.code !== 'slot_taken')
        throw new Failed({ reason: 'differs', request: 'POST /bookings', what: `code ${error.error.code}` });
      return;
    }
    throw new Failed({ reason: 'status', request: `POST /bookings (${left + 1}. booking of one slot)`, expected: 409, got: 201 });
  });

  await check('token-404', ['create'], async () => {
    const c = created as NonNullable<typeof created>;
    const path = `/bookings/${encodeURIComponent(c.id)}`;
    const wrong = await request('GET', path, { headers: { Authorization: `Bearer ${'x'.repeat(c.token.length)}` } });
    const wrongBody = expect(wrong, `GET ${path} (wrong token)`, 404, ErrorBodySchema);
    const none = await request('GET', path);
    expect(none, `GET ${path} (no token)`, 404, ErrorBodySchema);
    const unknownPath = `/bookings/test-api-${crypto.randomUUID()}`;
    const unknown = await request('GET', unknownPath, { headers: { Authorization: `Bearer ${c.token}` } });
    const unknownBody = expect(unknown, `GET ${unknownPath}`, 404, ErrorBodySchema);
    if (JSON.stringify(wrongBody) !== JSON.stringify(unknownBody)) {
      throw new Failed({ reason: 'differs', request: `GET ${path}`, what: 'the 404 body of a wrong token vs. an unknown booking' });
    }
    for (const method of ['DELETE', 'POST'] as const) {
      const target = method === 'DELETE' ? path : `${path}/reschedule`;
      const answer = await request(method, target, {
        headers: { Authorization: `Bearer ${'x'.repeat(c.token.length)}` },
        ...(method === 'POST' ? { body: { slotId: c.slotId } } : {}),
      });
      expect(answer, `${method} ${target} (wrong token)`, 404, ErrorBodySchema);
    }
  });

  await check('cpr-422', ['catalogue'], async () => {
    // Another slot than the one just filled, so a server that checks the slot first still gets to the name.
    const slot = slots.find((s) => s.remaining > 0 && s.id !== created?.slotId) ?? free();
    for (const name of CPR_NAMES) {
      const answer = await request('POST', '/bookings', {
        body: { slotId: slot?.id, name, email: PERSON.email },
        headers: { 'Idempotency-Key': key() },
      });
      if (answer.status === 201) {
        const { booking, token } = expect(answer, 'POST /bookings', 201, CreatedBookingResponseSchema);
        made.push({ id: booking.id, token });
      }
      const error = expect(answer, `POST /bookings (name ${JSON.stringify(name)})`, 422, ErrorBodySchema);
      if (error.error.fields?.name === undefined) {
        throw new Failed({ reason: 'differs', request: 'POST /bookings', what: 'error.fields.name (the field the problem is in)' });
      }
      noEcho(answer, 'POST /bookings', [name.slice(6)]);
    }
  });

  // Last: cancels everything the checks booked, and checks cancelling works.
  await check('cancel', ['create'], async () => {
    let first: Failed | undefined;
    for (const { id, token } of made) {
      const path = `/bookings/${encodeURIComponent(id)}`;
      try {
        expect(await request('DELETE', path, { headers: { Authorization: `Bearer ${token}` } }), `DELETE ${path}`, 204);
        const after = expect(
          await request('GET', path, { headers: { Authorization: `Bearer ${token}` } }),
          `GET ${path}`,
          200,
          BookingResponseSchema,
        );
        if (after.booking.status !== 'cancelled')
          throw new Failed({ reason: 'differs', request: `GET ${path}`, what: `status ${after.booking.status}` });
      } catch (error) {
        if (!(error instanceof Failed)) throw error;
        first ??= error;
      }
    }
    if (first) throw first;
  });

  return results;
}

// docs/openapi.json: what the generator makes now, valid OpenAPI 3.1, covering every endpoint and
// status of docs/booking-api.md, and served by the reference server at GET /openapi.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { bookingOpenApi, bookingOpenApiText } from '../../server/openapi.js';
import { call, makeApp, type TestApp } from './fixtures.js';

const root = resolve(import.meta.dirname, '../..');
const committed = readFileSync(resolve(root, 'docs/openapi.json'), 'utf8');
const prose = readFileSync(resolve(root, 'docs/booking-api.md'), 'utf8');

type Json = Record<string, unknown>;
type Operation = { responses: Record<string, Json>; parameters?: Json[]; security?: unknown; requestBody?: Json };

const doc = bookingOpenApi() as { paths: Record<string, Record<string, Operation & { parameters?: Json[] }>>; components: Json };

/** The endpoint table of docs/booking-api.md: method, OpenAPI path, the statuses it names. */
function proseEndpoints(): Array<{ method: string; path: string; statuses: string[] }> {
  const rows = prose.split('\n').filter((line) => /^\| `(GET|POST|PUT|PATCH|DELETE) \//.test(line));
  return rows.map((row) => {
    const [, endpoint = '', , answer = ''] = row.split('|');
    const [, method = '', target = ''] = /`(\w+) ([^`]+)`/.exec(endpoint) ?? [];
    const path = (target.split('?')[0] ?? '').replace(/:(\w+)/g, '{$1}');
    return { method: method.toLowerCase(), path, statuses: [...answer.matchAll(/\b([1-5]\d\d)\b/g)].map((m) => m[1] as string) };
  });
}

async function isValid(document: Record<string, unknown>): Promise<boolean> {
  return (await new Validator().validate(document)).valid;
}

describe('docs/openapi.json', () => {
  it('is exactly what scripts/build-openapi.ts generates from the shared schemas now', () => {
    assert.equal(committed, bookingOpenApiText(), 'out of date: run `npx tsx scripts/build-openapi.ts` and commit docs/openapi.json');
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(committed) as Json);
    assert.equal(validator.version, '3.1');
    assert.deepEqual(result, { valid: true });
  });

  it('would be refused by the validator if it were broken (the check bites)', async () => {
    // A response needs a description (OpenAPI 3.1, Response Object).
    const noDescription = JSON.parse(committed) as { paths: Record<string, Record<string, Operation>> };
    delete noDescription.paths['/services']?.get?.responses['200']?.description;
    assert.equal(await isValid(noDescription), false);
    const badParameter = JSON.parse(committed) as { paths: Record<string, Json> };
    badParameter.paths['/locations'] = { get: { parameters: [{ name: 'service', in: 'body' }], responses: {} } };
    assert.equal(await isValid(badParameter), false);
  });

  it('has every endpoint and every status of the prose contract, each error with the Error body', () => {
    const endpoints = proseEndpoints();
    assert.equal(endpoints.length, 7, 'the endpoint table of docs/booking-api.md');
    for (const { method, path, statuses } of endpoints) {
      const operation = doc.paths[path]?.[method];
      assert.ok(operation, `${method.toUpperCase()} ${path} is in the OpenAPI document`);
      for (const status of statuses) assert.ok(operation.responses[status], `${method.toUpperCase()} ${path} answers ${status}`);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        assert.deepEqual(response.content, { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }, `${path} ${status}`);
      }
    }
  });

  it('names the Idempotency-Key header and the Bearer token where the contract needs them', () => {
    const create = doc.paths['/bookings']?.post;
    const key = create?.parameters?.find((p) => p.name === 'Idempotency-Key');
    assert.equal(key?.in, 'header');
    assert.equal(key?.required, true);
    assert.deepEqual((doc.components.securitySchemes as Json).bookingToken, {
      type: 'http',
      scheme: 'bearer',
      description: (doc.components.securitySchemes as Record<string, Json>).bookingToken?.description,
    });
    for (const [path, method] of [
      ['/bookings/{id}', 'get'],
      ['/bookings/{id}', 'delete'],
      ['/bookings/{id}/reschedule', 'post'],
    ] as const) {
      assert.deepEqual(doc.paths[path]?.[method]?.security, [{ bookingToken: [] }], `${method} ${path}`);
    }
    assert.equal(doc.paths['/services']?.get?.security, undefined, 'reading services needs no token');
  });

  it('carries the shared schemas: request bodies strict, ids bounded, times with an offset', () => {
    const schemas = doc.components.schemas as Record<string, Json>;
    const create = schemas.CreateBooking as { additionalProperties: boolean; required: string[]; properties: Record<string, Json> };
    assert.equal(create.additionalProperties, false);
    assert.deepEqual(create.required, ['slotId', 'name']);
    assert.deepEqual(Object.keys(create.properties), ['slotId', 'name', 'email', 'phone', 'lang']);
    const pattern = new RegExp((schemas.DateTime as { pattern: string }).pattern);
    assert.ok(pattern.test('2026-12-01T09:00:00+01:00'));
    assert.ok(!pattern.test('2026-12-01T09:00:00'), 'a time without an offset is outside the contract');
    // Every $ref points at a component that exists.
    for (const [, name] of committed.matchAll(/"\$ref": "#\/components\/schemas\/(\w+)"/g)) {
      assert.ok(schemas[name as string], `#/components/schemas/${name}`);
    }
  });
});

describe('GET /openapi.json', () => {
  let t: TestApp;
  before(async () => {
    t = await makeApp();
  });
  after(() => t.close());

  it('serves the committed document as JSON', async () => {
    const response = await call(t.app, 'GET', '/openapi.json');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^application\/json/);
    assert.deepEqual(response.body, JSON.parse(committed));
  });
});

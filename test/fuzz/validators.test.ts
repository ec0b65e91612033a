// Fuzzing every schema validator with fast-check: arbitrary JSON, and the valid demo documents with a field
// deleted, replaced or retyped at a random path. A validator never throws; it answers `{ ok: true, value }`
// or `{ ok: false, problems }` with at least one problem, each with a JSON path starting at `$`.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateBookingContent } from '../../src/booking/booking.content.js';
import {
  BookingResponseSchema,
  CreatedBookingResponseSchema,
  ErrorBodySchema,
  LocationsResponseSchema,
  ServicesResponseSchema,
  SlotsResponseSchema,
} from '../../src/booking/booking.schema.js';
import { validateBookingSeed } from '../../src/booking/booking-seed.schema.js';
import { validateChannels } from '../../src/channels/channels.schema.js';
import { type Validated, validate } from '../../src/core/validation.js';
import { validateGuide } from '../../src/guide/guide.schema.js';
import { validateGlossary } from '../../src/help/glossary.schema.js';
import { API_SAMPLES } from '../fixtures/booking-api.js';

const RUNS = 150;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

async function demo(name: string): Promise<Json> {
  const response = await fetch(new URL(`../../demo/content/${name}`, import.meta.url));
  return (await response.json()) as Json;
}

type Validator = (input: unknown) => Validated<unknown>;

interface Target {
  name: string;
  validate: Validator;
  /** A valid document to mutate. */
  valid: () => Promise<Json>;
}

const TARGETS: Target[] = [
  { name: 'validateChannels', validate: validateChannels, valid: () => demo('kontakt.json') },
  { name: 'validateGuide', validate: validateGuide, valid: () => demo('guide-pas.json') },
  { name: 'validateGlossary', validate: validateGlossary, valid: () => demo('ordliste.json') },
  { name: 'validateBookingContent', validate: validateBookingContent, valid: () => demo('booking.json') },
  { name: 'validateBookingSeed', validate: validateBookingSeed, valid: () => demo('booking-seed.json') },
  { name: 'ServicesResponseSchema', validate: (x) => validate(ServicesResponseSchema, x), valid: async () => API_SAMPLES.services as Json },
  {
    name: 'LocationsResponseSchema',
    validate: (x) => validate(LocationsResponseSchema, x),
    valid: async () => API_SAMPLES.locations as Json,
  },
  { name: 'SlotsResponseSchema', validate: (x) => validate(SlotsResponseSchema, x), valid: async () => API_SAMPLES.slots as Json },
  {
    name: 'CreatedBookingResponseSchema',
    validate: (x) => validate(CreatedBookingResponseSchema, x),
    valid: async () => API_SAMPLES.created as Json,
  },
  { name: 'BookingResponseSchema', validate: (x) => validate(BookingResponseSchema, x), valid: async () => API_SAMPLES.booking as Json },
  { name: 'ErrorBodySchema', validate: (x) => validate(ErrorBodySchema, x), valid: async () => API_SAMPLES.error as Json },
];

/** Every path (keys and indexes) into a JSON value, the root included. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...at, i]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))];
  return here;
}

type Mutation = { kind: 'delete' } | { kind: 'replace'; with: Json } | { kind: 'rename'; to: string };

/** A copy of `doc` with one mutation at `path` (the root can only be replaced). */
function mutate(doc: Json, path: (string | number)[], mutation: Mutation): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.with : copy;
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;
  const parent = parentPath.reduce<Json>((node, step) => (node as Record<string | number, Json>)[step] as Json, copy) as
    | Record<string | number, Json>
    | Json[];
  if (mutation.kind === 'replace') (parent as Record<string | number, Json>)[key] = mutation.with;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else {
    const value = parent[key as string] as Json;
    delete parent[key as string];
    if (mutation.kind === 'rename') parent[mutation.to] = value;
  }
  return copy;
}

/** Replacement values: any JSON, and the retypings editors make (a number as text, a list for a string …). */
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    null,
    '',
    ' ',
    0,
    -1,
    1e308,
    true,
    [],
    {},
    '__proto__',
    'constructor',
    '2026-02-30',
    '25:00',
    'javascript:alert(1)',
    '<script>',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  replacement.map((value): Mutation => ({ kind: 'replace', with: value })),
  fc
    .oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', '$schema'))
    .map((to): Mutation => ({ kind: 'rename', to })),
);

function expectWellFormed(result: Validated<unknown>, input: unknown): void {
  expect(result, JSON.stringify(input)?.slice(0, 300)).to.be.an('object');
  if (result.ok) return;
  expect(result.problems.length, 'a refusal names at least one problem').to.be.greaterThan(0);
  for (const problem of result.problems) {
    expect(problem.path, `path of ${JSON.stringify(problem)}`)
      .to.be.a('string')
      .and.match(/^\$/);
    expect(problem.message).to.be.a('string').and.not.equal('');
  }
}

describe('fuzz: schema validators', () => {
  for (const target of TARGETS) {
    describe(target.name, () => {
      it('accepts its valid sample', async () => {
        expect(target.validate(await target.valid()).ok).to.equal(true);
      });

      it('answers arbitrary JSON with a well-formed result, never a throw', () => {
        fc.assert(
          fc.property(fc.jsonValue(), (input) => {
            expectWellFormed(target.validate(input), input);
          }),
          { numRuns: RUNS },
        );
      });

      it('answers the valid document mutated at a random path with a well-formed result', async () => {
        const valid = await target.valid();
        const all = paths(valid);
        fc.assert(
          fc.property(fc.integer({ min: 0, max: all.length - 1 }), mutationArb, (index, mutation) => {
            const input = mutate(valid, all[index] as (string | number)[], mutation);
            expectWellFormed(target.validate(input), input);
          }),
          { numRuns: RUNS },
        );
      });

      it('refuses a document with an unknown field at any object in it', async () => {
        const valid = await target.valid();
        const objects = paths(valid).filter((path) => {
          const node = path.reduce<Json>((n, step) => (n as Record<string | number, Json>)[step] as Json, valid);
          return node !== null && typeof node === 'object' && !Array.isArray(node);
        });
        // Records keyed by ids (guide nodes, translations) take any key; only fixed-shape objects refuse one.
        const fixed = objects.filter((path) => !/^(nodes|translations|when|fields)$/.test(String(path[path.length - 1] ?? '')));
        fc.assert(
          fc.property(fc.constantFrom(...fixed), (path) => {
            const input = structuredClone(valid);
            const node = path.reduce<Json>((n, step) => (n as Record<string | number, Json>)[step] as Json, input) as Record<string, Json>;
            node.tpyo = 'x';
            const result = target.validate(input);
            expectWellFormed(result, input);
            expect(result.ok, `unknown field at ${JSON.stringify(path)}`).to.equal(false);
          }),
          { numRuns: Math.min(RUNS, fixed.length * 2) },
        );
      });
    });
  }
});

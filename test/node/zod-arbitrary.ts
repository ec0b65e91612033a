// fast-check arbitraries read from a zod/mini schema's definition: values of the schema's shape (right
// keys, right types, patterns matched), whose strings come partly from a pool of real content, so the
// refinements (links, dates, markup, CPR guards) see both values they take and values they refuse.
// Used to hold the generated compact checks to the zod schemas (compact-checks.test.ts).
import fc from 'fast-check';
import type * as z from 'zod/mini';

// biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions are walked as plain data.
type Zod = { _zod: { def: any } };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Strings the refinements care about, besides the pool from real content. */
const TRICKY = [
  '',
  ' ',
  'e\u0301', // not NFC: zod normalises it, so the compact check must hand it to zod
  'Cafe\u0301',
  '__proto__',
  'constructor',
  'https://www.kk.dk/pas',
  '//evil.example',
  'javascript:alert(1)',
  'mailto:borgerservice@kk.dk',
  'mailto:a@kk.dk?bcc=b@kk.dk',
  'tel:+4533663366',
  '/borger/pas',
  '2026-02-30',
  '2026-12-24',
  '24:00',
  '23:59',
  '010101-1234',
  '+45 33 66 33 66',
  '<p><strong>fed</strong></p>',
  `${'<em>'.repeat(20)}dybt${'</em>'.repeat(20)}`,
  'navn@example.dk',
  'Anna Jensen',
  'da',
  'en',
  'EN',
];

/** Every string in `values`, deduplicated. */
export function stringsIn(values: unknown[]): string[] {
  const found = new Set<string>(TRICKY);
  const visit = (value: unknown) => {
    if (typeof value === 'string') found.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        found.add(key);
        visit(item);
      }
    }
  };
  values.forEach(visit);
  return [...found];
}

/** Values shaped like `schema`; strings from its patterns, from `pool`, or anything. */
export function arbitraryOf(schema: Zod, pool: string[]): fc.Arbitrary<Json> {
  const memo = new Map<Zod, fc.Arbitrary<Json>>();
  const anyString = fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));

  const walk = (node: Zod): fc.Arbitrary<Json> => {
    const known = memo.get(node);
    if (known) return known;
    const def = node._zod.def;
    const checks: Array<{ _zod: { def: Record<string, unknown> } }> = def.checks ?? [];
    const limit = (kind: string) => checks.map((c) => c._zod.def).find((c) => c.check === kind);
    const min = (limit('min_length')?.minimum as number | undefined) ?? 0;
    const max = limit('max_length')?.maximum as number | undefined;
    let arbitrary: fc.Arbitrary<Json>;
    switch (def.type) {
      case 'string': {
        // Mostly strings this schema takes (so whole documents are often valid), sometimes anything.
        const takes = (text: string) => (node as unknown as z.ZodMiniType).safeParse(text).success;
        const pattern = limit('string_format')?.pattern as RegExp | undefined;
        const fitting = pool.filter(takes);
        const good: fc.Arbitrary<string>[] = [];
        if (pattern) good.push(fc.stringMatching(pattern).filter(takes));
        if (fitting.length > 0) good.push(fc.constantFrom(...fitting));
        if (!pattern && checks.length === 0) good.push(fc.string({ maxLength: 12 }));
        // Near misses: the pattern's strings that a refinement refuses (a date like "2026-02-30").
        const near = pattern ? fc.stringMatching(pattern) : fc.constantFrom(...pool.filter((text) => !takes(text)), '');
        arbitrary =
          good.length > 0
            ? fc.oneof({ weight: 30, arbitrary: fc.oneof(...good) }, { weight: 1, arbitrary: near }, { weight: 1, arbitrary: anyString })
            : fc.oneof(near, anyString);
        break;
      }
      case 'number':
        arbitrary = fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: 0, max: 200 }) },
          { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -3, max: 0 }), fc.double(), fc.constantFrom(2 ** 53, 0.5, Number.NaN)) },
        );
        break;
      case 'boolean':
        arbitrary = fc.boolean();
        break;
      case 'literal':
        arbitrary = fc.constantFrom(...(def.values as Json[]));
        break;
      case 'enum':
        arbitrary = fc.constantFrom(...(Object.values(def.entries) as Json[]));
        break;
      case 'optional':
        arbitrary = walk(def.innerType);
        break;
      case 'object': {
        const shape = def.shape as Record<string, Zod>;
        const requiredKeys = Object.keys(shape).filter((key) => shape[key]?._zod.def.type !== 'optional');
        const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, walk(field)]));
        arbitrary = fc.record(fields, { requiredKeys }) as fc.Arbitrary<Json>;
        break;
      }
      case 'array':
        arbitrary = fc.array(walk(def.element), { minLength: min, maxLength: Math.min(max ?? 3, min + 3) });
        break;
      case 'record':
        arbitrary = fc.dictionary(walk(def.keyType) as fc.Arbitrary<string>, walk(def.valueType), {
          minKeys: 1,
          maxKeys: 3,
        }) as fc.Arbitrary<Json>;
        break;
      case 'union':
        arbitrary = fc.oneof(...(def.options as Zod[]).map(walk));
        break;
      default:
        throw new Error(`no arbitrary for zod type ${def.type}`);
    }
    memo.set(node, arbitrary);
    return arbitrary;
  };
  return walk(schema);
}

/** Any JSON value, small. */
export const anyJson: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;

/** Every list and object in `value`, depth first. */
function containers(value: Json): Array<Json[] | { [key: string]: Json }> {
  if (Array.isArray(value)) return [value, ...value.flatMap(containers)];
  if (value && typeof value === 'object') return [value, ...Object.values(value).flatMap(containers)];
  return [];
}

/** `value` with one change at a random place: a key deleted or added, or a value replaced. */
export function mutated(value: Json, pool: string[]): fc.Arbitrary<Json> {
  const places = containers(value).length;
  if (places === 0) return anyJson;
  return fc
    .tuple(
      fc.nat(places - 1),
      fc.constantFrom('delete', 'add', 'replace'),
      fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 6 })),
      fc.oneof(anyJson, fc.constantFrom(...pool)),
    )
    .map(([at, how, key, replacement]) => {
      const copy = structuredClone(value);
      const place = containers(copy)[at] as Json[] | { [key: string]: Json };
      const keys = Object.keys(place);
      const existing = keys.length > 0 ? (keys[key.length % keys.length] as string) : undefined;
      if (Array.isArray(place)) {
        if (how === 'delete' && place.length > 0) place.splice(key.length % place.length, 1);
        else if (how === 'add') place.push(replacement);
        else if (place.length > 0) place[key.length % place.length] = replacement;
      } else if (how === 'delete' && existing !== undefined) delete place[existing];
      else if (how === 'add' || existing === undefined)
        Object.defineProperty(place, key, { value: replacement, enumerable: true, writable: true, configurable: true });
      else place[existing] = replacement;
      return copy;
    });
}

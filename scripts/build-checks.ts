// `npm run build:checks`: writes the compact content checks (src/*/*.check.ts) from the zod schemas, the
// source of truth. Each generated check accepts what its schema accepts (see src/core/compact-check.ts)
// without the schema engine, so a widget loads zod only to explain bad content.
// `--verify` writes nothing and exits 1 when a committed check differs from what the schemas give now
// (test/node/compact-checks.test.ts runs that, so a schema change without a new check fails the tests).
//
// A refinement is followed by name: `z.refine(fn)` with `fn` a named export of one of RULE_MODULES, or
// a superRefine made with core/refine.ts's superRefineWith. Anything else stops the generator with the
// path of the schema it could not follow.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PREDICATES } from '../src/core/refine.js';

const root = resolve(import.meta.dirname, '..');

/** Zod-free modules whose named exports refinements may use (the generated checks import them). */
const RULE_MODULES = [
  'src/core/compact-check.ts',
  'src/core/url.ts',
  'src/core/markup.ts',
  'src/channels/channels.rules.ts',
  'src/guide/guide.rules.ts',
  'src/help/glossary.rules.ts',
  'src/booking/booking.rules.ts',
];

interface Target {
  /** The generated file. */
  out: string;
  /** Exported check name → [schema module, exported schema name]. */
  checks: Record<string, [string, string]>;
}

export const TARGETS: Target[] = [
  { out: 'src/channels/channels.check.ts', checks: { acceptsChannels: ['src/channels/channels.schema.ts', 'ChannelsSchema'] } },
  { out: 'src/guide/guide.check.ts', checks: { acceptsGuide: ['src/guide/guide.schema.ts', 'GuideSchema'] } },
  { out: 'src/help/glossary.check.ts', checks: { acceptsGlossary: ['src/help/glossary.schema.ts', 'GlossarySchema'] } },
  {
    out: 'src/booking/booking.check.ts',
    checks: {
      acceptsBookingContent: ['src/booking/booking.content.ts', 'BookingContentSchema'],
      acceptsService: ['src/booking/booking.schema.ts', 'ServiceSchema'],
      acceptsLocation: ['src/booking/booking.schema.ts', 'LocationSchema'],
      acceptsServicesResponse: ['src/booking/booking.schema.ts', 'ServicesResponseSchema'],
      acceptsLocationsResponse: ['src/booking/booking.schema.ts', 'LocationsResponseSchema'],
      acceptsErrorBody: ['src/booking/booking.schema.ts', 'ErrorBodySchema'],
      acceptsCitizenName: ['src/booking/booking.schema.ts', 'CitizenNameSchema'],
      acceptsEmail: ['src/booking/booking.schema.ts', 'EmailSchema'],
      acceptsPhone: ['src/booking/booking.schema.ts', 'PhoneSchema'],
    },
  },
  {
    // The answers only the later and manage steps receive: loaded with them (booking.contract.ts), not in the first download.
    out: 'src/booking/booking.later-check.ts',
    checks: {
      acceptsSlot: ['src/booking/booking.schema.ts', 'SlotSchema'],
      acceptsBooking: ['src/booking/booking.schema.ts', 'BookingSchema'],
      acceptsSlotsResponse: ['src/booking/booking.schema.ts', 'SlotsResponseSchema'],
      acceptsCreatedBookingResponse: ['src/booking/booking.schema.ts', 'CreatedBookingResponseSchema'],
      acceptsBookingResponse: ['src/booking/booking.schema.ts', 'BookingResponseSchema'],
    },
  },
];

// biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions are walked as plain data.
type Zod = { _zod: { def: any } };
type Fn = (...args: never[]) => unknown;

const load = (file: string) => import(pathToFileURL(resolve(root, file)).href) as Promise<Record<string, unknown>>;

/** Function → [module, export name], for every function RULE_MODULES export. */
async function ruleNames(): Promise<Map<Fn, [string, string]>> {
  const names = new Map<Fn, [string, string]>();
  for (const file of RULE_MODULES) {
    for (const [name, value] of Object.entries(await load(file))) if (typeof value === 'function') names.set(value as Fn, [file, name]);
  }
  return names;
}

/** One generated file's code. */
async function generate(target: Target, rules: Map<Fn, [string, string]>): Promise<string> {
  const consts: string[] = [];
  const named = new Map<Zod, string>();
  const byExpression = new Map<string, string>();
  const helpers = new Set<string>();
  const imports = new Map<string, Set<string>>();
  const helper = (name: string) => {
    helpers.add(name);
    return name;
  };

  function predicate(check: Zod, where: string): string {
    const def = check._zod.def;
    const fn = (def.fn ?? PREDICATES.get(check)) as Fn | undefined;
    const found = fn && rules.get(fn);
    if (!found) throw new Error(`${where}: a refinement that is not a named export of ${RULE_MODULES.join(', ')} (see core/refine.ts)`);
    const [file, name] = found;
    if (file === 'src/core/compact-check.ts') return helper(name);
    if (!imports.has(file)) imports.set(file, new Set());
    imports.get(file)?.add(name);
    return name;
  }

  function checkCode(check: Zod, where: string): string {
    const def = check._zod.def;
    switch (def.check) {
      case 'string_format':
        if (def.format !== 'regex') throw new Error(`${where}: string format "${def.format}" has no compact check`);
        return `${helper('re')}(${String(def.pattern)})`;
      case 'min_length':
        return `${helper('minLength')}(${def.minimum})`;
      case 'max_length':
        return `${helper('maxLength')}(${def.maximum})`;
      case 'greater_than':
        return `${helper('above')}(${def.value}, ${def.inclusive})`;
      case 'overwrite': {
        // zod/mini's normalize(): only NFC is followed (the check then requires text already in NFC).
        const tx = def.tx as (s: string) => string;
        if (tx('e\u0301') === '\u00e9' && tx('\ufb01') === '\ufb01') return helper('nfc');
        throw new Error(`${where}: a transform other than normalize("NFC")`);
      }
      case 'custom':
        return predicate(check, where);
      default:
        throw new Error(`${where}: check "${def.check}" has no compact check`);
    }
  }

  const checksOf = (schema: Zod, where: string): string[] => (schema._zod.def.checks ?? []).map((c: Zod) => checkCode(c, where));
  const args = (parts: string[]) => parts.join(', ');

  function code(schema: Zod, where: string): string {
    const known = named.get(schema);
    if (known) return known;
    const def = schema._zod.def;
    const checks = checksOf(schema, where);
    let expression: string;
    switch (def.type) {
      case 'string':
        expression = `${helper('str')}(${args(checks)})`;
        break;
      case 'number':
        if (def.format !== undefined && def.format !== 'safeint') throw new Error(`${where}: number format "${def.format}"`);
        expression = `${helper('num')}(${args([String(def.format === 'safeint'), ...checks])})`;
        break;
      case 'boolean':
        expression = checks.length ? `${helper('both')}(${args([helper('bool'), ...checks])})` : helper('bool');
        break;
      case 'literal':
      case 'enum': {
        const values = def.type === 'literal' ? def.values : Object.values(def.entries);
        const base = `${helper('oneOf')}(${args(values.map((v: unknown) => JSON.stringify(v)))})`;
        expression = checks.length ? `${helper('both')}(${args([base, ...checks])})` : base;
        break;
      }
      case 'object': {
        if (def.catchall?._zod.def.type !== 'never') throw new Error(`${where}: only strict objects (z.strictObject) have a compact check`);
        const optional: string[] = [];
        const fields = Object.entries(def.shape as Record<string, Zod>).map(([key, field]) => {
          let inner = field;
          if (field._zod.def.type === 'optional') {
            optional.push(key);
            inner = field._zod.def.innerType;
          }
          return `${JSON.stringify(key)}: ${code(inner, `${where}.${key}`)}`;
        });
        expression = `${helper('obj')}(${args([`{ ${fields.join(', ')} }`, JSON.stringify(optional), ...checks])})`;
        break;
      }
      case 'array':
        expression = `${helper('arr')}(${args([code(def.element, `${where}[]`), ...checks])})`;
        break;
      case 'record':
        if (def.keyType._zod.values || def.mode === 'loose')
          throw new Error(`${where}: only records with string keys have a compact check`);
        expression = `${helper('rec')}(${args([code(def.keyType, `${where} key`), code(def.valueType, `${where}{}`), ...checks])})`;
        break;
      case 'union': {
        const base = `${helper('union')}(${args(def.options.map((option: Zod, i: number) => code(option, `${where}|${i}`)))})`;
        expression = checks.length ? `${helper('both')}(${args([base, ...checks])})` : base;
        break;
      }
      default:
        throw new Error(`${where}: zod type "${def.type}" has no compact check`);
    }
    // The same check written twice (two `z.string().check(z.minLength(1))`) is one constant.
    const name = byExpression.get(expression) ?? `c${consts.length}`;
    if (!byExpression.has(expression)) consts.push(`const ${name} = ${expression};`);
    byExpression.set(expression, name);
    named.set(schema, name);
    return name;
  }

  const exported: string[] = [];
  for (const [checkName, [file, schemaName]] of Object.entries(target.checks)) {
    const schema = (await load(file))[schemaName] as Zod | undefined;
    if (!schema?._zod) throw new Error(`${file} exports no zod schema ${schemaName}`);
    exported.push(
      `/** Accepts exactly what \`${schemaName}\` (${file.replace(/^src\//, '')}) accepts unchanged; see core/compact-check.ts. */`,
    );
    exported.push(`export const ${checkName}: Check = ${code(schema, schemaName)};`);
  }

  const from = (file: string) => {
    const path = relative(dirname(resolve(root, target.out)), resolve(root, file)).replace(/\.ts$/, '.js');
    return path.startsWith('.') ? path : `./${path}`;
  };
  // Sorted as Biome sorts them: modules by path, names alphabetically (ignoring `type`).
  const byName = (a: string, b: string) => a.replace(/^type /, '').localeCompare(b.replace(/^type /, ''), 'en');
  const modules = new Map<string, string[]>([[from('src/core/compact-check.ts'), ['type Check', ...helpers]]]);
  for (const [file, names] of imports) modules.set(from(file), [...names]);
  const importLines = [...modules]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, names]) => `import { ${names.sort(byName).join(', ')} } from '${path}';`);
  return [
    '// Generated by scripts/build-checks.ts from the zod schemas: do not edit (`npm run build:checks` rewrites it).',
    '// The compact content check: accepts valid content without the schema engine (see core/compact-check.ts).',
    '// biome-ignore-all format: generated',
    ...importLines,
    '',
    ...consts,
    '',
    ...exported,
    '',
  ].join('\n');
}

const verify = process.argv.includes('--verify');
const rules = await ruleNames();
let stale = 0;
for (const target of TARGETS) {
  const text = await generate(target, rules);
  const path = resolve(root, target.out);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === text) continue;
  if (verify) {
    stale++;
    console.error(`${target.out} is not what the zod schemas give now: run npm run build:checks`);
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${target.out}`);
  }
}
if (stale > 0) process.exit(1);

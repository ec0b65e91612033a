// The compact content check: small predicates that say "this content is valid" without the schema
// engine. The per-format checks (`*.check.ts`) are generated from the zod schemas by
// scripts/build-checks.ts; zod stays the validator and is loaded only to explain a failure.
//
// The rule: a check accepts only values zod accepts and returns unchanged (plain JSON data: objects
// with Object.prototype or no prototype, arrays without holes, strings, finite numbers, booleans),
// and for JSON content it accepts every value zod accepts. Anything else it rejects, and zod decides.
// test/core/compact-check.test.ts holds the generated checks to that against the zod schemas.

import type { Problem, Validated } from './problems.js';

/** A predicate over any value; truthy means valid. */
export type Check = (value: unknown) => unknown;

/** A refinement on values a check has already narrowed (a string, a list …): any predicate. */
export type Refinement = (value: never) => unknown;

/** Keys JavaScript treats specially (see validation.ts): content holding one always goes to zod. */
const SPECIAL_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Own enumerable string keys of a plain data object, or undefined for anything else. */
function plainKeys(value: unknown): string[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  const keys = Object.keys(value);
  // Symbols, non-enumerable keys and special keys: not plain data.
  if (Reflect.ownKeys(value).length !== keys.length || keys.some((key) => SPECIAL_KEYS.has(key))) return undefined;
  return keys;
}

const all = (checks: readonly Refinement[], value: unknown) => checks.every((check) => (check as Check)(value));

/** A string passing every check. */
export const str =
  (...checks: Refinement[]): Check =>
  (value) =>
    typeof value === 'string' && all(checks, value);

/** A finite number (a safe integer when `integer`) passing every check. */
export const num =
  (integer: boolean, ...checks: Refinement[]): Check =>
  (value) =>
    typeof value === 'number' && (integer ? Number.isSafeInteger(value) : Number.isFinite(value)) && all(checks, value);

export const bool: Check = (value) => typeof value === 'boolean';

/** Exactly one of `values` (an enum or a literal). */
export const oneOf =
  (...values: unknown[]): Check =>
  (value) =>
    values.some((allowed) => allowed === value);

/** A strict object: no keys outside `shape`; every key not in `optional` present. */
export const obj =
  (shape: Record<string, Check>, optional: readonly string[], ...checks: Refinement[]): Check =>
  (value) => {
    const keys = plainKeys(value);
    if (!keys?.every((key) => Object.hasOwn(shape, key))) return false;
    const record = value as Record<string, unknown>;
    for (const key in shape) {
      const field = record[key];
      if (field === undefined ? !optional.includes(key) : !(shape[key] as Check)(field)) return false;
    }
    return all(checks, value);
  };

/** A list (no holes) whose every item passes `item`, and the list every check. */
export const arr =
  (item: Check, ...checks: Refinement[]): Check =>
  (value) => {
    if (!Array.isArray(value) || !all(checks, value)) return false;
    for (let i = 0; i < value.length; i++) if (!(i in value) || !item(value[i])) return false;
    return true;
  };

/** A map: every key passes `key`, every value `item`, the map every check. */
export const rec =
  (key: Check, item: Check, ...checks: Refinement[]): Check =>
  (value) => {
    const keys = plainKeys(value);
    return keys?.every((k) => key(k) && item((value as Record<string, unknown>)[k])) && all(checks, value);
  };

/** Passes `base`, then every check (a union or literal with refinements of its own). */
export const both =
  (base: Check, ...checks: Refinement[]): Check =>
  (value) =>
    base(value) && all(checks, value);

/** Passes one of the options (a union, discriminated or not). */
export const union =
  (...options: Check[]): Check =>
  (value) =>
    options.some((option) => option(value));

/** Matches `pattern`. */
export const re =
  (pattern: RegExp): Check =>
  (value) => {
    pattern.lastIndex = 0;
    return pattern.test(value as string);
  };

/**
 * A string's length as zod (4.6) and JSON Schema measure it: Unicode code points, so a surrogate pair
 * counts once and a lone surrogate once; a list's length is its number of items.
 */
function measuredLength(value: unknown): number {
  if (typeof value !== 'string') return (value as { length: number }).length;
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    if ((value.charCodeAt(i) & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** Length (code points of a string, items of a list) at least `n`. */
export const minLength =
  (n: number): Check =>
  (value) => {
    const units = (value as { length: number }).length;
    // A code point is one or two UTF-16 units: only between n and 2n units is the count in doubt.
    return units >= n && (units >= 2 * n || measuredLength(value) >= n);
  };

/** Length (code points of a string, items of a list) at most `n`. */
export const maxLength =
  (n: number): Check =>
  (value) =>
    (value as { length: number }).length <= n || measuredLength(value) <= n;

/** At least `n` (`inclusive`) or more than `n`. */
export const above =
  (n: number, inclusive: boolean): Check =>
  (value) =>
    inclusive ? (value as number) >= n : (value as number) > n;

/** Already in Unicode NFC: zod would normalise it, so a check cannot hand the content on unchanged. */
export const nfc: Check = (value) => (value as string) === (value as string).normalize('NFC');

/** At least one key (a map that must not be empty). */
export function hasKeys(value: object): boolean {
  return Object.keys(value).length > 0;
}

/**
 * Whether `accepts` takes `input`. Never throws: a check that throws (a cycle in a page's own object)
 * counts as a rejection, so zod decides.
 */
export function accepted(accepts: Check, input: unknown): boolean {
  try {
    return Boolean(accepts(input));
  } catch {
    return false;
  }
}

/** A copy of data a check accepted, so the page changing its object later does not change the widget's. */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyData(item)])) as T;
  }
  return value;
}

/**
 * Validates content with the compact check first. Content it accepts is valid in shape: a copy goes
 * through `crossCheck` (the format's checks across fields) and comes back. Anything else goes to
 * `explain`, the format's zod validator loaded with `import()`, which says exactly what is wrong
 * (or, for the rare content only zod takes, such as text not yet in NFC, accepts it). Never throws
 * unless loading `explain` fails.
 */
export async function checkContent<T>(
  input: unknown,
  accepts: Check,
  crossCheck: (value: T) => Problem[],
  explain: () => Promise<(input: unknown) => Validated<T>>,
): Promise<Validated<T>> {
  if (!accepted(accepts, input)) return (await explain())(input);
  const value = copyData(input) as T;
  const problems = crossCheck(value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

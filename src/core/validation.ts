// Turns zod issues (and our own graph checks) into problems a web team can act on:
// one plain sentence each, with the JSON path of the value at fault.
import type * as z from 'zod/mini';
import { jsonPath, type Problem, type Validated } from './problems.js';

export { formatProblems, jsonPath, type Problem, type Validated } from './problems.js';

type PathSegment = PropertyKey;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function expectedName(expected: string): string {
  if (expected === 'array') return 'a list';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (current == null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment as string];
  }
  return current;
}

/** Our own messages: zod/mini ships none, and a web team needs more than "Invalid input". */
function describeIssue(issue: z.core.$ZodIssue, input: unknown, base: readonly PathSegment[]): Problem[] {
  const segments = [...base, ...issue.path];
  const path = jsonPath(segments);
  const actual = valueAt(input, segments);
  switch (issue.code) {
    case 'invalid_type':
      if (actual === undefined) return [{ path, message: `is required (${expectedName(issue.expected)})` }];
      return [{ path, message: `should be ${expectedName(issue.expected)}, not ${describeValue(actual)}` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: jsonPath([...segments, key]),
        message: 'is not a known field (a typo?)',
      }));
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (actual === undefined) return [{ path, message: `is required (one of ${allowed})` }];
      return [{ path, message: `should be one of ${allowed}, not ${describeValue(actual)}` }];
    }
    case 'invalid_format':
      return [
        { path, message: issue.message && issue.message !== 'Invalid input' ? issue.message : `has the wrong format (${issue.format})` },
      ];
    case 'too_small':
      return [
        {
          path,
          message:
            issue.origin === 'string'
              ? 'must not be empty'
              : `needs at least ${issue.minimum} ${issue.origin === 'array' ? 'items' : ''}`.trim(),
        },
      ];
    case 'too_big':
      return [{ path, message: issue.message && issue.message !== 'Invalid input' ? issue.message : `allows at most ${issue.maximum}` }];
    case 'invalid_union': {
      // Report the branch that got furthest: the one whose issues sit deepest.
      const branches = issue.errors.filter((b) => b.length > 0);
      if (branches.length === 0) return [{ path, message: 'has the wrong shape' }];
      const depth = (b: z.core.$ZodIssue[]) => Math.max(...b.map((i) => i.path.length));
      const best = branches.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      if (depth(best) === 0) {
        if (actual === undefined) return [{ path, message: 'is required' }];
        return [
          {
            path,
            message: issue.message && issue.message !== 'Invalid input' ? issue.message : `has the wrong shape (${describeValue(actual)})`,
          },
        ];
      }
      return best.flatMap((inner) => describeIssue(inner, input, segments));
    }
    default:
      return [{ path, message: issue.message || 'is not valid' }];
  }
}

/**
 * Keys no content format has, which JavaScript objects treat specially: a map (`nodes`, `translations`)
 * copied key by key would silently lose "__proto__" (it sets the prototype instead), and the others
 * name built-in members. Anywhere in content they are reported as unknown fields.
 */
const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Paths of every own key in DANGEROUS_KEYS, anywhere in `input` (iterative: any depth, any cycle). */
function dangerousKeyPaths(input: unknown): PathSegment[][] {
  const found: PathSegment[][] = [];
  const seen = new Set<object>();
  const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PathSegment[] };
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      if (DANGEROUS_KEYS.includes(key)) found.push([...path, key]);
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
  return found.sort((a, b) => jsonPath(a).localeCompare(jsonPath(b)));
}

/** Validates `input` with a zod (mini) schema; never throws. */
export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): Validated<T> {
  const dangerous = dangerousKeyPaths(input).map((segments) => ({ path: jsonPath(segments), message: 'is not a known field (a typo?)' }));
  const result = schema.safeParse(input);
  if (result.success && dangerous.length === 0) return { ok: true, value: result.data };
  const problems = result.success ? [] : result.error.issues.flatMap((issue) => describeIssue(issue, input, []));
  // A key zod already named (a strict object's unknown "constructor") is reported once.
  const named = new Set(problems.map((p) => p.path));
  return { ok: false, problems: [...problems, ...dangerous.filter((p) => !named.has(p.path))] };
}

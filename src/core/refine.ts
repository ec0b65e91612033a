// Refinements the compact check (compact-check.ts) can follow. A `z.refine(fn)` keeps its function,
// so scripts/build-checks.ts finds it by name; a superRefine (messages with their own paths) does not,
// so it is made here together with the zod-free predicate that says whether it passes.
import * as z from 'zod/mini';

/** superRefine check → its zod-free predicate (read by scripts/build-checks.ts). */
export const PREDICATES = new WeakMap<object, (value: never) => unknown>();

/**
 * `z.superRefine(refine)` whose issues appear exactly when `accepts(value)` is false. `accepts` must be
 * a named export of a zod-free module, so the generated compact check can import it.
 */
export function superRefineWith<T>(accepts: (value: T) => boolean, refine: Parameters<typeof z.superRefine<T>>[0]) {
  const check = z.superRefine<T>(refine);
  PREDICATES.set(check, accepts);
  return check;
}

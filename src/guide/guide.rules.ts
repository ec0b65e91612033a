// Predicates the guide's zod schema refines with, zod-free so the generated compact check
// (guide.check.ts) can use them too.

/** A booking rule changes something: it names a service or a location. */
export function namesServiceOrLocation(rule: { service?: string | undefined; location?: string | undefined }): boolean {
  return rule.service !== undefined || rule.location !== undefined;
}

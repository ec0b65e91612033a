// Problems found in content: one plain sentence each, with the JSON path of the value at fault.
// The zod side (turning zod issues into problems) is in validation.ts, loaded only to explain bad content.

export interface Problem {
  /** JSON path of the offending value, e.g. `$.channels[0].hours.weekly[1].opens`. */
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

type PathSegment = PropertyKey;

/** `['channels', 0, 'label']` → `$.channels[0].label` (keys that are not identifiers are quoted). */
export function jsonPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$-]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** One line per problem, for the console. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
}

// The glossary check <borger-help> and <borger-term> run on every load: the compact check and the
// checks across terms; zod (glossary.schema.ts) is loaded only to explain a glossary that fails.
import { checkContent } from '../core/compact-check.js';
import type { Validated } from '../core/problems.js';
import { acceptsGlossary } from './glossary.check.js';
import { crossCheckGlossary } from './glossary.rules.js';
import type { Glossary } from './glossary.schema.js';

/** What `validateGlossary` says, with the schema engine loaded only for a glossary that fails. Never rejects unless loading fails. */
export function checkGlossary(input: unknown): Promise<Validated<Glossary>> {
  return checkContent(input, acceptsGlossary, crossCheckGlossary, async () => (await import('./glossary.schema.js')).validateGlossary);
}

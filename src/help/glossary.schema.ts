// The glossary format of <borger-help>: terms the page's text is matched against, each with a short
// plain-language explanation. The zod schema checks the shape; `validateGlossary` adds the checks
// that span several terms (unique ids, no form claimed by two terms).
import * as z from 'zod/mini';
import { WebHrefSchema } from '../core/href.schema.js';
import { LocalizedTextSchema } from '../core/localized.js';
import { RichStringSchema, RichTextSchema } from '../core/rich-text.schema.js';
import { jsonPath, type Problem, type Validated, validate } from '../core/validation.js';
import { normalizeForm } from './inflect.js';

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

// Ids, headwords and forms are stored in Unicode NFC, so a glossary typed with decomposed letters
// (as macOS and PDFs paste them) means the same as one typed with composed letters.
const TermIdSchema = z
  .string()
  .check(
    z.normalize('NFC'),
    z.regex(/^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$/, 'should be a lower-case id like "digital-fuldmagt" (letters, digits and single hyphens)'),
  );

/**
 * Limits that keep matching fast on any page: the matcher's work per character of text grows with the
 * longest form (a 1,000-word term froze a 1 MB page for 24 s), and the trie with the number of forms.
 * Measured in `npm run bench` (scripts/bench-limits.ts) at exactly these limits.
 */
export const GLOSSARY_LIMITS = {
  /** Characters in a headword or form. */
  formChars: 60,
  /** Words (runs of letters and digits) in a headword or form. */
  formWords: 6,
  /** Hand-listed forms per term. */
  forms: 20,
  /** Terms in one glossary. */
  terms: 2000,
} as const;

const wordCount = (form: string) => form.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A headword or form: must contain a letter or digit, at most GLOSSARY_LIMITS.formChars long and formWords words. */
const formSchema = (what: string) =>
  z.string().check(
    z.normalize('NFC'),
    z.refine((form) => /[\p{L}\p{N}]/u.test(form), 'must contain a letter or a digit'),
    z.maxLength(GLOSSARY_LIMITS.formChars, `is too long: a ${what} has at most ${GLOSSARY_LIMITS.formChars} characters`),
    z.refine(
      (form) => wordCount(form) <= GLOSSARY_LIMITS.formWords,
      `has too many words: a ${what} has at most ${GLOSSARY_LIMITS.formWords} words`,
    ),
  );

const FormSchema = formSchema('form');

/** A link target a citizen may follow: http(s), or a link on this site ("/pas", "../flyt", "#frister"). */
export function isSafeHref(href: string): boolean {
  return WebHrefSchema.safeParse(href).success;
}

const LinkSchema = z.strictObject({
  href: WebHrefSchema,
  label: LocalizedTextSchema,
});

const TranslationSchema = z.strictObject({
  term: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(GLOSSARY_LIMITS.formChars * 2, 'is too long')),
  explanation: RichStringSchema.check(z.minLength(1, 'must not be empty')),
});

export const GlossaryTermSchema = z.strictObject({
  id: TermIdSchema,
  /** The Danish headword as it is written in running text ("sundhedskort", "Digital Post"). */
  term: formSchema('term'),
  /** Extra forms matched as written (irregular inflections, synonyms): "sundhedskortet", "passet". */
  forms: z.optional(
    z.array(FormSchema).check(z.maxLength(GLOSSARY_LIMITS.forms, `has too many forms: at most ${GLOSSARY_LIMITS.forms} per term`)),
  ),
  /** Also match the regular Danish endings of `term` (default true). */
  inflect: z.optional(z.boolean()),
  /** Short, plain-language explanation; may carry the small markup subset <borger-term> renders. */
  explanation: RichTextSchema,
  link: z.optional(LinkSchema),
  /** The term and its explanation in other languages, keyed by language code ("en", "ar"). */
  translations: z.optional(
    // Keys are checked here rather than with a key schema, so the message names the key's own path.
    z.record(z.string(), TranslationSchema).check(
      z.superRefine((translations, ctx) => {
        for (const lang of Object.keys(translations)) {
          if (!LANGUAGE_TAG.test(lang)) {
            ctx.issues.push({ code: 'custom', message: 'is not a language code like "en" or "ar"', path: [lang], input: lang });
          }
        }
      }),
    ),
  ),
});

export const GlossarySchema = z.strictObject({
  $schema: z.optional(z.string()),
  terms: z.array(GlossaryTermSchema).check(z.maxLength(GLOSSARY_LIMITS.terms, `has too many terms: at most ${GLOSSARY_LIMITS.terms}`)),
});

export type Glossary = z.infer<typeof GlossarySchema>;
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
export type GlossaryLink = z.infer<typeof LinkSchema>;
export type TermTranslation = z.infer<typeof TranslationSchema>;

/** The forms a term claims outright: its headword and its hand-listed forms, normalised. */
export function explicitForms(entry: GlossaryTerm): string[] {
  return [...new Set([entry.term, ...(entry.forms ?? [])].map(normalizeForm))];
}

/** Checks across terms: every id once, and no written form claimed by two terms. */
function crossCheck(glossary: Glossary): Problem[] {
  const problems: Problem[] = [];
  const idAt = new Map<string, number>();
  const formAt = new Map<string, { index: number; path: string }>();
  glossary.terms.forEach((entry, index) => {
    const firstId = idAt.get(entry.id);
    if (firstId === undefined) idAt.set(entry.id, index);
    else {
      problems.push({
        path: jsonPath(['terms', index, 'id']),
        message: `is "${entry.id}" again; ids must be unique (first used at ${jsonPath(['terms', firstId, 'id'])})`,
      });
    }
    const written: Array<{ form: string; path: string }> = [
      { form: entry.term, path: jsonPath(['terms', index, 'term']) },
      ...(entry.forms ?? []).map((form, f) => ({ form, path: jsonPath(['terms', index, 'forms', f]) })),
    ];
    for (const { form, path } of written) {
      const key = normalizeForm(form);
      const claimed = formAt.get(key);
      if (claimed === undefined) formAt.set(key, { index, path });
      else if (claimed.index !== index) {
        problems.push({
          path,
          message: `"${form}" is already a form of the term "${glossary.terms[claimed.index]?.id}" (${claimed.path}); a word can explain only one term`,
        });
      }
    }
  });
  return problems;
}

/** Validates a glossary (shape, then cross-term checks); never throws. */
export function validateGlossary(input: unknown): Validated<Glossary> {
  const result = validate(GlossarySchema, input);
  if (!result.ok) return result;
  const problems = crossCheck(result.value);
  return problems.length === 0 ? result : { ok: false, problems };
}

// The glossary format of <borger-help>: terms the page's text is matched against, each with a short
// plain-language explanation. The zod schema checks the shape; `validateGlossary` adds the checks
// that span several terms (unique ids, no form claimed by two terms).
import * as z from 'zod/mini';
import { WebHrefSchema } from '../core/href.schema.js';
import { LocalizedTextSchema } from '../core/localized.schema.js';
import { superRefineWith } from '../core/refine.js';
import { RichStringSchema, RichTextSchema } from '../core/rich-text.schema.js';
import { type Validated, validate } from '../core/validation.js';
import { crossCheckGlossary, GLOSSARY_LIMITS, hasFewWords, hasLanguageKeys, hasLetterOrDigit, LANGUAGE_TAG } from './glossary.rules.js';

export { explicitForms, GLOSSARY_LIMITS } from './glossary.rules.js';

// Ids, headwords and forms are stored in Unicode NFC, so a glossary typed with decomposed letters
// (as macOS and PDFs paste them) means the same as one typed with composed letters.
const TermIdSchema = z
  .string()
  .check(
    z.normalize('NFC'),
    z.regex(/^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$/, 'should be a lower-case id like "digital-fuldmagt" (letters, digits and single hyphens)'),
  );

/** A headword or form: must contain a letter or digit, at most GLOSSARY_LIMITS.formChars long and formWords words. */
const formSchema = (what: string) =>
  z
    .string()
    .check(
      z.normalize('NFC'),
      z.refine(hasLetterOrDigit, 'must contain a letter or a digit'),
      z.maxLength(GLOSSARY_LIMITS.formChars, `is too long: a ${what} has at most ${GLOSSARY_LIMITS.formChars} characters`),
      z.refine(hasFewWords, `has too many words: a ${what} has at most ${GLOSSARY_LIMITS.formWords} words`),
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
      superRefineWith<Record<string, unknown>>(hasLanguageKeys, (translations, ctx) => {
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

/** Validates a glossary (shape, then cross-term checks); never throws. */
export function validateGlossary(input: unknown): Validated<Glossary> {
  const result = validate(GlossarySchema, input);
  if (!result.ok) return result;
  const problems = crossCheckGlossary(result.value);
  return problems.length === 0 ? result : { ok: false, problems };
}

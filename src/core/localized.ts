// LocalizedText: a plain string (Danish), or one text per language `{ "da": "…", "en": "…" }`.
import * as z from 'zod/mini';
import { fallbackChain } from './i18n/lang.js';

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const LocalizedTextSchema = z.union([
  z.string().check(z.minLength(1, 'must not be empty')),
  z
    .record(z.string().check(z.regex(LANGUAGE_TAG, 'is not a language code like "da" or "en"')), z.string().check(z.minLength(1)))
    .check(
      z.refine((texts) => Object.keys(texts).length > 0, 'needs at least one language'),
    ),
]);

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The text for `lang`, falling back along the language chain; `lang` of the text is returned too. */
export function localizeWithLang(text: LocalizedText, lang: string): { text: string; lang: string } {
  if (typeof text === 'string') return { text, lang: 'da' };
  for (const candidate of fallbackChain(lang)) {
    // Own keys only: "constructor" or "__proto__" must never find Object.prototype's.
    const value = Object.hasOwn(text, candidate) ? text[candidate] : undefined;
    if (typeof value === 'string') return { text: value, lang: candidate };
  }
  const [first] = Object.entries(text);
  return first ? { text: first[1], lang: first[0] } : { text: '', lang: 'da' };
}

export function localize(text: LocalizedText | undefined, lang: string): string {
  return text === undefined ? '' : localizeWithLang(text, lang).text;
}

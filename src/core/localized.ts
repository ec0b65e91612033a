// LocalizedText: a plain string (Danish), or one text per language `{ "da": "…", "en": "…" }`.
// Its schema is in localized.schema.ts (zod stays off the widgets' first load).
import { fallbackChain } from './i18n/lang.js';

/** A citizen text: Danish alone, or one text per BCP 47 language tag. */
export type LocalizedText = string | Record<string, string>;

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

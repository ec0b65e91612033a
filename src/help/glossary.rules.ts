// The glossary format's rules that need no schema engine: its limits, the predicates its zod schema
// refines with (shared with the generated compact check) and the checks across terms.
import { jsonPath, type Problem } from '../core/problems.js';
import type { Glossary, GlossaryTerm } from './glossary.schema.js';
import { normalizeForm } from './inflect.js';

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

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

/** A headword or form holds at least one letter or digit. */
export function hasLetterOrDigit(form: string): boolean {
  return /[\p{L}\p{N}]/u.test(form);
}

/** A headword or form has at most GLOSSARY_LIMITS.formWords words. */
export function hasFewWords(form: string): boolean {
  return wordCount(form) <= GLOSSARY_LIMITS.formWords;
}

/** Every key of a term's `translations` is a language code ("en", "ar"). */
export function hasLanguageKeys(translations: Record<string, unknown>): boolean {
  return Object.keys(translations).every((lang) => LANGUAGE_TAG.test(lang));
}

// Each term's headword and forms normalised, in place order, once per term object: the checks across
// terms and the matcher's build (createMatcher) both need them, one right after the other. Kept with
// the strings they came from, so a term object changed since (a script reusing its glossary) is
// normalised anew (comparing the same strings is one pointer comparison each).
const normalised = new WeakMap<GlossaryTerm, { written: string[]; keys: string[] }>();

/** The headword (first) and then each of `forms`, normalised (normalizeForm), in their order. */
function normalisedForms(entry: GlossaryTerm): string[] {
  const written = [entry.term, ...(entry.forms ?? [])];
  const known = normalised.get(entry);
  if (known && known.written.length === written.length && known.written.every((form, i) => form === written[i])) return known.keys;
  const keys = written.map(normalizeForm);
  normalised.set(entry, { written, keys });
  return keys;
}

/** The forms a term claims outright: its headword and its hand-listed forms, normalised. */
export function explicitForms(entry: GlossaryTerm): string[] {
  return [...new Set(normalisedForms(entry))];
}

/** Checks across terms: every id once, and no written form claimed by two terms. */
export function crossCheckGlossary(glossary: Glossary): Problem[] {
  const problems: Problem[] = [];
  const idAt = new Map<string, number>();
  // Where a form was first written: its term and its place in `forms` (-1: the headword). The JSON path
  // is spelled out only for a problem (2,000 terms have ~30,000 forms to remember).
  const formAt = new Map<string, { index: number; at: number }>();
  const formPath = (index: number, at: number) => jsonPath(at < 0 ? ['terms', index, 'term'] : ['terms', index, 'forms', at]);
  glossary.terms.forEach((entry, index) => {
    const firstId = idAt.get(entry.id);
    if (firstId === undefined) idAt.set(entry.id, index);
    else {
      problems.push({
        path: jsonPath(['terms', index, 'id']),
        message: `is "${entry.id}" again; ids must be unique (first used at ${jsonPath(['terms', firstId, 'id'])})`,
      });
    }
    const forms = entry.forms ?? [];
    const keys = normalisedForms(entry);
    for (let at = -1; at < forms.length; at++) {
      const form = at < 0 ? entry.term : (forms[at] as string);
      const key = keys[at + 1] as string;
      const claimed = formAt.get(key);
      if (claimed === undefined) formAt.set(key, { index, at });
      else if (claimed.index !== index) {
        problems.push({
          path: formPath(index, at),
          message: `"${form}" is already a form of the term "${glossary.terms[claimed.index]?.id}" (${formPath(claimed.index, claimed.at)}); a word can explain only one term`,
        });
      }
    }
  });
  return problems;
}

// Word forms of a glossary term: how a form is normalised for matching, and the regular Danish
// endings generated from a headword. Deliberately regular: irregular forms (passet, numre, den
// digitale fuldmagt) are listed by hand in the glossary's `forms`.

/**
 * In Unicode NFC, lower-cased, trimmed, every run of whitespace one space: the key a form is matched
 * by (a glossary typed with decomposed letters, "a" + U+030A for "å", gives the same keys).
 */
export function normalizeForm(form: string): string {
  return form.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

// Endings for a headword that does not end in -e:
// definite -en/-et, plural -er/-e, definite plural -erne/-ene/-ne (-ne: sagsbehandler → sagsbehandlerne).
const CONSONANT_ENDINGS = ['en', 'et', 'er', 'e', 'erne', 'ene', 'ne'];
// Endings for a headword ending in -e (ydelse, samtykke): -n/-t definite, -r plural, -rne definite plural.
const E_ENDINGS = ['n', 't', 'r', 'rne'];

/** A genitive -s is not added to a form that already ends in s, x or z (Danish writes pas', not "pass"). */
function genitive(form: string): string | undefined {
  return /[sxz]$/u.test(form) ? undefined : `${form}s`;
}

/**
 * The regular Danish forms of `headword` (normalised, without the headword itself): definite, plural
 * and definite plural endings, and the genitive -s of each form and of the headword. For a term of
 * several words only the last word is inflected ("digital fuldmagt" → "digital fuldmagten").
 */
export function inflect(headword: string): string[] {
  const base = normalizeForm(headword);
  if (base === '' || !/\p{L}$/u.test(base)) return [];
  const endings = base.endsWith('e') ? E_ENDINGS : CONSONANT_ENDINGS;
  const forms = new Set<string>();
  const gen = genitive(base);
  if (gen) forms.add(gen);
  for (const ending of endings) {
    const form = base + ending;
    forms.add(form);
    const formGen = genitive(form);
    if (formGen) forms.add(formGen);
  }
  forms.delete(base);
  return [...forms];
}

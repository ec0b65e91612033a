// A deterministic benchmark fixture: a glossary of Danish-looking terms and a long page that uses them.
// Words are built from Danish syllables (with æ, ø, å); some terms have two words, some are names
// that are not inflected, some have hand-listed forms. Same seed, same page, every run.
import type { Glossary, GlossaryTerm } from '../../src/help/glossary.schema.js';
import { glossaryForms } from '../../src/help/matcher.js';

/** mulberry32: a small, fast, seeded generator. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'bl',
  'br',
  'dr',
  'fl',
  'fr',
  'gl',
  'gr',
  'kl',
  'kr',
  'pl',
  'pr',
  'sk',
  'sl',
  'sn',
  'sp',
  'st',
  'str',
  'tr',
  'sv',
  'kv',
  '',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å', 'e', 'a', 'e'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 't', 'd', 'g', 'k', 'm', 'nd', 'ng', 'rt', 'st', 'ld', 'lse', 'ning', 'hed', 'skab'];

export interface Fixture {
  glossary: Glossary;
  /** The page body: sections of paragraphs, a few words in <em>. */
  html: string;
  words: number;
}

export function buildFixture(options: { terms: number; words: number; seed: number }): Fixture {
  const random = seeded(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const word = (minSyllables: number, maxSyllables: number) => {
    const count = minSyllables + Math.floor(random() * (maxSyllables - minSyllables + 1));
    let out = '';
    for (let i = 0; i < count; i++) out += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    return out;
  };

  // The glossary: unique written forms (the schema would refuse a form claimed twice).
  const claimed = new Set<string>();
  const terms: GlossaryTerm[] = [];
  while (terms.length < options.terms) {
    const roll = random();
    let term: string;
    let inflect: boolean | undefined;
    if (roll < 0.15)
      term = `${word(2, 3)} ${word(2, 3)}`; // two words: "digital fuldmagt"
    else if (roll < 0.25) {
      const name = word(2, 3);
      term = name.charAt(0).toUpperCase() + name.slice(1, 3) + name.charAt(3).toUpperCase() + name.slice(4); // "NemKonto"
      inflect = false;
    } else term = word(2, 4);
    const forms = random() < 0.2 ? [`${term}${pick(['ene', 'et', 'erne'])}x`] : undefined;
    const written = [term, ...(forms ?? [])].map((f) => f.toLowerCase());
    if (written.some((f) => claimed.has(f)) || term.length < 4) continue;
    for (const f of written) claimed.add(f);
    terms.push({
      id: `t${terms.length}`,
      term,
      ...(forms ? { forms } : {}),
      ...(inflect === false ? { inflect } : {}),
      explanation: 'En forklaring.',
    });
  }
  const glossary: Glossary = { terms };

  // Forms a page would use, per term: the written forms and the generated ones.
  const formsByTerm = new Map<string, string[]>();
  for (const { termId, form } of glossaryForms(glossary)) {
    const list = formsByTerm.get(termId) ?? [];
    list.push(form);
    formsByTerm.set(termId, list);
  }
  const fillers = Array.from({ length: 4000 }, () => word(1, 3));

  // The page: about one word in ten is a glossary form.
  const sections: string[] = [];
  let written = 0;
  while (written < options.words) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 8 && written < options.words; p++) {
      const sentences: string[] = [];
      const paragraphWords = 20 + Math.floor(random() * 30);
      let inParagraph = 0;
      while (inParagraph < paragraphWords && written < options.words) {
        const length = 5 + Math.floor(random() * 12);
        const parts: string[] = [];
        for (let w = 0; w < length; w++) {
          let token: string;
          if (random() < 0.1) {
            const entry = pick(terms);
            const forms = formsByTerm.get(entry.id) as string[];
            token = random() < 0.5 ? entry.term : pick(forms);
          } else {
            token = pick(fillers);
            if (random() < 0.03) token = `<em>${token}</em>`;
          }
          if (w === 0) token = token.charAt(0).toUpperCase() + token.slice(1);
          parts.push(token + (w < length - 1 && random() < 0.08 ? ',' : ''));
          written += token.split(' ').length;
        }
        inParagraph += length;
        sentences.push(`${parts.join(' ')}.`);
      }
      paragraphs.push(`<p>${sentences.join(' ')}</p>`);
    }
    sections.push(`<section>\n${paragraphs.join('\n')}\n</section>`);
  }
  return { glossary, html: sections.join('\n'), words: written };
}

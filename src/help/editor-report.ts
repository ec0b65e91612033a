// What the editor view of <borger-help> shows about a text: LIX in three plain bands, the counts it is
// made of, the longest sentences and words (where to start rewriting), and the glossary terms the text
// never uses. Pure: text and glossary in, numbers out.
import type { Glossary } from './glossary.schema.js';
import { type LixBand, lix, lixBand, longestSentences, longestWords, type SentenceLength, type WordLength } from './lix.js';
import type { Matcher } from './matcher.js';

/** Three bands an editor acts on: fine (under 35), worth a look (35–44), rewrite (45 and over). */
export type EditorBand = 'easy' | 'medium' | 'hard';

export interface EditorReport {
  /** LIX rounded to a whole number, as LIX tools show it. */
  lix: number;
  band: EditorBand;
  /** The finer five-step band of `lixBand`. */
  lixBand: LixBand;
  words: number;
  sentences: number;
  longWords: number;
  longestSentences: SentenceLength[];
  longestWords: WordLength[];
  /** Glossary terms (id and headword) that occur nowhere in the text, in glossary order. */
  missingTerms: { id: string; term: string }[];
}

export interface EditorReportOptions {
  /** How many of the longest sentences to list (default 3). */
  sentences?: number;
  /** How many of the longest words to list (default 5). */
  words?: number;
}

export function editorBand(band: LixBand): EditorBand {
  if (band === 'very-easy' || band === 'easy') return 'easy';
  return band === 'medium' ? 'medium' : 'hard';
}

/** The editor's report on `text`; with a glossary and its matcher, also the terms the text does not use. */
export function editorReport(
  text: string,
  glossary?: { glossary: Pick<Glossary, 'terms'>; matcher: Matcher },
  options: EditorReportOptions = {},
): EditorReport {
  const result = lix(text);
  const rounded = Math.round(result.lix);
  const fine = lixBand(rounded);
  let missingTerms: EditorReport['missingTerms'] = [];
  if (glossary) {
    const found = new Set(glossary.matcher.find(text).map((match) => match.termId));
    missingTerms = glossary.glossary.terms.filter((entry) => !found.has(entry.id)).map((entry) => ({ id: entry.id, term: entry.term }));
  }
  return {
    lix: rounded,
    band: editorBand(fine),
    lixBand: fine,
    words: result.words,
    sentences: result.sentences,
    longWords: result.longWords,
    longestSentences: longestSentences(text, options.sentences ?? 3),
    longestWords: longestWords(text, options.words ?? 5),
    missingTerms,
  };
}

// LIX readability (Björnsson): words per sentence + percentage of long words.
//
// Counting rules, chosen to match how Danish LIX tools read a text:
// - A word is a run of non-space characters that contains at least one letter, with punctuation at
//   its edges cut off: "f.eks." and "CPR-nummer" are one word each. Numbers ("2026", "10.30") are not
//   words: they are not what makes a text hard to read.
// - A long word has more than six letters; only letters count, not digits, hyphens or periods
//   ("CPR-nummer" has 9 letters, "e-Boks" has 5).
// - Sentences come from `splitSentences`; a sentence without a word does not count.
// `lix` is not rounded: the view decides how to show it.
import { type Sentence, splitSentences } from './sentences.js';

export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

export type LixBand = 'very-easy' | 'easy' | 'medium' | 'hard' | 'very-hard';

export interface Word {
  /** The word without the punctuation around it: `text === source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  letters: number;
}

const LONG_WORD_LETTERS = 6;
const LETTER = /\p{L}/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The words of `text`, with offsets and letter counts. */
export function splitWords(text: string): Word[] {
  const out: Word[] = [];
  for (const chunk of text.matchAll(/\S+/gu)) {
    const raw = chunk[0];
    const lead = raw.length - raw.replace(/^[^\p{L}\p{N}]+/u, '').length;
    const word = raw.replace(EDGE_PUNCTUATION, '');
    const letters = word.match(LETTER)?.length ?? 0;
    if (letters === 0) continue;
    const start = chunk.index + lead;
    out.push({ text: word, start, end: start + word.length, letters });
  }
  return out;
}

export function isLongWord(word: Word): boolean {
  return word.letters > LONG_WORD_LETTERS;
}

/** LIX of a Danish text, with the counts it is made of. An empty text has LIX 0. */
export function lix(text: string): LixResult {
  let wordCount = 0;
  let longWords = 0;
  let sentences = 0;
  for (const sentence of splitSentences(text)) {
    const sentenceWords = splitWords(sentence.text);
    if (sentenceWords.length === 0) continue;
    sentences++;
    wordCount += sentenceWords.length;
    longWords += sentenceWords.filter(isLongWord).length;
  }
  if (wordCount === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0 };
  return { lix: wordCount / sentences + (100 * longWords) / wordCount, words: wordCount, sentences, longWords };
}

/** The readability band: under 25 very easy, 25–34 easy, 35–44 medium, 45–54 hard, 55 and over very hard. */
export function lixBand(value: number): LixBand {
  if (value < 25) return 'very-easy';
  if (value < 35) return 'easy';
  if (value < 45) return 'medium';
  if (value < 55) return 'hard';
  return 'very-hard';
}

export interface SentenceLength extends Sentence {
  words: number;
}

/** The `n` sentences with the most words, longest first (ties: earlier first). */
export function longestSentences(text: string, n: number): SentenceLength[] {
  return splitSentences(text)
    .map((sentence) => ({ ...sentence, words: splitWords(sentence.text).length }))
    .filter((sentence) => sentence.words > 0)
    .sort((a, b) => b.words - a.words || a.start - b.start)
    .slice(0, Math.max(0, n));
}

export interface WordLength extends Word {
  /** How often the word occurs (ignoring case); offsets are those of its first occurrence. */
  count: number;
}

/** The `n` distinct words with the most letters, longest first (ties: earlier first). */
export function longestWords(text: string, n: number): WordLength[] {
  const byKey = new Map<string, WordLength>();
  for (const word of splitWords(text)) {
    const key = word.text.toLowerCase();
    const known = byKey.get(key);
    if (known) known.count++;
    else byKey.set(key, { ...word, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.letters - a.letters || a.start - b.start).slice(0, Math.max(0, n));
}

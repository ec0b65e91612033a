// Danish sentence splitting, with offsets (the read-aloud highlight needs ranges of the text).
//
// A sentence ends at:
// - "!" or "?" followed by a space or the end of the text;
// - "." (or "…") followed by a space and then a word that does not start with a lower-case letter or
//   a digit, unless the word before the period is an abbreviation that always leads into more text
//   ("f.eks. Digital Post", "bl.a. MitID", "kl. 10.00") or an initial ("H.C. Andersen").
//   So "1. januar", "3. sal", "osv. og" and "120 kr. pr. person" do not end a sentence, while
//   "… 120 kr. Du kan betale …" does: Danish does not write a second period after an abbreviation;
// - ":" only when a line break follows (a list or a block comes next); "Husk: du skal …" goes on;
// - a paragraph break (an empty line). A single line break does not end a sentence: text is often wrapped.
// A period inside a token ("10.30", "kk.dk", "1.1.2026") is never an end. Closing quotes and brackets
// after the end mark belong to the sentence.

export interface Sentence {
  /** The sentence, without surrounding whitespace: `text === source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

/** Abbreviations (lower case, without the last period) that are followed by the words they lead into. */
const LEADING_ABBREVIATIONS = new Set([
  'bl.a',
  'f.eks',
  'fx',
  'ca',
  'jf',
  'jvf',
  'nr',
  'pkt',
  'evt',
  'inkl',
  'ekskl',
  'dvs',
  'mht',
  'vedr',
  'tlf',
  'kl',
  'pga',
  'iflg',
  'hhv',
  'stk',
  'ang',
  'vha',
  'ifm',
  'ift',
  'att',
  'sml',
  'st',
]);

const END_MARKS = new Set(['.', '!', '?', '…', ':']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', '«', ')', ']', '}']);
const SPACE = /\s/u;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;
const LETTER_OR_PERIOD = /[\p{L}.]/u;
const INITIALS = /^(\p{Lu}\.)*\p{Lu}$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The word right before the end mark at `index`, with inner periods ("f.eks", "bl.a"). */
function wordBefore(text: string, index: number): string {
  let from = index;
  while (from > 0 && LETTER_OR_PERIOD.test(text[from - 1] as string)) from--;
  return text.slice(from, index).replace(/^\.+/u, '');
}

/** Does the run of end marks text[markStart, markEnd) (closers up to `after`) end a sentence? */
function endsSentence(text: string, markStart: number, markEnd: number, after: number): boolean {
  if (after >= text.length) return true;
  if (!SPACE.test(text[after] as string)) return false;
  const marks = text.slice(markStart, markEnd);
  if (marks.includes('!') || marks.includes('?')) return true;
  let next = after;
  while (next < text.length && SPACE.test(text[next] as string)) next++;
  if (!marks.includes('.') && !marks.includes('…')) {
    // Only colons: a sentence ends when a line break follows.
    return next >= text.length || text.slice(after, next).includes('\n');
  }
  if (next >= text.length) return true;
  if (LOWER_OR_DIGIT.test(text[next] as string)) return false;
  const word = wordBefore(text, markStart);
  return !(LEADING_ABBREVIATIONS.has(word.toLowerCase()) || INITIALS.test(word));
}

/** Splits Danish text into sentences, each with its offsets in `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    while (from < to && SPACE.test(text[from] as string)) from++;
    while (to > from && SPACE.test(text[to - 1] as string)) to--;
    const slice = text.slice(from, to);
    if (HAS_WORD.test(slice)) sentences.push({ text: slice, start: from, end: to });
  };
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '\n') {
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n') {
        push(start, i);
        start = j + 1;
        i = j + 1;
        continue;
      }
    } else if (END_MARKS.has(char)) {
      let markEnd = i + 1;
      while (markEnd < text.length && END_MARKS.has(text[markEnd] as string)) markEnd++;
      let after = markEnd;
      while (after < text.length && CLOSERS.has(text[after] as string)) after++;
      if (endsSentence(text, i, markEnd, after)) {
        push(start, after);
        start = after;
      }
      i = after;
      continue;
    }
    i++;
  }
  push(start, text.length);
  return sentences;
}

// Text in Unicode Normalization Form C (NFC), with a map back to the original text.
//
// The same word can be written in two ways: "å" as one code point (U+00E5, composed, what most
// keyboards type) or as "a" + U+030A COMBINING RING ABOVE (decomposed, what macOS and PDFs often
// paste). Comparing text therefore means comparing NFC; but a match must still point at the original
// text (a DOM range, a highlight), and NFC is often shorter than the text it came from. `toNfc` gives
// both: the NFC text and a function that maps an offset in it back to an offset in the original.
//
// Source: Unicode Standard Annex #15, Unicode Normalization Forms (https://unicode.org/reports/tr15/).

/** NFC text and the way back to the text it was made from. */
export interface NfcText {
  /** The text in NFC. */
  text: string;
  /**
   * Maps an offset in `text` (UTF-16 units, 0…text.length) to an offset in the original. Offsets on a
   * boundary between normalization segments map exactly; an offset inside a segment that changed
   * (a composed letter made of several original units) maps to the segment's start, or with
   * `edge: 'end'` to its end, so a range never cuts a letter in half.
   */
  toOriginal(offset: number, edge?: 'start' | 'end'): number;
}

const identity = (offset: number) => offset;

// Per UTF-16 unit, lazily: 1 = continues the segment before it (a combining mark, or a Hangul
// conjoining vowel/final jamo that composes with the syllable before it), 2 = starts a segment.
const continuesTable = new Uint8Array(0x10000);
const MARK = /\p{M}/u;

function continuesSegment(code: number): boolean {
  let known = continuesTable[code];
  if (known === 0) {
    const joins = (code >= 0x1160 && code <= 0x11ff) || MARK.test(String.fromCharCode(code));
    known = joins ? 1 : 2;
    continuesTable[code] = known;
  }
  return known === 1;
}

/** Is the code point at `index` (possibly a surrogate pair) a combining mark? */
function continuesAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x300) return false;
  if (code < 0xd800 || code > 0xdfff) return continuesSegment(code);
  const point = text.codePointAt(index) ?? code;
  return MARK.test(String.fromCodePoint(point));
}

// Per BMP unit, lazily: 1 = its own NFC when no mark follows it, 2 = not (a singleton such as U+212B).
const aloneTable = new Uint8Array(0x10000);

function stableAlone(code: number): boolean {
  if (code < 0x300) return true;
  let known = aloneTable[code];
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = char.normalize('NFC') === char ? 1 : 2;
    aloneTable[code] = known;
  }
  return known === 1;
}

// The same few segments come back again and again ("a" + ring above in every "år"): remember them.
const segments = new Map<string, string>();

function nfcOfSegment(segment: string): string {
  let normal = segments.get(segment);
  if (normal === undefined) {
    normal = segment.normalize('NFC');
    if (segments.size >= 4096) segments.clear();
    segments.set(segment, normal);
  }
  return normal;
}

/**
 * `text` in NFC, with offsets mapped back to `text`. Text already in NFC (nearly all text) is
 * returned as it is, with the identity map: one `normalize` call, no copy kept.
 *
 * Normalization is done one segment at a time: a starter and the combining marks after it. Two
 * segments never compose with each other, except Hangul syllables written as conjoining jamo, which
 * is why the vowel and final jamo count as continuing a segment here. Only the segments that change
 * are remembered (where they are in both texts); between them the two texts run in step, so the
 * map costs memory in proportion to the changes and a look-up is a binary search.
 */
export function toNfc(text: string): NfcText {
  const whole = text.normalize('NFC');
  if (whole === text) return { text, toOriginal: identity };
  const parts: string[] = [];
  // The changed segments, in order: where each starts in the NFC text and in the original, and how long it is in each.
  const nfcAt: number[] = [];
  const nfcLength: number[] = [];
  const originalAt: number[] = [];
  const originalLength: number[] = [];
  // Offsets in the original and the NFC text move in step between changed segments: delta = out - i.
  let delta = 0;
  let runStart = 0;
  const length = text.length;
  // Below U+0300 every character is its own NFC and no mark: jump straight to the next one that is not.
  const notLatin = /[^\u0000-\u02ff]/g;
  let done = 0;
  for (let found = notLatin.exec(text); found !== null; found = notLatin.exec(text)) {
    const p = found.index;
    if (p < done) {
      notLatin.lastIndex = done;
      continue;
    }
    // A segment starts at the starter before a mark (when that starter is not already done).
    const start = continuesAt(text, p) && p - 1 >= done ? p - 1 : p;
    const code = text.charCodeAt(p);
    let end = p + (code >= 0xd800 && code <= 0xdbff && p + 1 < length ? 2 : 1);
    while (end < length && continuesAt(text, end)) end += text.charCodeAt(end) >= 0xd800 && text.charCodeAt(end) <= 0xdbff ? 2 : 1;
    done = end;
    notLatin.lastIndex = end;
    if (end === start + 1 && stableAlone(code)) continue;
    const segment = text.slice(start, end);
    const normal = nfcOfSegment(segment);
    if (normal === segment) continue;
    if (runStart < start) parts.push(text.slice(runStart, start));
    parts.push(normal);
    runStart = end;
    nfcAt.push(start + delta);
    nfcLength.push(normal.length);
    originalAt.push(start);
    originalLength.push(end - start);
    delta += normal.length - (end - start);
  }
  if (runStart < length) parts.push(text.slice(runStart));
  const nfc = parts.join('');
  return {
    text: nfc,
    toOriginal(offset: number, edge: 'start' | 'end' = 'start'): number {
      if (offset <= 0) return 0;
      if (offset >= nfc.length) return length;
      // The last changed segment starting at or before `offset`.
      let low = 0;
      let high = nfcAt.length - 1;
      let k = -1;
      while (low <= high) {
        const mid = (low + high) >>> 1;
        if ((nfcAt[mid] as number) <= offset) {
          k = mid;
          low = mid + 1;
        } else high = mid - 1;
      }
      if (k === -1) return offset;
      const at = nfcAt[k] as number;
      const from = originalAt[k] as number;
      const after = at + (nfcLength[k] as number);
      if (offset === at) return from;
      if (offset < after) return edge === 'start' ? from : from + (originalLength[k] as number);
      return from + (originalLength[k] as number) + (offset - after);
    },
  };
}

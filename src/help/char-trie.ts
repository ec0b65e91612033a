// The characters and the trie the glossary matcher (matcher.ts) works with: per-UTF-16-unit tables
// of word characters and case folding, filled lazily, and a trie whose edges live in one
// open-addressing hash table. Pure, no DOM.

export const SPACE = 0x20;
export const SOFT_HYPHEN = 0xad;

// ---- Characters: per-UTF-16-unit tables, filled lazily (0 = not known yet) ----

export const WORD = 1;
export const WHITESPACE = 2;
export const OTHER = 3;
const classTable = new Uint8Array(0x10000);
const foldTable = new Uint16Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The class of a UTF-16 unit: WORD, WHITESPACE or OTHER. Small, so the search loops inline it. */
export function classOf(code: number): number {
  return classTable[code] || learnClass(code);
}

function learnClass(code: number): number {
  const char = String.fromCharCode(code);
  // The soft hyphen sits inside words (sund&shy;heds&shy;kort): part of the word, skipped when matching.
  let cls = OTHER;
  if (code === SOFT_HYPHEN || WORD_CHAR.test(char)) cls = WORD;
  else if (/\s/u.test(char)) cls = WHITESPACE;
  classTable[code] = cls;
  return cls;
}

/** Lower-cases one UTF-16 unit; folds the Unicode hyphens to "-" so "CPR‑nummer" matches "CPR-nummer". */
export function fold(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  return foldTable[code] || learnFold(code);
}

function learnFold(code: number): number {
  let folded = code;
  if (code === 0x2010 || code === 0x2011) folded = 0x2d;
  else {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1) folded = lower.charCodeAt(0);
  }
  foldTable[code] = folded;
  return folded;
}

/** Is the character at `index` part of a word (a letter, digit or mark in any script)? */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdfff) return classOf(code) === WORD;
  return isAstralWordAt(text, index, code);
}

/** A letter outside the BMP is a surrogate pair: test the whole code point. */
export function isAstralWordAt(text: string, index: number, code: number): boolean {
  const point = text.codePointAt(code <= 0xdbff ? index : index - 1) ?? code;
  return WORD_CHAR.test(String.fromCodePoint(point));
}

// ---- The trie: nodes are numbers, edges live in one open-addressing hash table ----

export class CharTrie {
  /** Node 0 is the root. `terminal[node]` is the index of the form ending there, plus one (0: none). */
  terminal: number[] = [0];
  private nodes = 1;
  private mask: number;
  // An edge's parent node plus one (0: the slot is free, so a new table needs no filling), its
  // character and its child.
  private edgeFrom: Int32Array;
  private edgeCode: Uint16Array;
  private edgeTo: Int32Array;
  private edges = 0;

  /** `capacity`: about how many edges there will be (sized once instead of grown). */
  constructor(capacity = 2048) {
    let size = 0x1000;
    while (size < capacity * 2) size *= 2;
    this.mask = size - 1;
    this.edgeFrom = new Int32Array(size);
    this.edgeCode = new Uint16Array(size);
    this.edgeTo = new Int32Array(size);
  }

  private slot(node: number, code: number): number {
    let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
    h ^= h >>> 15;
    return h & this.mask;
  }

  /** The child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    const { edgeFrom, edgeCode, edgeTo, mask } = this;
    const from = node + 1;
    for (let at = this.slot(node, code); ; at = (at + 1) & mask) {
      const found = edgeFrom[at] as number;
      if (found === 0) return -1;
      if (found === from && edgeCode[at] === code) return edgeTo[at] as number;
    }
  }

  /** The child of `node` along `code`, made if missing (one walk along the probe sequence). */
  childOrNew(node: number, code: number): number {
    if ((this.edges + 1) * 2 > this.mask + 1) this.grow();
    const { edgeFrom, edgeCode, edgeTo, mask } = this;
    const from = node + 1;
    let at = this.slot(node, code);
    for (; ; at = (at + 1) & mask) {
      const found = edgeFrom[at] as number;
      if (found === 0) break;
      if (found === from && edgeCode[at] === code) return edgeTo[at] as number;
    }
    const child = this.nodes++;
    this.terminal.push(0);
    edgeFrom[at] = from;
    edgeCode[at] = code;
    edgeTo[at] = child;
    this.edges++;
    return child;
  }

  private place(from: number, code: number, child: number): void {
    let at = this.slot(from - 1, code);
    while (this.edgeFrom[at] !== 0) at = (at + 1) & this.mask;
    this.edgeFrom[at] = from;
    this.edgeCode[at] = code;
    this.edgeTo[at] = child;
  }

  private grow(): void {
    const { edgeFrom, edgeCode, edgeTo } = this;
    this.mask = this.mask * 2 + 1;
    this.edgeFrom = new Int32Array(this.mask + 1);
    this.edgeCode = new Uint16Array(this.mask + 1);
    this.edgeTo = new Int32Array(this.mask + 1);
    for (let at = 0; at < edgeFrom.length; at++) {
      const from = edgeFrom[at] as number;
      if (from !== 0) this.place(from, edgeCode[at] as number, edgeTo[at] as number);
    }
  }
}

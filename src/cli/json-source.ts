// JSON as an editor wrote it: the value (exactly what JSON.parse gives), the line of every value by JSON
// path, the keys written twice in one object (JSON.parse silently keeps the last, so a guide node can
// vanish), and for broken JSON the line, column and a reason an editor can act on ("a comma too many").
// Pure, no Node APIs.
import { jsonPath } from '../core/validation.js';

export type JsonSyntaxReason =
  | 'empty'
  | 'unexpected-end'
  | 'unexpected-character'
  | 'trailing-comma'
  | 'missing-comma'
  | 'missing-colon'
  | 'single-quotes'
  | 'comment'
  | 'unquoted-key'
  | 'line-break-in-string'
  | 'control-character'
  | 'bad-escape'
  | 'bad-number'
  | 'trailing-data'
  | 'too-deep';

export interface JsonSyntaxError {
  reason: JsonSyntaxReason;
  /** 1-based, like editors count. */
  line: number;
  column: number;
  /** The character found where something else was expected. */
  found?: string;
}

export interface DuplicateKey {
  /** JSON path of the value that wins (the last one written). */
  path: string;
  key: string;
  line: number;
  firstLine: number;
}

export interface JsonSource {
  value: unknown;
  /** The line each value starts on (for an object member: the line of its key), by JSON path. */
  lines: ReadonlyMap<string, number>;
  duplicates: DuplicateKey[];
}

export type ParsedJson = { ok: true; source: JsonSource } | { ok: false; error: JsonSyntaxError };

/** Deeper than any content format; stops a hostile file from overflowing the stack. */
const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = ['true', 'false', 'null'] as const;
const WORD_VALUES = { true: true, false: false, null: null };

class Fault {
  constructor(
    readonly reason: JsonSyntaxReason,
    readonly at: number,
    readonly found?: string,
  ) {}
}

/** Offsets where each line starts; `\n`, `\r\n` and a lone `\r` all end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

/** Parses `text` (a leading byte-order mark is allowed); never throws. */
export function parseJsonSource(text: string): ParsedJson {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const starts = lineStarts(source);
  const lines = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  const lineAt = (offset: number) => position(starts, offset).line;
  let i = 0;

  const fail = (reason: JsonSyntaxReason, at = i): never => {
    const found = at < source.length ? String.fromCodePoint(source.codePointAt(at) as number) : undefined;
    throw new Fault(reason, at, found);
  };

  const skipSpace = () => {
    for (;;) {
      const c = source[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (source[i + 1] === '/' || source[i + 1] === '*')) fail('comment');
      else return;
    }
  };

  const readString = (): string => {
    const start = i++;
    for (;;) {
      const c = source.charCodeAt(i);
      if (Number.isNaN(c)) fail('unexpected-end');
      if (c === 0x22) break;
      if (c === 0x0a || c === 0x0d) fail('line-break-in-string');
      if (c < 0x20) fail('control-character');
      if (c === 0x5c) {
        const code = source[i + 1];
        const valid = code === 'u' ? /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6)) : code !== undefined && '"\\/bfnrt'.includes(code);
        if (!valid) fail('bad-escape');
        i += code === 'u' ? 6 : 2;
      } else {
        i++;
      }
    }
    i++;
    return JSON.parse(source.slice(start, i)) as string; // checked above; JSON.parse decodes the escapes
  };

  const readNumber = (): number => {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(source);
    if (!match) fail('bad-number');
    i = NUMBER.lastIndex;
    return Number((match as RegExpExecArray)[0]);
  };

  const unexpected = (): never => fail(i >= source.length ? 'unexpected-end' : 'unexpected-character');

  // After a member or item: a comma, the closing bracket, or a hint at what is missing.
  const afterEntry = (close: '}' | ']'): boolean => {
    skipSpace();
    if (source[i] === close) {
      i++;
      return false;
    }
    if (source[i] === ',') {
      const comma = i++;
      skipSpace();
      if (source[i] === close) fail('trailing-comma', comma);
      return true;
    }
    if (i < source.length && /["'{[\w-]/.test(source[i] as string)) fail('missing-comma');
    return unexpected();
  };

  const readObject = (path: PropertyKey[], depth: number): Record<string, unknown> => {
    i++;
    const object: Record<string, unknown> = {};
    const keyLines = new Map<string, number>();
    skipSpace();
    if (source[i] === '}') {
      i++;
      return object;
    }
    do {
      skipSpace();
      const c = source[i];
      if (c === "'") fail('single-quotes');
      if (c !== undefined && /[A-Za-z_$]/.test(c)) fail('unquoted-key');
      if (c !== '"') unexpected();
      const keyLine = lineAt(i);
      const key = readString();
      skipSpace();
      if (source[i] !== ':') fail(i >= source.length ? 'unexpected-end' : 'missing-colon');
      i++;
      const at = [...path, key];
      const value = readValue(at, depth + 1);
      const firstLine = keyLines.get(key);
      if (firstLine !== undefined) duplicates.push({ path: jsonPath(at), key, line: keyLine, firstLine });
      keyLines.set(key, keyLine);
      lines.set(jsonPath(at), keyLine);
      // Not `object[key] = value`: a "__proto__" key must become an own property, as with JSON.parse.
      Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    } while (afterEntry('}'));
    return object;
  };

  const readArray = (path: PropertyKey[], depth: number): unknown[] => {
    i++;
    const array: unknown[] = [];
    skipSpace();
    if (source[i] === ']') {
      i++;
      return array;
    }
    do {
      const at = [...path, array.length];
      skipSpace();
      lines.set(jsonPath(at), lineAt(i));
      array.push(readValue(at, depth + 1));
    } while (afterEntry(']'));
    return array;
  };

  function readValue(path: PropertyKey[], depth: number): unknown {
    if (depth > MAX_DEPTH) fail('too-deep');
    skipSpace();
    const c = source[i];
    if (c === '{') return readObject(path, depth);
    if (c === '[') return readArray(path, depth);
    if (c === '"') return readString();
    if (c === "'") fail('single-quotes');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return readNumber();
    const word = WORDS.find((w) => source.startsWith(w, i));
    if (word === undefined) return unexpected();
    i += word.length;
    return WORD_VALUES[word];
  }

  try {
    skipSpace();
    if (i >= source.length) fail('empty');
    lines.set('$', lineAt(i));
    const value = readValue([], 0);
    skipSpace();
    if (i < source.length) fail('trailing-data');
    return { ok: true, source: { value, lines, duplicates } };
  } catch (error) {
    if (!(error instanceof Fault)) throw error;
    const { line, column } = position(starts, error.at);
    return { ok: false, error: { reason: error.reason, line, column, ...(error.found === undefined ? {} : { found: error.found }) } };
  }
}

const LAST_SEGMENT = /(?:\.[A-Za-z_$][\w$-]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;

/** The line of the value at `path`, or of its nearest written ancestor (a missing field has no line of its own). */
export function lineOfPath(lines: ReadonlyMap<string, number>, path: string): number | undefined {
  let at = path;
  for (;;) {
    const line = lines.get(at);
    if (line !== undefined) return line;
    const next = at.replace(LAST_SEGMENT, '');
    if (next === at) return undefined;
    at = next;
  }
}

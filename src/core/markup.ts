// The markup subset of citizen rich text, parsed by hand into a tree. Pure: no DOM, no Lit, so the
// schemas and the CLI can use it too (rich-text.ts renders the tree).
//
// Kept: <p> <ul> <ol> <li> <strong> <em> <br> and <a href> (https:, http:, mailto:, tel: or relative).
// <b> and <i> count as <strong> and <em>. Other tags are dropped and their text kept; the content of
// <script>, <style> and the like is dropped entirely. Attributes other than href are ignored. Entities
// &amp; &lt; &gt; &quot; &#39; &apos; &nbsp; and numeric ones are decoded. Unclosed tags close at the end.
// Text outside blocks becomes paragraphs, split at blank lines.
//
// Bounded and forgiving, unlike a browser's HTML parser, because what a citizen sees must never
// silently lose text:
// - Elements nest at most MARKUP_MAX_DEPTH deep; deeper tags are ignored (their text stays). The
//   schemas refuse such text, so an editor hears about it first.
// - A quoted attribute value ends at the first ">" when its closing quote is missing
//   (`<a href="/x>link</a>` is a link to "/x"), where a browser would swallow the text up to the
//   next quote anywhere in the page.
// - A tag, comment or <script> that is never closed leaves the rest as text, where a browser would
//   drop it.
// `markupProblems` names each of these, for the CLI. Parsing is one pass, linear in the text.
import { checkHref, type HrefRefusal } from './url.js';

/** How deep elements may nest in rich text (`<ul><li><strong>` is 3). Content with deeper markup is invalid. */
export const MARKUP_MAX_DEPTH = 16;

export type RichBlockTag = 'p' | 'ul' | 'ol' | 'li';
export type RichInlineTag = 'strong' | 'em';

export type RichNode =
  | { type: 'text'; text: string }
  | { type: 'br' }
  | { type: RichBlockTag | RichInlineTag; children: RichNode[] }
  | { type: 'a'; href: string; children: RichNode[] };

type ParentNode = Extract<RichNode, { children: RichNode[] }>;

/**
 * Markup that is not what its author meant, with `offset` the UTF-16 index in the source where it
 * starts: `too-deep` (nested deeper than MARKUP_MAX_DEPTH), `unclosed-quote` (an attribute value
 * whose closing quote is missing), `unclosed-tag` (a tag or comment the text ends inside),
 * `unclosed-raw` (a <script>, <style> … with no closing tag), `refused-link` (an <a href> that is not
 * a safe link, see core/url.ts: its text is shown, without the link).
 */
export interface MarkupProblem {
  code: 'too-deep' | 'unclosed-quote' | 'unclosed-tag' | 'unclosed-raw' | 'refused-link';
  offset: number;
  /** The tag's name, when there is one. */
  tag?: string;
  /** For `refused-link`: why the link was refused (core/url.ts `checkHref`; core/href-refusal.ts words it); its text is shown without the link. */
  reason?: HrefRefusal;
}

// --- Entities ----------------------------------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name[0] !== '#') return Object.hasOwn(NAMED_ENTITIES, name) ? (NAMED_ENTITIES[name] as string) : whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
    return invalid ? '\ufffd' : String.fromCodePoint(code);
  });
}

// --- Tokenizer ---------------------------------------------------------------------------------------------

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attributes: Record<string, string>; offset: number }
  | { kind: 'close'; name: string };

/** Elements whose content is code or hidden: dropped with everything inside. */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'noscript',
  'object',
  'textarea',
  'title',
  'xmp',
  'noembed',
  'noframes',
]);

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const TAG_NAME = /[^\s/>]+/y;
const ATTRIBUTE_NAME = /[^\s/>=]+/y;
const UNQUOTED_VALUE = /[^\s>]*/y;

/** The match of a sticky pattern at `at` (empty when none). */
function readAt(pattern: RegExp, source: string, at: number): string {
  pattern.lastIndex = at;
  return pattern.exec(source)?.[0] ?? '';
}

type ReadTag = { attributes: Record<string, string>; end: number } | undefined;

/**
 * Reads the attributes of a start tag from `i` (just after its name); returns them and the index after
 * ">", or undefined when the text ends inside the tag. Every character is looked at once: a quoted
 * value ends at its quote or, when the quote is missing, at the first ">" (reported as unclosed-quote).
 */
function readAttributes(source: string, i: number, problems: MarkupProblem[], tag: string, tagStart: number): ReadTag {
  const attributes: Record<string, string> = {};
  let at = i;
  while (at < source.length) {
    const c = source[at];
    if (c === '>') return { attributes, end: at + 1 };
    if (isSpace(c) || c === '/') {
      at++;
      continue;
    }
    const written = readAt(ATTRIBUTE_NAME, source, at) || (c as string);
    const name = written.toLowerCase();
    at += written.length;
    while (isSpace(source[at])) at++;
    let value = '';
    if (source[at] === '=') {
      at++;
      while (isSpace(source[at])) at++;
      const quote = source[at];
      if (quote === '"' || quote === "'") {
        let close = at + 1;
        while (close < source.length && source[close] !== quote && source[close] !== '>') close++;
        if (close >= source.length) return undefined;
        value = source.slice(at + 1, close);
        if (source[close] === '>') {
          problems.push({ code: 'unclosed-quote', offset: tagStart, tag });
          if (!Object.hasOwn(attributes, name)) attributes[name] = decodeEntities(value);
          return { attributes, end: close + 1 };
        }
        at = close + 1;
      } else {
        value = readAt(UNQUOTED_VALUE, source, at);
        at += value.length;
      }
    }
    if (!Object.hasOwn(attributes, name)) attributes[name] = decodeEntities(value);
  }
  return undefined;
}

/** Splits `source` into text, start tags and end tags, in one pass; malformed markup goes to `problems`. */
function tokenize(source: string, problems: MarkupProblem[]): Token[] {
  const tokens: Token[] = [];
  const pieces: string[] = [];
  const flush = () => {
    if (pieces.length > 0) tokens.push({ kind: 'text', text: decodeEntities(pieces.join('')) });
    pieces.length = 0;
  };
  // Where a search for a raw element's end tag already failed: it fails from any later place too.
  const noEndAfter = new Map<string, number>();
  /** The rest of the text from `at` stays text: the markup there never ends. */
  const restIsText = (at: number, code: MarkupProblem['code'], tag?: string) => {
    problems.push(tag === undefined ? { code, offset: at } : { code, offset: at, tag });
    pieces.push(source.slice(at));
    return source.length;
  };
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) {
      pieces.push(source.slice(i));
      break;
    }
    if (lt > i) pieces.push(source.slice(i, lt));
    i = lt;
    const after = source[i + 1];
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end === -1) {
        i = restIsText(i, 'unclosed-tag');
        continue;
      }
      flush();
      i = end + 3;
    } else if (after === '!' || after === '?' || (after === '/' && !isLetter(source[i + 2]) && source[i + 2] !== undefined)) {
      // <!doctype>, <?xml?>, </ 3>: bogus comments up to the next ">"
      const end = source.indexOf('>', i + 2);
      if (end === -1) {
        i = restIsText(i, 'unclosed-tag');
        continue;
      }
      flush();
      i = end + 1;
    } else if (after === '/' && isLetter(source[i + 2])) {
      const name = readAt(TAG_NAME, source, i + 2).toLowerCase();
      const end = source.indexOf('>', i);
      if (end === -1) {
        i = restIsText(i, 'unclosed-tag', name);
        continue;
      }
      flush();
      tokens.push({ kind: 'close', name });
      i = end + 1;
    } else if (isLetter(after)) {
      const rawName = readAt(TAG_NAME, source, i + 1);
      const name = rawName.toLowerCase();
      const read = readAttributes(source, i + 1 + rawName.length, problems, name, i);
      if (!read) {
        i = restIsText(i, 'unclosed-tag', name);
        continue;
      }
      flush();
      if (!DROP_WITH_CONTENT.has(name)) {
        tokens.push({ kind: 'open', name, attributes: read.attributes, offset: i });
        i = read.end;
        continue;
      }
      const closing = (noEndAfter.get(name) ?? Number.POSITIVE_INFINITY) <= read.end ? -1 : endTagAt(source, name, read.end);
      if (closing === -1) {
        // No end tag: only the start tag goes, its content stays as text.
        noEndAfter.set(name, Math.min(noEndAfter.get(name) ?? read.end, read.end));
        problems.push({ code: 'unclosed-raw', offset: i, tag: name });
        i = read.end;
        continue;
      }
      const end = source.indexOf('>', closing);
      i = end === -1 ? source.length : end + 1;
    } else {
      pieces.push('<'); // a "<" that starts no tag, as in "3 < 4"
      i++;
    }
  }
  flush();
  return tokens;
}

const endTags = new Map<string, RegExp>();

/** Where `</name` (followed by space, "/" or ">") starts at or after `from`, or -1. */
function endTagAt(source: string, name: string, from: number): number {
  let pattern = endTags.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
    endTags.set(name, pattern);
  }
  pattern.lastIndex = from;
  return pattern.exec(source)?.index ?? -1;
}

// --- Tree --------------------------------------------------------------------------------------------------

const SYNONYMS: Record<string, string> = { b: 'strong', i: 'em' };
const BLOCKS = new Set<string>(['p', 'ul', 'ol', 'li']);
const LISTS = new Set<string>(['ul', 'ol']);

/**
 * Builds the tree. The stack of open elements never grows past MARKUP_MAX_DEPTH, so every search in
 * it (for the element an end tag closes) is bounded, and the tree's depth bounds every recursion after.
 */
function buildTree(tokens: readonly Token[], problems: MarkupProblem[]): RichNode[] {
  const root: ParentNode = { type: 'p', children: [] }; // a stand-in parent; only its children are returned
  const stack: ParentNode[] = [root];
  const top = () => stack[stack.length - 1] as ParentNode;
  const append = (node: RichNode) => top().children.push(node);
  let tooDeep = false;
  /** Opens `node` inside the current element; false when that would nest too deep (the tag is then ignored). */
  const push = (node: ParentNode, offset: number) => {
    if (stack.length > MARKUP_MAX_DEPTH) {
      if (!tooDeep) problems.push({ code: 'too-deep', offset, tag: node.type });
      tooDeep = true;
      return false;
    }
    append(node);
    stack.push(node);
    return true;
  };
  const indexOfOpen = (type: string, stopAt?: Set<string>) => {
    for (let k = stack.length - 1; k > 0; k--) {
      const t = (stack[k] as ParentNode).type;
      if (t === type) return k;
      if (stopAt?.has(t)) return -1;
    }
    return -1;
  };
  const closeTo = (k: number) => {
    if (k > 0) stack.length = k;
  };
  // A block never sits inside inline markup, and a new block closes an open paragraph (as in HTML).
  const prepareBlock = () => {
    while (stack.length > 1 && !BLOCKS.has(top().type)) stack.pop();
    closeTo(indexOfOpen('p', LISTS));
  };
  let offset = 0;

  for (const token of tokens) {
    if (token.kind === 'text') {
      if (LISTS.has(top().type)) {
        if (!token.text.trim()) continue; // spacing between list items
        push({ type: 'li', children: [] }, offset);
      }
      const last = top().children[top().children.length - 1];
      if (last?.type === 'text') last.text += token.text;
      else append({ type: 'text', text: token.text });
      continue;
    }
    const name = SYNONYMS[token.name] ?? token.name;
    if (token.kind === 'close') {
      if (name === 'br') append({ type: 'br' });
      else closeTo(indexOfOpen(name));
      continue;
    }
    offset = token.offset;
    switch (name) {
      case 'br':
        append({ type: 'br' });
        break;
      case 'p':
      case 'ul':
      case 'ol':
        prepareBlock();
        push({ type: name, children: [] }, offset);
        break;
      case 'li': {
        prepareBlock();
        closeTo(indexOfOpen('li', LISTS));
        // a lone <li> gets its list
        if (!LISTS.has(top().type) && !push({ type: 'ul', children: [] }, offset)) break;
        push({ type: 'li', children: [] }, offset);
        break;
      }
      case 'strong':
      case 'em':
        push({ type: name, children: [] }, offset);
        break;
      case 'a': {
        closeTo(indexOfOpen('a'));
        const checked = checkHref(token.attributes.href);
        // An unsafe or missing href: no link, the text stays (the closing </a> then finds nothing to close).
        if (checked.ok) push({ type: 'a', href: checked.href, children: [] }, offset);
        else if (token.attributes.href !== undefined) problems.push({ code: 'refused-link', offset, tag: 'a', reason: checked.reason });
        break;
      }
      default:
        break; // unknown tag: dropped, its text kept
    }
  }
  return root.children;
}

function isEmpty(node: RichNode): boolean {
  if (node.type === 'text') return node.text === '';
  if (node.type === 'br') return false;
  return node.children.length === 0;
}

/** Removes empty elements (an empty link has no name; an empty paragraph only adds space). */
function dropEmpty(nodes: RichNode[]): RichNode[] {
  return nodes
    .map((node) => ('children' in node ? { ...node, children: dropEmpty(node.children) } : node))
    .filter((node) => !isEmpty(node));
}

/** Top-level text and inline markup become paragraphs, split at blank lines. */
function paragraphs(nodes: readonly RichNode[]): RichNode[] {
  const out: RichNode[] = [];
  let run: RichNode[] = [];
  const endParagraph = () => {
    const first = run[0];
    if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
    const last = run[run.length - 1];
    if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '');
    const children = run.filter((n) => !isEmpty(n));
    if (children.length > 0) out.push({ type: 'p', children });
    run = [];
  };
  for (const node of nodes) {
    if (node.type !== 'text' && BLOCKS.has(node.type)) {
      endParagraph();
      out.push(node);
    } else if (node.type === 'text') {
      const parts = node.text.split(/\n[ \t\r\f\v]*\n\s*/);
      parts.forEach((part, k) => {
        if (k > 0) endParagraph();
        run.push({ type: 'text', text: part });
      });
    } else {
      run.push(node);
    }
  }
  endParagraph();
  return out;
}

/** Parses citizen rich text into a safe tree, at most MARKUP_MAX_DEPTH deep. Pure: no DOM; never throws. */
export function parseRichText(source: string): RichNode[] {
  return paragraphs(dropEmpty(buildTree(tokenize(source, []), [])));
}

/**
 * What is malformed in `source` (see MarkupProblem), in order of offset; empty for well-formed text
 * and for plain text without markup. One pass, like `parseRichText`.
 */
export function markupProblems(source: string): MarkupProblem[] {
  if (!source.includes('<')) return [];
  const problems: MarkupProblem[] = [];
  buildTree(tokenize(source, problems), problems);
  return problems.sort((a, b) => a.offset - b.offset);
}

/** Whether `text`'s markup nests at most MARKUP_MAX_DEPTH deep (what the rich-text schema allows). */
export function isShallowMarkup(text: string): boolean {
  return !text.includes('<') || !markupProblems(text).some((problem) => problem.code === 'too-deep');
}

/** Whether every language of a rich LocalizedText nests its markup at most MARKUP_MAX_DEPTH deep. */
export function isShallowRichText(value: string | Record<string, string>): boolean {
  return (typeof value === 'string' ? [value] : Object.values(value)).every(isShallowMarkup);
}

/** The words of rich text without markup: paragraphs and list items on lines of their own (for LIX, aria, search). */
export function richTextToPlain(input: string | readonly RichNode[]): string {
  const nodes = typeof input === 'string' ? parseRichText(input) : input;
  const walk = (list: readonly RichNode[]): string =>
    list
      .map((node) => {
        if (node.type === 'text') return node.text;
        if (node.type === 'br') return '\n';
        const inner = walk(node.children);
        return node.type === 'p' || node.type === 'li' ? `${inner.trim()}\n` : inner;
      })
      .join('');
  return walk(nodes)
    .replace(/\n{2,}/g, '\n')
    .trim();
}

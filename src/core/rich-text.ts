// Rich text for citizen content: a tiny, safe markup subset, parsed by hand into a tree and rendered with
// Lit text bindings. No DOMParser and no HTML string sinks: nothing is ever parsed as HTML by the browser, so it works
// under Trusted Types and a payload can at worst show up as text.
//
// Kept: <p> <ul> <ol> <li> <strong> <em> <br> and <a href> (https:, http:, mailto:, tel: or relative).
// <b> and <i> count as <strong> and <em>. Other tags are dropped and their text kept; the content of
// <script>, <style> and the like is dropped entirely. Attributes other than href are ignored. Entities
// &amp; &lt; &gt; &quot; &#39; &apos; &nbsp; and numeric ones are decoded. Unclosed tags close at the end.
// Text outside blocks becomes paragraphs, split at blank lines.
import { html, nothing, type TemplateResult } from 'lit';
import { map } from 'lit/directives/map.js';
import { isExternal, safeHref } from './url.js';

export type RichBlockTag = 'p' | 'ul' | 'ol' | 'li';
export type RichInlineTag = 'strong' | 'em';

export type RichNode =
  | { type: 'text'; text: string }
  | { type: 'br' }
  | { type: RichBlockTag | RichInlineTag; children: RichNode[] }
  | { type: 'a'; href: string; children: RichNode[] };

type ParentNode = Extract<RichNode, { children: RichNode[] }>;

// --- Entities ----------------------------------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
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
  | { kind: 'open'; name: string; attributes: Record<string, string> }
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

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[a-zA-Z]/.test(c);

/** Reads the attributes of a start tag from `i` (just after its name); returns them and the index after ">". */
function readAttributes(source: string, i: number): { attributes: Record<string, string>; end: number } | undefined {
  const attributes: Record<string, string> = {};
  let at = i;
  while (at < source.length) {
    const c = source[at];
    if (c === '>') return { attributes, end: at + 1 };
    if (isSpace(c) || c === '/') {
      at++;
      continue;
    }
    let nameEnd = at + 1;
    while (nameEnd < source.length && !/[\s/>=]/.test(source[nameEnd] as string)) nameEnd++;
    const name = source.slice(at, nameEnd).toLowerCase();
    at = nameEnd;
    while (isSpace(source[at])) at++;
    let value = '';
    if (source[at] === '=') {
      at++;
      while (isSpace(source[at])) at++;
      const quote = source[at];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, at + 1);
        if (close === -1) return undefined; // a quote never closed swallows the rest, as in browsers
        value = source.slice(at + 1, close);
        at = close + 1;
      } else {
        const start = at;
        while (at < source.length && !/[\s>]/.test(source[at] as string)) at++;
        value = source.slice(start, at);
      }
    }
    if (!Object.hasOwn(attributes, name)) attributes[name] = decodeEntities(value);
  }
  return undefined; // the input ended inside the tag: browsers drop such a tag, and so do we
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text: decodeEntities(text) });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c !== '<') {
      text += c;
      i++;
      continue;
    }
    const after = source[i + 1];
    if (source.startsWith('<!--', i)) {
      flush();
      const end = source.indexOf('-->', i + 4);
      i = end === -1 ? source.length : end + 3;
    } else if (after === '!' || after === '?' || (after === '/' && !isLetter(source[i + 2]) && source[i + 2] !== undefined)) {
      flush(); // <!doctype>, <?xml?>, </ 3>: bogus comments up to the next ">"
      const end = source.indexOf('>', i + 2);
      i = end === -1 ? source.length : end + 1;
    } else if (after === '/' && isLetter(source[i + 2])) {
      flush();
      const match = /^<\/([^\s/>]+)/.exec(source.slice(i)) as RegExpExecArray;
      const end = source.indexOf('>', i);
      tokens.push({ kind: 'close', name: (match[1] as string).toLowerCase() });
      i = end === -1 ? source.length : end + 1;
    } else if (isLetter(after)) {
      flush();
      const match = /^<([^\s/>]+)/.exec(source.slice(i)) as RegExpExecArray;
      const name = (match[1] as string).toLowerCase();
      const read = readAttributes(source, i + match[0].length);
      if (!read) break;
      i = read.end;
      if (DROP_WITH_CONTENT.has(name)) {
        const closing = new RegExp(`</${name}[\\s/>]`, 'i').exec(source.slice(i));
        if (!closing) break;
        const end = source.indexOf('>', i + closing.index);
        i = end === -1 ? source.length : end + 1;
      } else {
        tokens.push({ kind: 'open', name, attributes: read.attributes });
      }
    } else {
      text += c; // a "<" that starts no tag, as in "3 < 4"
      i++;
    }
  }
  flush();
  return tokens;
}

// --- Tree --------------------------------------------------------------------------------------------------

const SYNONYMS: Record<string, string> = { b: 'strong', i: 'em' };
const BLOCKS = new Set<string>(['p', 'ul', 'ol', 'li']);
const LISTS = new Set<string>(['ul', 'ol']);

function buildTree(tokens: readonly Token[]): RichNode[] {
  const root: ParentNode = { type: 'p', children: [] }; // a stand-in parent; only its children are returned
  const stack: ParentNode[] = [root];
  const top = () => stack[stack.length - 1] as ParentNode;
  const append = (node: RichNode) => top().children.push(node);
  const push = (node: ParentNode) => {
    append(node);
    stack.push(node);
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

  for (const token of tokens) {
    if (token.kind === 'text') {
      if (LISTS.has(top().type)) {
        if (!token.text.trim()) continue; // spacing between list items
        push({ type: 'li', children: [] });
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
    switch (name) {
      case 'br':
        append({ type: 'br' });
        break;
      case 'p':
      case 'ul':
      case 'ol':
        prepareBlock();
        push({ type: name, children: [] });
        break;
      case 'li': {
        prepareBlock();
        closeTo(indexOfOpen('li', LISTS));
        if (!LISTS.has(top().type)) push({ type: 'ul', children: [] }); // a lone <li> gets its list
        push({ type: 'li', children: [] });
        break;
      }
      case 'strong':
      case 'em':
        push({ type: name, children: [] });
        break;
      case 'a': {
        closeTo(indexOfOpen('a'));
        const href = safeHref(token.attributes.href);
        // An unsafe or missing href: no link, the text stays (the closing </a> then finds nothing to close).
        if (href !== undefined) push({ type: 'a', href, children: [] });
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

/** Parses citizen rich text into a safe tree. Pure: no DOM. */
export function parseRichText(source: string): RichNode[] {
  return paragraphs(dropEmpty(buildTree(tokenize(source))));
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

// --- Rendering ---------------------------------------------------------------------------------------------

function renderNodes(nodes: readonly RichNode[]): unknown {
  return map(nodes, renderNode);
}

function renderNode(node: RichNode): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text; // a text binding: never parsed as markup
    case 'br':
      return html`<br>`;
    case 'p':
      return html`<p>${renderNodes(node.children)}</p>`;
    case 'ul':
      return html`<ul>${renderNodes(node.children)}</ul>`;
    case 'ol':
      return html`<ol>${renderNodes(node.children)}</ol>`;
    case 'li':
      return html`<li>${renderNodes(node.children)}</li>`;
    case 'strong':
      return html`<strong>${renderNodes(node.children)}</strong>`;
    case 'em':
      return html`<em>${renderNodes(node.children)}</em>`;
    case 'a':
      return html`<a href=${node.href} rel=${isExternal(node.href) ? 'noopener noreferrer' : nothing}>${renderNodes(node.children)}</a>`;
  }
}

/** Renders rich text (a string, or a tree from `parseRichText`) as a Lit template. */
export function renderRichText(input: string | readonly RichNode[]): TemplateResult {
  const nodes = typeof input === 'string' ? parseRichText(input) : input;
  return html`${renderNodes(nodes)}`;
}

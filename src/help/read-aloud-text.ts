// The text of a light-DOM subtree as a reader meets it, with offsets back into the DOM: what "Lyt" reads
// and what the editor view measures. Its own module so that the editor view (LIX) can use it without
// the speech code, and the element's first download carries neither.

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'br',
]);
const BLOCK_BREAK = '\n\n';

export interface TextMap {
  /** The text as a reader meets it; whitespace inside text nodes is turned into plain spaces. */
  text: string;
  /** A DOM range over `text.slice(start, end)`, or undefined when it is not (or no longer) in the DOM. */
  range(start: number, end: number): Range | undefined;
}

interface Segment {
  node: Text;
  start: number;
  end: number;
}

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  // Not shown: hidden text is not read, and `slot="…"` children belong to a named slot (e.g. an error message).
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('slot');
}

/** The readable text under `root` (its light DOM), with a way back from offsets to DOM ranges. */
export function readableText(root: Element): TextMap {
  const segments: Segment[] = [];
  let text = '';
  const blockBreak = () => {
    if (text !== '' && !text.endsWith(BLOCK_BREAK)) text += BLOCK_BREAK;
  };
  const walk = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data;
        if (data === '') continue;
        // Same length, so offsets stay valid: a line break in the page's source is a space on screen.
        segments.push({ node: node as Text, start: text.length, end: text.length + data.length });
        text += data.replace(/\s/gu, ' ');
      } else if (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node as Element)) {
        const block = BLOCKS.has((node as Element).localName);
        if (block) blockBreak();
        walk(node);
        if (block) blockBreak();
      }
    }
  };
  walk(root);

  const locate = (offset: number, preferEnd: boolean): { node: Text; offset: number } | undefined => {
    for (const segment of segments) {
      const inside = preferEnd ? offset > segment.start && offset <= segment.end : offset >= segment.start && offset < segment.end;
      if (inside) return { node: segment.node, offset: offset - segment.start };
    }
    return undefined;
  };
  return {
    text,
    range(start, end) {
      const from = locate(start, false);
      const to = locate(end, true);
      if (!from || !to || !from.node.isConnected || !to.node.isConnected) return undefined;
      // The page may have changed the text since it was read: a stale offset must not throw.
      if (from.offset > from.node.length || to.offset > to.node.length) return undefined;
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}

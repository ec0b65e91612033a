// Rich text for citizen content, rendered with Lit text bindings. The markup subset and the parser are
// in markup.ts (pure, no Lit); here the tree becomes elements. No DOMParser and no HTML string sinks:
// nothing is ever parsed as HTML by the browser, so it works under Trusted Types and a payload can at
// worst show up as text.
import { html, nothing, type TemplateResult } from 'lit';
import { map } from 'lit/directives/map.js';
import { parseRichText, type RichNode } from './markup.js';
import { isExternal } from './url.js';

export {
  MARKUP_MAX_DEPTH,
  type MarkupProblem,
  markupProblems,
  parseRichText,
  type RichBlockTag,
  type RichInlineTag,
  type RichNode,
  richTextToPlain,
} from './markup.js';

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

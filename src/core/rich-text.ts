// Rich text for citizen content, rendered with Lit text bindings. The markup subset and the parser are
// in markup.ts (pure, no Lit); here the tree becomes elements. No DOMParser and no HTML string sinks:
// nothing is ever parsed as HTML by the browser, so it works under Trusted Types and a payload can at
// worst show up as text.
import { html, type TemplateResult } from 'lit';
import { map } from 'lit/directives/map.js';
import { parseRichText, type RichNode } from './markup.js';
import { externalMark, linkRel } from './external-link.js';

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

function renderNodes(nodes: readonly RichNode[], lang: string): unknown {
  return map(nodes, (node) => renderNode(node, lang));
}

function renderNode(node: RichNode, lang: string): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text; // a text binding: never parsed as markup
    case 'br':
      return html`<br>`;
    case 'p':
      return html`<p>${renderNodes(node.children, lang)}</p>`;
    case 'ul':
      return html`<ul>${renderNodes(node.children, lang)}</ul>`;
    case 'ol':
      return html`<ol>${renderNodes(node.children, lang)}</ol>`;
    case 'li':
      return html`<li>${renderNodes(node.children, lang)}</li>`;
    case 'strong':
      return html`<strong>${renderNodes(node.children, lang)}</strong>`;
    case 'em':
      return html`<em>${renderNodes(node.children, lang)}</em>`;
    case 'a':
      return html`<a href=${node.href} rel=${linkRel(node.href)}>${renderNodes(node.children, lang)}${externalMark(node.href, lang)}</a>`;
  }
}

/**
 * Renders rich text (a string, or a tree from `parseRichText`) as a Lit template; a link to another
 * site is marked as such in `lang` (default Danish).
 */
export function renderRichText(input: string | readonly RichNode[], lang = 'da'): TemplateResult {
  const nodes = typeof input === 'string' ? parseRichText(input) : input;
  return html`${renderNodes(nodes, lang)}`;
}

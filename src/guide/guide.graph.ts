// The guide as a graph: its edges and the answers each question can give, what walking a guide needs.
// The checks the schema cannot express are in guide.graph-check.ts (run at edit time by the CLI, and in
// the browser after the first question shows). Pure: no DOM, no zod.
import type { LocalizedText } from '../core/localized.js';
import type { Guide, GuideNode, GuideOption, NextSpec, QuestionNode } from './guide.schema.js';

/** Node ids, option values and guide ids: they end up in URLs and form values, so keep them plain. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export type Segment = string | number;

/** The labels a yes/no question shows when the content gives none. */
export const YES_NO_OPTIONS: readonly GuideOption[] = [
  { value: 'yes', label: { da: 'Ja', en: 'Yes', ar: 'نعم' } satisfies LocalizedText },
  { value: 'no', label: { da: 'Nej', en: 'No', ar: 'لا' } satisfies LocalizedText },
];

/** The options a question offers; a yes/no question without options gets "Ja"/"Nej". */
export function questionOptions(question: QuestionNode): readonly GuideOption[] {
  if (question.kind === 'yesno' && (question.options === undefined || question.options.length === 0)) return YES_NO_OPTIONS;
  return question.options ?? [];
}

/** Every value a question can answer with. */
export function possibleValues(question: QuestionNode): string[] {
  return question.kind === 'yesno' ? ['yes', 'no'] : questionOptions(question).map((o) => o.value);
}

/** The node with this id; never something inherited from Object.prototype ("constructor"). */
export function nodeAt(guide: Guide, id: string): GuideNode | undefined {
  return Object.hasOwn(guide.nodes, id) ? guide.nodes[id] : undefined;
}

/** One possible move out of a node, with the JSON path (below the node) of the `next` or `to` naming it. */
export interface Edge {
  to: string;
  at: Segment[];
}

function nextEdges(next: NextSpec | undefined, at: Segment[]): Edge[] {
  if (next === undefined) return [];
  if (typeof next === 'string') return [{ to: next, at }];
  return next.map((rule, i) => ({ to: rule.to, at: [...at, i, 'to'] }));
}

/** All moves a node could make, whatever the answers. */
export function edgesOf(node: GuideNode): Edge[] {
  if (node.type === 'outcome') return [];
  if (node.type === 'info') return nextEdges(node.next, ['next']);
  const fromOptions = (node.options ?? []).flatMap((option, i) => nextEdges(option.next, ['options', i, 'next']));
  return [...fromOptions, ...nextEdges(node.next, ['next'])];
}

/** Node ids a node can lead to (unique, known nodes only). */
export function successors(guide: Guide, id: string): string[] {
  const node = nodeAt(guide, id);
  if (!node) return [];
  return [...new Set(edgesOf(node).map((e) => e.to))].filter((to) => Object.hasOwn(guide.nodes, to));
}

/** Ids reachable from `from` (including it), following every possible move. */
export function reachableFrom(guide: Guide, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = Object.hasOwn(guide.nodes, from) ? [from] : [];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...successors(guide, id));
  }
  return seen;
}

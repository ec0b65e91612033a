// A guide's graph as routes: the moves each node can make, whatever the answers, and what can be reached.
// For moving on (guide.moves.ts drops answers no longer reachable) and the route checks; the first view
// needs none of it, so it is apart from guide.graph.ts.
import { nodeAt, type Segment } from './guide.graph.js';
import type { Guide, GuideNode, NextSpec } from './guide.schema.js';

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

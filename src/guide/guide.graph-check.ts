// The checks a guide's schema cannot express: every `next` lands on a node, no loops, nothing
// unreachable, sane rules. Pure: no DOM, no zod. Every problem names the node through its JSON path.
// Not needed to show a guide's first question: the element loads this after it (guide.element.ts).
import { jsonPath, type Problem } from '../core/problems.js';
import { nodeAt, possibleValues, type Segment } from './guide.graph.js';
import { edgesOf, reachableFrom, successors } from './guide.routes.js';
import type { Condition, Guide, GuideNode, NextSpec, QuestionNode } from './guide.schema.js';

/** Every `when` in a node, with its JSON path below the node. */
function conditionsOf(node: GuideNode): { when: Condition; at: Segment[] }[] {
  const fromNext = (next: NextSpec | undefined, at: Segment[]) =>
    typeof next === 'object' ? next.flatMap((rule, i) => (rule.when ? [{ when: rule.when, at: [...at, i, 'when'] }] : [])) : [];
  if (node.type === 'outcome') {
    const bring = (node.bring ?? []).flatMap((item, i) => (item.when ? [{ when: item.when, at: ['bring', i, 'when'] as Segment[] }] : []));
    const booking = (node.actions ?? []).flatMap((action, i) =>
      action.kind === 'booking'
        ? (action.byAnswers ?? []).map((rule, j) => ({ when: rule.when, at: ['actions', i, 'byAnswers', j, 'when'] as Segment[] }))
        : [],
    );
    return [...bring, ...booking];
  }
  if (node.type === 'info') return fromNext(node.next, ['next']);
  return [...(node.options ?? []).flatMap((option, i) => fromNext(option.next, ['options', i, 'next'])), ...fromNext(node.next, ['next'])];
}

/** Every rule list in a node, with its JSON path below the node. */
function ruleListsOf(node: GuideNode): { rules: Exclude<NextSpec, string>; at: Segment[] }[] {
  const lists: { rules: Exclude<NextSpec, string>; at: Segment[] }[] = [];
  if (node.type === 'outcome') return lists;
  if (typeof node.next === 'object') lists.push({ rules: node.next, at: ['next'] });
  if (node.type === 'question') {
    (node.options ?? []).forEach((option, i) => {
      if (typeof option.next === 'object') lists.push({ rules: option.next, at: ['options', i, 'next'] });
    });
  }
  return lists;
}

const quote = (s: string) => JSON.stringify(s);
const listOf = (values: readonly string[]) => values.map(quote).join(', ');

function checkQuestion(id: string, q: QuestionNode): Problem[] {
  const problems: Problem[] = [];
  const at = (...segments: Segment[]) => jsonPath(['nodes', id, ...segments]);
  const options = q.options ?? [];

  if (q.kind !== 'yesno' && options.length < 2) {
    problems.push({ path: at('options'), message: `a "${q.kind}" question needs at least two options to choose from` });
  }
  if (q.kind === 'yesno' && options.length > 0) {
    options.forEach((o, i) => {
      if (o.value !== 'yes' && o.value !== 'no') {
        problems.push({ path: at('options', i, 'value'), message: `a yes/no question only answers "yes" or "no", not ${quote(o.value)}` });
      }
    });
    if (!options.some((o) => o.value === 'yes') || !options.some((o) => o.value === 'no')) {
      problems.push({ path: at('options'), message: 'a yes/no question with options (for its own labels) needs both "yes" and "no"' });
    }
  }

  const firstIndex = new Map<string, number>();
  options.forEach((o, i) => {
    const earlier = firstIndex.get(o.value);
    if (earlier === undefined) firstIndex.set(o.value, i);
    else
      problems.push({
        path: at('options', i, 'value'),
        message: `${quote(o.value)} is already the value of options[${earlier}]; each option needs its own value`,
      });
    if (o.exclusive !== undefined && q.kind !== 'multiple') {
      problems.push({
        path: at('options', i, 'exclusive'),
        message: `"exclusive" only works on a "multiple" question; this one is "${q.kind}"`,
      });
    }
    if (o.next !== undefined && q.kind === 'multiple') {
      problems.push({
        path: at('options', i, 'next'),
        message:
          'a "multiple" question can have several answers, so it moves on with its own "next" (use rules there to route on the answers), not one per option',
      });
    }
  });

  // Every answer must lead somewhere: its option's next, or the question's.
  if (q.next === undefined) {
    if (q.kind === 'multiple' || (q.kind === 'yesno' && options.length === 0)) {
      problems.push({ path: at(), message: 'has no "next", so the guide stops here after the answer; add a "next"' });
    } else {
      options.forEach((o, i) => {
        if (o.next === undefined) {
          problems.push({
            path: at('options', i),
            message: `answering ${quote(o.value)} leads nowhere: give this option a "next", or give the question one`,
          });
        }
      });
    }
  }
  return problems;
}

function checkRuleLists(id: string, node: GuideNode): Problem[] {
  const problems: Problem[] = [];
  for (const { rules, at } of ruleListsOf(node)) {
    const catchAll = rules.findIndex((rule) => rule.when === undefined);
    if (catchAll === -1) {
      problems.push({
        path: jsonPath(['nodes', id, ...at, rules.length - 1, 'when']),
        message: 'the last rule has a "when", so the guide stops here when no rule matches; end the list with a rule that has only "to"',
      });
    } else if (catchAll < rules.length - 1) {
      problems.push({
        path: jsonPath(['nodes', id, ...at, catchAll + 1]),
        message: `comes after rule ${catchAll}, which has no "when" and always applies, so this rule is never used`,
      });
    }
  }
  return problems;
}

function findCycles(guide: Guide): Problem[] {
  const problems: Problem[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();

  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const edge of edgesOf(guide.nodes[id] as GuideNode)) {
      if (!Object.hasOwn(guide.nodes, edge.to)) continue;
      const seen = state.get(edge.to);
      if (seen === 'open') {
        const loop = [...stack.slice(stack.indexOf(edge.to)), edge.to];
        const key = [...loop.slice(0, -1)].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          problems.push({
            path: jsonPath(['nodes', id, ...edge.at]),
            message: `goes back to ${quote(edge.to)} and makes a loop: ${loop.join(' → ')}; a guide must always move forward`,
          });
        }
      } else if (seen === undefined) {
        visit(edge.to);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };

  const order = [guide.start, ...Object.keys(guide.nodes)].filter((id) => Object.hasOwn(guide.nodes, id));
  for (const id of order) if (!state.has(id)) visit(id);
  return problems;
}

/** For each node, the ids of the nodes that can come before it on some route. */
function ancestorsOf(guide: Guide): Map<string, Set<string>> {
  const parents = new Map<string, string[]>();
  for (const id of Object.keys(guide.nodes)) {
    for (const to of successors(guide, id)) parents.set(to, [...(parents.get(to) ?? []), id]);
  }
  const result = new Map<string, Set<string>>();
  for (const id of Object.keys(guide.nodes)) {
    const seen = new Set<string>();
    const queue = [...(parents.get(id) ?? [])];
    while (queue.length > 0) {
      const p = queue.pop() as string;
      if (seen.has(p)) continue;
      seen.add(p);
      queue.push(...(parents.get(p) ?? []));
    }
    result.set(id, seen);
  }
  return result;
}

function checkConditions(guide: Guide, ancestors: Map<string, Set<string>>): Problem[] {
  const problems: Problem[] = [];
  for (const [id, node] of Object.entries(guide.nodes)) {
    for (const { when, at } of conditionsOf(node)) {
      for (const [questionId, expected] of Object.entries(when)) {
        const path = jsonPath(['nodes', id, ...at, questionId]);
        const target = nodeAt(guide, questionId);
        if (target === undefined) {
          problems.push({ path, message: `${quote(questionId)} is not a node in $.nodes, so this condition can never be true` });
          continue;
        }
        if (target.type !== 'question') {
          problems.push({ path, message: `${quote(questionId)} is an ${target.type} node, not a question, so it has no answer to test` });
          continue;
        }
        const values = possibleValues(target);
        const wanted = typeof expected === 'string' ? [expected] : expected;
        wanted.forEach((value, i) => {
          if (!values.includes(value)) {
            problems.push({
              path: typeof expected === 'string' ? path : jsonPath(['nodes', id, ...at, questionId, i]),
              message: `the question ${quote(questionId)} cannot give the answer ${quote(value)} (it gives ${listOf(values)})`,
            });
          }
        });
        if (questionId !== id && !ancestors.get(id)?.has(questionId)) {
          problems.push({
            path,
            message: `the question ${quote(questionId)} is never asked before this point, so this condition can never be true`,
          });
        }
      }
    }
  }
  return problems;
}

/** A booking action's `answers` name questions that can be answered on the way to its outcome. */
function checkHandedAnswers(guide: Guide, ancestors: Map<string, Set<string>>): Problem[] {
  const problems: Problem[] = [];
  for (const [id, node] of Object.entries(guide.nodes)) {
    if (node.type !== 'outcome') continue;
    (node.actions ?? []).forEach((action, i) => {
      if (action.kind !== 'booking') return;
      (action.answers ?? []).forEach((questionId, j) => {
        const path = jsonPath(['nodes', id, 'actions', i, 'answers', j]);
        const target = nodeAt(guide, questionId);
        if (target?.type !== 'question') {
          const what = target === undefined ? 'is not a node in $.nodes' : `is an ${target.type} node, not a question`;
          problems.push({ path, message: `${quote(questionId)} ${what}, so there is no answer to show` });
        } else if (!ancestors.get(id)?.has(questionId)) {
          problems.push({
            path,
            message: `the question ${quote(questionId)} is never asked before this outcome, so there is no answer to show`,
          });
        }
      });
    });
  }
  return problems;
}

/**
 * The checks a schema cannot make. Assumes the guide already has the right shape (run the zod schema first).
 * Returns every problem found, each naming its node by JSON path; an empty list means the guide is sound.
 */
export function checkGuideGraph(guide: Guide): Problem[] {
  const problems: Problem[] = [];
  const ids = Object.keys(guide.nodes);
  const startKnown = Object.hasOwn(guide.nodes, guide.start);
  if (!startKnown) {
    problems.push({
      path: '$.start',
      message: `names ${quote(guide.start)}, which is not a node in $.nodes (the nodes are ${listOf(ids)})`,
    });
  }

  for (const [id, node] of Object.entries(guide.nodes)) {
    if (node.type === 'question') problems.push(...checkQuestion(id, node));
    problems.push(...checkRuleLists(id, node));
    for (const edge of edgesOf(node)) {
      if (!Object.hasOwn(guide.nodes, edge.to)) {
        problems.push({ path: jsonPath(['nodes', id, ...edge.at]), message: `goes to ${quote(edge.to)}, which is not a node in $.nodes` });
      }
    }
  }

  problems.push(...findCycles(guide));

  if (startKnown) {
    const reachable = reachableFrom(guide, guide.start);
    for (const id of ids) {
      if (!reachable.has(id)) {
        problems.push({
          path: jsonPath(['nodes', id]),
          message: `cannot be reached from the start (${quote(guide.start)}); link to it from another node, or remove it`,
        });
      }
    }
  }

  const ancestors = ancestorsOf(guide);
  problems.push(...checkConditions(guide, ancestors), ...checkHandedAnswers(guide, ancestors));
  return problems;
}

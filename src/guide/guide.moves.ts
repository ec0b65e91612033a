// The guide's engine, the part for moving on: answering a question, moving on from an info step, changing
// an answer and fast-forwarding, and fitting a saved state to a guide. The element loads it after the
// first question is painted (the first question shows without it); see guide.state.ts for the rest.
import { nodeAt, possibleValues, questionOptions } from './guide.graph.js';
import { reachableFrom } from './guide.routes.js';
import type { Guide, NextSpec, QuestionNode } from './guide.schema.js';
import {
  type Answer,
  type AnswerError,
  type AnswerErrorCode,
  type Answers,
  answersSoFar,
  conditionHolds,
  currentNode,
  currentNodeId,
  type GuideState,
  rememberedAnswer,
  type StepResult,
} from './guide.state.js';

// --- Rules -------------------------------------------------------------------------------------------

/** The node a `next` leads to with these answers: the id, or the first rule that matches. */
export function resolveNext(next: NextSpec | undefined, answers: Answers): string | undefined {
  if (next === undefined || typeof next === 'string') return next;
  return next.find((rule) => rule.when === undefined || conditionHolds(rule.when, answers))?.to;
}

/** Where a node leads once answered: the chosen option's `next` (single, yes/no), else the node's own. */
export function nextNodeId(guide: Guide, nodeId: string, answers: Answers): string | undefined {
  const node = nodeAt(guide, nodeId);
  if (!node || node.type === 'outcome') return undefined;
  if (node.type === 'question' && node.kind !== 'multiple') {
    const chosen = Object.hasOwn(answers, nodeId) ? answers[nodeId] : undefined;
    const option = questionOptions(node).find((o) => o.value === chosen);
    if (option?.next !== undefined) return resolveNext(option.next, answers);
  }
  return resolveNext(node.next, answers);
}
// --- Moving ----------------------------------------------------------------------------------------------

/** Checks an answer against a question and returns it tidied up (choices in the question's order). */
export function checkAnswer(question: QuestionNode, value: unknown): { ok: true; value: Answer } | { ok: false; error: AnswerError } {
  const fail = (code: AnswerErrorCode, message: string, offending?: string) =>
    ({ ok: false, error: offending === undefined ? { code, message } : { code, message, value: offending } }) as const;
  const options = questionOptions(question);
  const known = new Set(possibleValues(question));

  if (question.kind !== 'multiple') {
    if (typeof value !== 'string') return fail('wrong-type', `a "${question.kind}" question takes one value`);
    if (value === '') return fail('empty', 'no answer was chosen');
    if (!known.has(value)) return fail('unknown-option', `${JSON.stringify(value)} is not one of the options`, value);
    return { ok: true, value };
  }

  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((v): v is string => typeof v === 'string')) {
    return fail('wrong-type', 'a "multiple" question takes a list of values');
  }
  if (list.length === 0) return fail('empty', 'no answer was chosen');
  const unknown = list.find((v) => !known.has(v));
  if (unknown !== undefined) return fail('unknown-option', `${JSON.stringify(unknown)} is not one of the options`, unknown);
  const chosen = options.filter((o) => list.includes(o.value));
  const exclusive = chosen.find((o) => o.exclusive === true);
  if (exclusive && chosen.length > 1) {
    return fail('exclusive-with-others', `${JSON.stringify(exclusive.value)} cannot be combined with other choices`, exclusive.value);
  }
  return { ok: true, value: chosen.map((o) => o.value) };
}

/** Keeps answers on the path and answers to questions that can still come; drops the rest. */
function pruneAnswers(guide: Guide, answers: Answers, path: readonly string[]): Answers {
  const onPath = new Set(path);
  const ahead = reachableFrom(guide, path[path.length - 1] ?? '');
  return Object.fromEntries(Object.entries(answers).filter(([id]) => onPath.has(id) || ahead.has(id)));
}

function moveOn(guide: Guide, state: GuideState, answers: Answers): StepResult {
  const here = currentNodeId(state);
  const so = { ...answersSoFar(state) };
  if (Object.hasOwn(answers, here)) so[here] = answers[here] as Answer;
  const to = nextNodeId(guide, here, so);
  if (to === undefined || nodeAt(guide, to) === undefined) {
    return { ok: false, error: { code: 'no-way-on', message: `the content gives no next node after ${JSON.stringify(here)}` } };
  }
  const path = [...state.path, to];
  return { ok: true, state: { guideId: state.guideId, answers: pruneAnswers(guide, answers, path), path } };
}

/**
 * Answers the question shown now and moves to the next node. An answer the question cannot take is an
 * error result, never a throw. Remembered answers the new route no longer passes are dropped.
 */
export function answer(guide: Guide, state: GuideState, value: Answer): StepResult {
  const here = currentNode(guide, state);
  if (here?.node.type !== 'question') {
    return { ok: false, error: { code: 'not-a-question', message: `${JSON.stringify(currentNodeId(state))} is not a question` } };
  }
  const checked = checkAnswer(here.node, value);
  if (!checked.ok) return checked;
  return moveOn(guide, state, { ...state.answers, [here.id]: checked.value });
}

/** Moves on from an info node. */
export function proceed(guide: Guide, state: GuideState): StepResult {
  const here = currentNode(guide, state);
  if (here?.node.type !== 'info') {
    return { ok: false, error: { code: 'not-an-info', message: `${JSON.stringify(currentNodeId(state))} is not an info node` } };
  }
  return moveOn(guide, state, state.answers);
}
/**
 * Goes back to an answered question on the route so it can be answered again. Later answers stay
 * remembered; the next `answer` drops those its new route no longer passes and keeps the others.
 * Returns the state unchanged when the question is not on the route.
 */
export function changeAnswer(guide: Guide, state: GuideState, questionId: string): GuideState {
  const index = state.path.indexOf(questionId);
  if (index === -1 || nodeAt(guide, questionId)?.type !== 'question') return state;
  return { ...state, path: state.path.slice(0, index + 1) };
}

/**
 * Moves on through questions that still have a valid remembered answer, and stops at the first info
 * node, unanswered question or outcome: "take me back to where I was" after changing an answer.
 */
export function fastForward(guide: Guide, state: GuideState): GuideState {
  let current = state;
  for (let guard = 0; guard < Object.keys(guide.nodes).length; guard++) {
    const here = currentNode(guide, current);
    const remembered = rememberedAnswer(current);
    if (here?.node.type !== 'question' || remembered === undefined) break;
    const step = answer(guide, current, remembered);
    if (!step.ok) break;
    current = step.state;
  }
  return current;
}
/**
 * Fits a saved state to a guide: replays its path from the start and keeps the longest part that the
 * guide (perhaps edited since) still allows, with valid answers only. Undefined when it is another guide's.
 */
export function restoreState(guide: Guide, saved: GuideState): GuideState | undefined {
  if (saved.guideId !== guide.id) return undefined;
  const answers: Answers = {};
  for (const [id, value] of Object.entries(saved.answers)) {
    const node = nodeAt(guide, id);
    if (node?.type !== 'question') continue;
    const checked = checkAnswer(node, value);
    if (checked.ok) answers[id] = checked.value;
  }
  let state: GuideState = { guideId: guide.id, answers, path: [guide.start] };
  if (saved.path[0] !== guide.start) return { ...state, answers: {} };
  for (const wanted of saved.path.slice(1)) {
    const node = currentNode(guide, state)?.node;
    const step = node?.type === 'info' ? proceed(guide, state) : answer(guide, state, rememberedAnswer(state) ?? '');
    if (!step.ok || currentNodeId(step.state) !== wanted) break;
    state = step.state;
  }
  return { ...state, answers: pruneAnswers(guide, state.answers, state.path) };
}

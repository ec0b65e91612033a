// The guide's pure engine: a citizen's way through a validated guide as plain, serialisable state.
// No DOM. Every function returns a new state; nothing is mutated. Run `validateGuide` first: the engine
// trusts the graph to be sound (no loops, every `next` known) and only guards against endless walks.
import type { LocalizedText } from '../core/localized.js';
import { ID_PATTERN, nodeAt, possibleValues, questionOptions, reachableFrom } from './guide.graph.js';
import type { Condition, Guide, GuideAction, GuideNode, NextSpec, OutcomeNode, QuestionNode } from './guide.schema.js';

// The element needs these too (a yes/no question's default labels); one import for it.
export { possibleValues, questionOptions } from './guide.graph.js';

export type Answer = string | string[];
export type Answers = Record<string, Answer>;

/**
 * Where a citizen is. `path` runs from the start to the node shown now (its last id). Every question on
 * the path before the last is answered. `answers` may also hold answers further on, remembered after
 * `back` or `changeAnswer`, to fill in the form again when the citizen gets there.
 */
export interface GuideState {
  guideId: string;
  answers: Answers;
  path: string[];
}

export type AnswerErrorCode =
  | 'not-a-question' // the node shown is an info or outcome
  | 'not-an-info' // `proceed` on a question or outcome
  | 'wrong-type' // a list for a single choice, or something that is not text at all
  | 'empty' // nothing chosen
  | 'unknown-option' // a value the question does not offer
  | 'exclusive-with-others' // "none of these" together with other choices
  | 'no-way-on'; // the content gives no next node for this answer

export interface AnswerError {
  code: AnswerErrorCode;
  /** For developers; the element shows its own translated message per `code`. */
  message: string;
  /** The offending value, when there is one. */
  value?: string;
}

export type StepResult = { ok: true; state: GuideState } | { ok: false; error: AnswerError };

export interface AnsweredStep {
  questionId: string;
  question: QuestionNode;
  answer: Answer;
  /** The labels of the chosen options, in the question's order. */
  labels: LocalizedText[];
}

export interface ResolvedOutcome {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  /** The `bring` items whose `when` matches the answers. */
  bring: LocalizedText[];
  actions: GuideAction[];
}

export interface GuideRoute {
  /** Node ids from the start to the end of the route. */
  nodes: string[];
  answers: Answers;
  /** The outcome reached; undefined when the walk got stuck (only in content that did not validate). */
  outcome?: string;
}

const MISSING = Symbol('missing');

// --- Rules -------------------------------------------------------------------------------------------

/** True when every question named in `when` has the value (for `multiple`: includes one of the values). */
export function conditionHolds(when: Condition, answers: Answers): boolean {
  return Object.entries(when).every(([questionId, expected]) => {
    const given = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
    if (given === undefined) return false;
    const wanted = typeof expected === 'string' ? [expected] : expected;
    return typeof given === 'string' ? wanted.includes(given) : given.some((value) => wanted.includes(value));
  });
}

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

// --- Reading the state ---------------------------------------------------------------------------------

export function start(guide: Guide): GuideState {
  return { guideId: guide.id, answers: {}, path: [guide.start] };
}

export function currentNodeId(state: GuideState): string {
  return state.path[state.path.length - 1] ?? '';
}

export function currentNode(guide: Guide, state: GuideState): { id: string; node: GuideNode } | undefined {
  const id = currentNodeId(state);
  const node = nodeAt(guide, id);
  return node ? { id, node } : undefined;
}

/** The answers given on the way to the node shown now: what rules are evaluated against. */
export function answersSoFar(state: GuideState): Answers {
  const so: Answers = {};
  for (const id of state.path.slice(0, -1)) {
    const value = Object.hasOwn(state.answers, id) ? state.answers[id] : undefined;
    if (value !== undefined) so[id] = value;
  }
  return so;
}

/** A remembered answer for the question shown now (after `back` or `changeAnswer`), to fill in the form. */
export function rememberedAnswer(state: GuideState): Answer | undefined {
  const id = currentNodeId(state);
  return Object.hasOwn(state.answers, id) ? state.answers[id] : undefined;
}

/** The questions answered so far, with the labels of the answers ("Dine svar"). */
export function pathSoFar(guide: Guide, state: GuideState): AnsweredStep[] {
  const so = answersSoFar(state);
  return state.path.flatMap((id) => {
    const node = nodeAt(guide, id);
    const answer = Object.hasOwn(so, id) ? so[id] : undefined;
    if (node?.type !== 'question' || answer === undefined) return [];
    const chosen = typeof answer === 'string' ? [answer] : answer;
    const labels = questionOptions(node)
      .filter((o) => chosen.includes(o.value))
      .map((o) => o.label);
    return [{ questionId: id, question: node, answer, labels }];
  });
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

/** One step back. The answers stay remembered, so the form shows them again. */
export function back(state: GuideState): GuideState {
  if (state.path.length <= 1) return state;
  return { ...state, path: state.path.slice(0, -1) };
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

// --- Progress and result --------------------------------------------------------------------------------

/** Whether a condition holds, fails, or cannot be known yet (a question it names is still unanswered). */
function conditionState(when: Condition, known: Answers): boolean | typeof MISSING {
  let unknown = false;
  for (const [questionId, expected] of Object.entries(when)) {
    if (!Object.hasOwn(known, questionId)) {
      unknown = true;
      continue;
    }
    if (!conditionHolds({ [questionId]: expected }, known)) return false;
  }
  return unknown ? MISSING : true;
}

/** The nodes a `next` may still lead to, given the answers already known. */
function possibleTargets(next: NextSpec | undefined, known: Answers): string[] {
  if (next === undefined) return [];
  if (typeof next === 'string') return [next];
  const targets: string[] = [];
  for (const rule of next) {
    const holds = rule.when === undefined ? true : conditionState(rule.when, known);
    if (holds === false) continue;
    targets.push(rule.to);
    if (holds === true) break;
  }
  return targets;
}

function possibleSuccessors(guide: Guide, id: string, known: Answers): string[] {
  const node = nodeAt(guide, id);
  if (!node || node.type === 'outcome') return [];
  if (node.type === 'info') return possibleTargets(node.next, known);
  const viaOptions = questionOptions(node).flatMap((o) => possibleTargets(o.next ?? node.next, known));
  return [...new Set([...viaOptions, ...possibleTargets(node.next, known)])];
}

/**
 * `step` is the 1-based position of the node shown now; `maxSteps` is the steps taken plus the longest
 * route that can still follow (counting every node shown, the outcome too). Rules that the answers so far
 * already decide are taken into account, so the number only shrinks as the citizen goes on.
 */
export function progress(guide: Guide, state: GuideState): { step: number; maxSteps: number } {
  const known = answersSoFar(state);
  const longest = new Map<string, number>();
  const limit = Object.keys(guide.nodes).length;
  const depth = (id: string, level: number): number => {
    const cached = longest.get(id);
    if (cached !== undefined) return cached;
    if (level > limit) return 0; // a loop in content that did not validate
    const rest = possibleSuccessors(guide, id, known).map((to) => depth(to, level + 1));
    const value = 1 + Math.max(0, ...rest);
    longest.set(id, value);
    return value;
  };
  const step = state.path.length;
  return { step, maxSteps: step - 1 + depth(currentNodeId(state), 0) };
}

/** The `bring` items that apply to these answers. */
export function resolveBring(node: OutcomeNode, answers: Answers): LocalizedText[] {
  return (node.bring ?? []).filter((item) => item.when === undefined || conditionHolds(item.when, answers)).map((item) => item.text);
}

/** The outcome shown now, with its `bring` list fitted to the answers; undefined before the end. */
export function outcome(guide: Guide, state: GuideState): ResolvedOutcome | undefined {
  const here = currentNode(guide, state);
  if (here?.node.type !== 'outcome') return undefined;
  const { title, body, actions = [] } = here.node;
  return { id: here.id, title, body, bring: resolveBring(here.node, answersSoFar(state)), actions };
}

// --- Saving and restoring -------------------------------------------------------------------------------

function isAnswer(value: unknown): value is Answer {
  if (typeof value === 'string') return ID_PATTERN.test(value);
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && ID_PATTERN.test(v));
}

/** A value with the state's shape (e.g. from JSON or sessionStorage). Says nothing of whether it fits a guide. */
export function isGuideState(value: unknown): value is GuideState {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { guideId, answers, path } = value as Record<string, unknown>;
  if (typeof guideId !== 'string' || !ID_PATTERN.test(guideId)) return false;
  if (!Array.isArray(path) || path.length === 0 || !path.every((id) => typeof id === 'string' && ID_PATTERN.test(id))) return false;
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) return false;
  return Object.entries(answers).every(([id, a]) => ID_PATTERN.test(id) && isAnswer(a));
}

// Fragment keys are namespaced, so a guide's state can share the URL fragment with others (e.g. `booking=`).
const KEY_GUIDE = 'guide';
const KEY_PATH = 'guide.path';
const KEY_ONE = 'guide.a.';
const KEY_MANY = 'guide.m.';
const SEPARATOR = '.'; // cannot occur in an id, and URLSearchParams leaves it as it is

/** The state as a URL fragment string (without "#"), e.g. `guide=nyt-pas&guide.path=hvem.gammelt&guide.a.hvem=mig`. */
export function serializeState(state: GuideState): string {
  const params = new URLSearchParams();
  params.set(KEY_GUIDE, state.guideId);
  params.set(KEY_PATH, state.path.join(SEPARATOR));
  for (const [id, value] of Object.entries(state.answers)) {
    if (typeof value === 'string') params.set(KEY_ONE + id, value);
    else params.set(KEY_MANY + id, value.join(SEPARATOR));
  }
  return params.toString();
}

/**
 * A state from a URL fragment (with or without "#", other keys ignored) or from its JSON. Anything that
 * is not a well-formed state gives undefined, never a throw. Check it against the guide with `restoreState`.
 */
export function parseState(text: unknown): GuideState | undefined {
  if (typeof text !== 'string') return undefined;
  const source = text.trim().replace(/^#/, '');
  try {
    if (source.startsWith('{')) {
      const parsed: unknown = JSON.parse(source);
      return isGuideState(parsed) ? { guideId: parsed.guideId, answers: { ...parsed.answers }, path: [...parsed.path] } : undefined;
    }
    const params = new URLSearchParams(source);
    const entries: [string, Answer][] = [];
    for (const [key, value] of params) {
      if (key.startsWith(KEY_ONE)) entries.push([key.slice(KEY_ONE.length), value]);
      else if (key.startsWith(KEY_MANY)) entries.push([key.slice(KEY_MANY.length), value.split(SEPARATOR)]);
    }
    const answers: Answers = Object.fromEntries(entries); // own keys only, even for "__proto__" (then rejected)
    const candidate = { guideId: params.get(KEY_GUIDE), answers, path: params.get(KEY_PATH)?.split(SEPARATOR) };
    return isGuideState(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
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

// --- Walking every route (for tests, previews and benchmarks) ------------------------------------------------

/** Every answer a question can take: each option; for `multiple`, each exclusive option alone and every non-empty mix of the others. */
export function answerChoices(question: QuestionNode): Answer[] {
  const options = questionOptions(question);
  if (question.kind !== 'multiple') return options.map((o) => o.value);
  const alone = options.filter((o) => o.exclusive === true).map((o) => [o.value]);
  const mixable = options.filter((o) => o.exclusive !== true).map((o) => o.value);
  const mixes: string[][] = [];
  for (let mask = 1; mask < 2 ** mixable.length; mask++) mixes.push(mixable.filter((_, i) => mask & (1 << i)));
  return [...alone, ...mixes];
}

function routeOf(guide: Guide, state: GuideState): GuideRoute {
  const id = currentNodeId(state);
  const end = nodeAt(guide, id);
  const route: GuideRoute = { nodes: state.path, answers: answersSoFar(state) };
  return end?.type === 'outcome' ? { ...route, outcome: id } : route;
}

/**
 * Walks every route through the guide, answer by answer, with the engine itself; yields each finished
 * route. Grows with the product of the choices, so meant for guides of citizen size.
 */
export function* walkAll(guide: Guide): Generator<GuideRoute> {
  const limit = Object.keys(guide.nodes).length;
  function* from(state: GuideState): Generator<GuideRoute> {
    const here = currentNode(guide, state);
    if (!here || here.node.type === 'outcome' || state.path.length > limit) {
      yield routeOf(guide, state);
      return;
    }
    const steps = here.node.type === 'info' ? [proceed(guide, state)] : answerChoices(here.node).map((a) => answer(guide, state, a));
    for (const step of steps) {
      if (step.ok) yield* from(step.state);
      else yield routeOf(guide, state);
    }
  }
  yield* from(start(guide));
}

/** Every route through the guide (see `walkAll`). */
export function allPaths(guide: Guide): GuideRoute[] {
  return [...walkAll(guide)];
}

/** One route with answers picked by `rng` (a function returning numbers in [0, 1), like Math.random). */
export function randomWalk(guide: Guide, rng: () => number = Math.random): GuideRoute {
  const pick = <T>(items: readonly T[]): T => items[Math.min(items.length - 1, Math.floor(rng() * items.length))] as T;
  let state = start(guide);
  for (let guard = 0; guard <= Object.keys(guide.nodes).length; guard++) {
    const here = currentNode(guide, state);
    if (!here || here.node.type === 'outcome') break;
    if (here.node.type === 'question' && questionOptions(here.node).length === 0) break; // content that did not validate
    let step: StepResult;
    if (here.node.type === 'info') {
      step = proceed(guide, state);
    } else if (here.node.kind !== 'multiple') {
      step = answer(guide, state, pick(questionOptions(here.node)).value);
    } else {
      const options = questionOptions(here.node);
      const exclusive = options.filter((o) => o.exclusive === true);
      const mixable = options.filter((o) => o.exclusive !== true);
      // Each option about as likely as any other to be the "none of these" kind of answer.
      if (exclusive.length > 0 && (mixable.length === 0 || rng() < exclusive.length / options.length)) {
        step = answer(guide, state, [pick(exclusive).value]);
      } else {
        const chosen = mixable.filter(() => rng() < 0.5).map((o) => o.value);
        step = answer(guide, state, chosen.length > 0 ? chosen : [pick(mixable).value]);
      }
    }
    if (!step.ok) break;
    state = step.state;
  }
  return routeOf(guide, state);
}

// The guide's engine, the part the first view needs: reading a citizen's state (where they are, the
// progress, the outcome reached), one step back, and the state's shape for the URL and storage. Moving on
// (answering, fast-forward, restoring a saved state) is guide.moves.ts, which the element loads after the
// first question is painted; guide.engine.ts is both, for the npm entry, tests and tools.
// No DOM. Every function returns a new state; nothing is mutated. Run `validateGuide` first: the engine
// trusts the graph to be sound (no loops, every `next` known) and only guards against endless walks.
import type { LocalizedText } from '../core/localized.js';
import { ID_PATTERN, nodeAt, questionOptions } from './guide.graph.js';
import type { Condition, Guide, GuideAction, GuideNode, NextSpec, OutcomeNode, QuestionNode } from './guide.schema.js';

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

/** One step back. The answers stay remembered, so the form shows them again. */
export function back(state: GuideState): GuideState {
  if (state.path.length <= 1) return state;
  return { ...state, path: state.path.slice(0, -1) };
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

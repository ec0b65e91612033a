// The guide's pure engine: a citizen's way through a validated guide as plain, serialisable state.
// No DOM. Every function returns a new state; nothing is mutated. Run `validateGuide` first: the engine
// trusts the graph to be sound (no loops, every `next` known) and only guards against endless walks.
// Its two parts are apart so the element's first download carries only the first: guide.state.ts
// (reading the state) and guide.moves.ts (moving on, loaded after the first question is painted).
import { nodeAt, questionOptions } from './guide.graph.js';
import { answer, proceed } from './guide.moves.js';
import type { Guide, QuestionNode } from './guide.schema.js';
import {
  type Answer,
  answersSoFar,
  currentNode,
  currentNodeId,
  type GuideRoute,
  type GuideState,
  type StepResult,
  start,
} from './guide.state.js';

// The element needs these too (a yes/no question's default labels); one import for it.
export { possibleValues, questionOptions } from './guide.graph.js';
export * from './guide.moves.js';
export * from './guide.state.js';

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

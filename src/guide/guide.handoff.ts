// What a guide's outcome hands to <borger-booking> (issue 9, point 3): the service and place its
// answers choose, the things to bring that apply, and the answers themselves, so the booking can say
// what the citizen told the guide instead of asking again or contradicting it. Pure: no DOM.
import type { HandedAnswer } from '../core/handoff.js';
import type { LocalizedText } from '../core/localized.js';
import type { BookingAction, Guide } from './guide.schema.js';
import { answersSoFar, conditionHolds, type GuideState, outcome, pathSoFar } from './guide.state.js';

export interface GuideBookingContext {
  service: string;
  location?: string;
  /** The outcome's `bring` items whose `when` holds. */
  bring: LocalizedText[];
  answers: HandedAnswer[];
}

/**
 * The booking a guide's action hands over, fitted to the answers in `state`.
 *
 * `service` / `location`: for each, the first of `action.byAnswers` whose `when` holds and that names
 * it, else the action's own. `answers`: the questions `action.answers` names, in that order, or every
 * question answered on the way; a question not answered on this route is left out. `bring` is empty
 * before an outcome is reached (e.g. the "Brug for hjælp?" offer half-way through the guide).
 */
export function bookingContext(guide: Guide, state: GuideState, action: BookingAction): GuideBookingContext {
  const given = answersSoFar(state);
  const chosen = (field: 'service' | 'location') =>
    (action.byAnswers ?? []).find((rule) => rule[field] !== undefined && conditionHolds(rule.when, given))?.[field] ?? action[field];
  const service = chosen('service') as string;
  const location = chosen('location');
  const steps = pathSoFar(guide, state);
  const shown = action.answers ? action.answers.flatMap((id) => steps.filter((step) => step.questionId === id)) : steps;
  return {
    service,
    ...(location !== undefined ? { location } : {}),
    bring: outcome(guide, state)?.bring ?? [],
    answers: shown.map((step) => ({ question: step.question.title, answer: step.labels })),
  };
}

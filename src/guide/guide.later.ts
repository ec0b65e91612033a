// What <borger-guide> needs once the citizen moves on from the first view, in one chunk the element loads
// right after the first question is painted (or first, for a citizen coming back to a later step): the
// engine's moves (answering, fast-forward, restoring a saved state), the answer errors in words, the support
// ladder under "Brug for hjælp?" and the hand-overs to booking and channels.
import { type Handoff, handOff, refreshBookingContext } from '../core/handoff.js';
import { bookingContext } from './guide.handoff.js';
import type { BookingAction, Guide, GuideAction } from './guide.schema.js';
import { type GuideState, outcome } from './guide.state.js';

export { errorMessage, renderErrorSummary } from './guide.errors.js';
export { renderNotice, renderWaysToHelp } from './guide.help.js';
export { historyDepth, writeUrl } from './guide.history.js';
export { answer, changeAnswer, fastForward, proceed, restoreState } from './guide.moves.js';

/**
 * Hands a booking or channels action to the element on the page (core/handoff.ts). A booking gets the
 * service and place the answers chose, what the citizen answered, and — from an outcome's own action
 * (`withBring`) — the things to bring that their answers kept. False when the page has no such element.
 */
export function handOverAction(
  from: HTMLElement,
  guide: Guide,
  walk: GuideState | undefined,
  action: Exclude<GuideAction, { kind: 'link' }>,
  withBring: boolean,
): boolean {
  let handoff: Handoff;
  if (action.kind === 'booking') {
    const fitted = walk ? bookingContext(guide, walk, action) : undefined;
    const bring = withBring ? fitted?.bring : undefined;
    const location = fitted?.location;
    handoff = {
      kind: 'booking',
      service: fitted?.service ?? action.service,
      ...(location ? { location } : {}),
      ...(action.target ? { target: action.target } : {}),
      ...(bring && bring.length > 0 ? { bring } : {}),
      ...(fitted && fitted.answers.length > 0 ? { answers: fitted.answers } : {}),
      from: { kind: 'guide', element: from },
    };
  } else {
    handoff = { kind: 'channels', task: action.task, ...(action.target ? { target: action.target } : {}) };
  }
  return handOff(handoff);
}

/**
 * After a hand-over, the citizen came back and changed their answers: the booking shows the new ones (and
 * the new things to bring, `withBring`) once an outcome with the same booking is reached again, and none
 * while the guide is between questions.
 */
export function refreshHandedOver(from: HTMLElement, guide: Guide, state: GuideState, handed: BookingAction, withBring: boolean): void {
  const same = outcome(guide, state)?.actions.find(
    (action): action is BookingAction => action.kind === 'booking' && action.target === handed.target,
  );
  const fitted = same ? bookingContext(guide, state, same) : undefined;
  refreshBookingContext(
    from,
    fitted && { service: fitted.service, answers: fitted.answers, ...(withBring ? { bring: fitted.bring } : {}) },
    handed.target,
  );
}

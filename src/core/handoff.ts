// Hands a citizen from one widget to another on the same page (guide → booking, channels → booking,
// guide → channels), without widgets importing each other: elements are found by tag or id.
// What the citizen has already said travels with them (issue 9, points 2–3): the booking is told
// where they came from (so it can offer a way back) and, from a guide, what they must bring and what
// they answered (shown on the check step and the confirmation, so nobody asks again).
import type { LocalizedText } from './localized.js';

/** One answer a citizen gave in a guide, as they saw it: the question and the label(s) of what they chose. */
export interface HandedAnswer {
  question: LocalizedText;
  /** One label for a single choice, several for a multiple-choice question. */
  answer: readonly LocalizedText[];
}

/** The widget a citizen was handed over from; the receiving widget offers a way back to it. */
export interface HandoffOrigin {
  kind: 'guide' | 'channels';
  /** The widget's host element: "Tilbage" moves focus to it (its `focusStart()` when it has one). */
  element: HTMLElement;
}

export interface BookingHandoff {
  kind: 'booking';
  service: string;
  location?: string;
  /** id of the `<borger-booking>` to use; else the first one on the page. */
  target?: string;
  /** What to bring, already fitted to the citizen's answers (a guide's outcome); replaces the service's own list. */
  bring?: readonly LocalizedText[];
  /** What the citizen answered in the guide, for "Fra vejledningen" on the check step and confirmation. */
  answers?: readonly HandedAnswer[];
  from?: HandoffOrigin;
}

/** What a `<borger-booking>` is given with a hand-over, besides `service` and `location`. */
export interface BookingHandoffContext {
  /** The service the context belongs to: once the citizen books something else, `bring` no longer applies. */
  service: string;
  bring?: readonly LocalizedText[] | undefined;
  answers?: readonly HandedAnswer[] | undefined;
  from?: HandoffOrigin | undefined;
}

export interface ChannelsHandoff {
  kind: 'channels';
  task: string;
  /** id of the `<borger-channels>` to use; else the first one on the page. */
  target?: string;
}

export type Handoff = BookingHandoff | ChannelsHandoff;

const TAGS = { booking: 'borger-booking', channels: 'borger-channels' } as const;

function findTarget(handoff: Handoff, root: Document): HTMLElement | null {
  const tag = TAGS[handoff.kind];
  if (handoff.target) {
    const byId = root.getElementById(handoff.target);
    return byId && byId.localName === tag ? byId : null;
  }
  return root.querySelector<HTMLElement>(tag);
}

/**
 * Gives the service/task to the target element, reveals it and moves focus there.
 * Returns false when the page has no such element (the caller then follows its own link, if any).
 */
export function handOff(handoff: Handoff, root: Document = document): boolean {
  const target = findTarget(handoff, root);
  if (!target) return false;
  const props = target as unknown as Record<string, unknown>;
  if (handoff.kind === 'booking') {
    const context: BookingHandoffContext = { service: handoff.service, bring: handoff.bring, answers: handoff.answers, from: handoff.from };
    props.handoff = context;
    props.location = handoff.location;
    props.service = handoff.service;
  } else {
    props.task = handoff.task;
  }
  target.hidden = false;
  target.closest('details')?.setAttribute('open', '');
  target.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  // Focus lands on the element's own heading once it has rendered the new state.
  const focusable = target as HTMLElement & { focusStart?: () => void; updateComplete?: Promise<unknown> };
  void Promise.resolve(focusable.updateComplete).then(() => (focusable.focusStart ? focusable.focusStart() : target.focus()));
  return true;
}

/**
 * The citizen went back to the widget they came from and changed what they said (a guide's answers):
 * the booking that widget handed them to gets the new `bring` and `answers`, or loses them when there
 * is no outcome now (`fitted` undefined) or it names another service, so it never shows what no longer
 * holds. No scrolling, no focus: the citizen is still in the guide. A booking that has since been
 * handed over by another widget is left alone. `target` as in `BookingHandoff`.
 */
export function refreshBookingContext(
  origin: HTMLElement,
  fitted: { service: string; bring?: readonly LocalizedText[]; answers?: readonly HandedAnswer[] } | undefined,
  target?: string,
  root: Document = document,
): void {
  const booking = findTarget({ kind: 'booking', service: '', ...(target ? { target } : {}) }, root);
  const props = booking as unknown as { handoff?: BookingHandoffContext } | null;
  const current = props?.handoff;
  if (!props || !current || current.from?.element !== origin) return;
  const keep = fitted !== undefined && fitted.service === current.service;
  props.handoff = { service: current.service, from: current.from, ...(keep ? { bring: fitted.bring, answers: fitted.answers } : {}) };
}

// Hands a citizen from one widget to another on the same page (guide → booking, channels → booking,
// guide → channels), without widgets importing each other: elements are found by tag or id.
// What the citizen has already said travels with them (issue 9, points 2–3): the booking is told
// where they came from (so it can offer a way back) and, from a guide, what they must bring.
import type { LocalizedText } from './localized.js';

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
  from?: HandoffOrigin;
}

/** What a `<borger-booking>` is given with a hand-over, besides `service` and `location`. */
export interface BookingHandoffContext {
  /** The service the context belongs to: once the citizen books something else, `bring` no longer applies. */
  service: string;
  bring?: readonly LocalizedText[] | undefined;
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
    const context: BookingHandoffContext = { service: handoff.service, bring: handoff.bring, from: handoff.from };
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

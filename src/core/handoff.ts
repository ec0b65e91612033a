// Hands a citizen from one widget to another on the same page (guide → booking, channels → booking,
// guide → channels), without widgets importing each other: elements are found by tag or id.

export interface BookingHandoff {
  kind: 'booking';
  service: string;
  location?: string;
  /** id of the `<borger-booking>` to use; else the first one on the page. */
  target?: string;
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

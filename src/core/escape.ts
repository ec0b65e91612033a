// Escape closes only the innermost thing. A widget that closes something of its own on Escape (a
// toggletip, a popover, a disclosure) claims the key press: it cancels the browser's default action, so a
// modal <dialog> or an auto popover around the widget does not close as well (HTML's "close request"
// is not processed when the keydown event is cancelled), and later handlers can see it was handled.

/**
 * Whether `event` is an Escape press nobody has handled yet (no earlier handler called
 * `preventDefault`). A composing IME uses Escape to drop its candidate list: that press is not ours.
 */
export function isUnhandledEscape(event: KeyboardEvent): boolean {
  return event.key === 'Escape' && !event.defaultPrevented && !event.isComposing;
}

/**
 * Marks an Escape press as handled: cancels the default action (closing a surrounding modal dialog or
 * popover) and, with `stop`, keeps it from reaching the page's own handlers.
 */
export function claimEscape(event: KeyboardEvent, options: { stop?: boolean } = {}): void {
  event.preventDefault();
  if (options.stop) event.stopPropagation();
}

/**
 * Whether `node` lies behind an open modal dialog (inert under it): a modal that does not contain it is
 * showing. Escape then belongs to that dialog. Looks through shadow roots; browsers without `:modal`
 * answer false.
 */
export function isBehindModal(node: Node): boolean {
  let modals: Element[];
  try {
    modals = [...node.ownerDocument!.querySelectorAll(':modal')];
  } catch {
    return false;
  }
  return modals.some((modal) => !containsComposed(modal, node));
}

/** `ancestor.contains(node)` across shadow-root boundaries. */
function containsComposed(ancestor: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at === ancestor) return true;
  }
  return false;
}

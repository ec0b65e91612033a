// Where a <borger-term>'s parts are, for tests: the word itself is the button (no shadow root), and
// the explanation lives in the shadow root of the <borger-toggletip> right after it (term.element.ts).
import type { BorgerTerm } from '../../src/help/index.js';

/** The term as a button: the element itself while it has something to explain, else null. */
export function buttonOf(term: BorgerTerm): BorgerTerm {
  return term;
}

/** Whether the word is drawn as a toggle button (role, keyboard focus, state). */
export function isButton(term: Element): boolean {
  return term.getAttribute('role') === 'button' && term.getAttribute('tabindex') === '0' && term.hasAttribute('aria-expanded');
}

/** The shadow root of the term's toggletip, once the term has one. */
export function tipOf(term: Element): ShadowRoot | null {
  const next = term.nextElementSibling;
  return next?.localName === 'borger-toggletip' ? next.shadowRoot : null;
}

/** The explanation box, while open. */
export function bubbleOf(term: Element): HTMLElement | null {
  return tipOf(term)?.querySelector<HTMLElement>('[part="toggletip"]') ?? null;
}

/** The element with focus among the term's parts: the word, something in its explanation, or null. */
export function focusedIn(term: Element): Element | null {
  const active = term.getRootNode() instanceof ShadowRoot ? (term.getRootNode() as ShadowRoot).activeElement : document.activeElement;
  if (active === term) return term;
  const tip = tipOf(term);
  if (tip && active === tip.host) return tip.activeElement;
  return null;
}

/**
 * A term as <borger-help> marks it, in the page's markup: a copy of its button template (role,
 * tabindex, aria-expanded), then its `term` and its label.
 */
export const MARKED_TERM = (id: string, word: string, hint = 'forklaring') =>
  `<borger-term role="button" tabindex="0" aria-expanded="false" term="${id}" aria-label="${word} (${hint})">${word}</borger-term>`;

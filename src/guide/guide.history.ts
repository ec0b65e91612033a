// A guide's steps in the browser's session history (the `history` attribute): each step an entry whose
// fragment holds the state, marked with how many of the guide's own steps lie behind it. Loaded with the
// code for moving on (guide.later.ts): the first view writes no history entry.
import type { GuideState } from './guide.state.js';
import { fragmentWith } from './guide.url-state.js';

/**
 * How many of the guide `guideId`'s own steps lie behind the current history entry (kept in the entry's
 * state, next to whatever the page keeps there), so "Tilbage" knows whether the browser's Back leads to
 * one of them.
 */
export function historyDepth(guideId: string): number {
  const mark = (window.history.state as { borgerGuide?: { id?: unknown; depth?: unknown } } | null)?.borgerGuide;
  return mark && mark.id === guideId && typeof mark.depth === 'number' ? mark.depth : 0;
}

/** Writes `state` into the URL's fragment: a new history entry (`push`) or the current one (`replace`). */
export function writeUrl(state: GuideState, mode: 'push' | 'replace'): void {
  const url = `${location.pathname}${location.search}${fragmentWith(location.hash, state, mode === 'push')}`;
  const own = window.history.state;
  const base = own !== null && typeof own === 'object' ? own : {};
  const depth = historyDepth(state.guideId) + (mode === 'push' ? 1 : 0);
  const entry = { ...base, borgerGuide: { id: state.guideId, depth } };
  try {
    if (mode === 'push') window.history.pushState(entry, '', url);
    else window.history.replaceState(entry, '', url);
  } catch {
    // Sandboxed documents may refuse history changes; the guide works without them.
  }
}

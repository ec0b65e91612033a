// Where a guide's progress lives outside the element: the URL fragment (`history`) and sessionStorage
// (`persist`). The fragment is shared with other widgets (`#booking=…&token=…`), so only the guide's own
// keys (`guide`, `guide.…`) are ever touched; other keys keep their place and spelling.
import { type GuideState, parseState, serializeState } from './guide.state.js';

function keyOf(part: string): string {
  const raw = part.slice(0, part.indexOf('='));
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

const isGuideKey = (key: string) => key === 'guide' || key.startsWith('guide.');

/** The `key=value` parts of a fragment. A bare anchor ("#main") is no state and is dropped. */
function parts(hash: string): string[] {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part.indexOf('=') > 0);
}

/** The id of the guide whose state the fragment holds, if any. */
export function guideIdInFragment(hash: string): string | undefined {
  const part = parts(hash).find((p) => keyOf(p) === 'guide');
  if (part === undefined) return undefined;
  try {
    return decodeURIComponent(part.slice(part.indexOf('=') + 1).replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The state in the fragment if it is a well-formed state of this guide (fit it with `restoreState`). */
export function stateFromFragment(hash: string, guideId: string): GuideState | undefined {
  if (guideIdInFragment(hash) !== guideId) return undefined;
  const state = parseState(parts(hash).join('&'));
  return state?.guideId === guideId ? state : undefined;
}

/** Whether a state is the bare start (nothing answered): it then needs no fragment at all. */
export function isBareStart(state: GuideState): boolean {
  return state.path.length <= 1 && Object.keys(state.answers).length === 0;
}

/** Fragment keys that are secrets (a booking's manage token): never copied into a new history entry. */
const SECRET_KEYS = new Set(['token']);

/**
 * The fragment (with "#", or "" when empty) with the guide's keys set to `state` and every other key
 * kept; for a new history entry (`newEntry`), without the secrets in SECRET_KEYS.
 */
export function fragmentWith(hash: string, state: GuideState | undefined, newEntry = false): string {
  const others = parts(hash).filter((part) => !isGuideKey(keyOf(part)) && !(newEntry && SECRET_KEYS.has(keyOf(part))));
  const ours = state && !isBareStart(state) ? [serializeState(state)] : [];
  const all = [...others, ...ours].join('&');
  return all ? `#${all}` : '';
}

// --- sessionStorage ----------------------------------------------------------------------------------

export const storageKey = (guideId: string) => `borger-guide:${guideId}`;

/** The page's sessionStorage, or undefined where it is blocked (some privacy modes throw on access). */
export function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** A saved, well-formed state of this guide (fit it with `restoreState`); garbage gives undefined. */
export function loadSaved(storage: Storage | undefined, guideId: string): GuideState | undefined {
  try {
    const state = parseState(storage?.getItem(storageKey(guideId)) ?? undefined);
    return state?.guideId === guideId ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Saves answers and path (the state holds nothing else: no free text). Quota or privacy errors are ignored. */
export function save(storage: Storage | undefined, state: GuideState): void {
  try {
    storage?.setItem(storageKey(state.guideId), JSON.stringify({ guideId: state.guideId, answers: state.answers, path: state.path }));
  } catch {
    // Storage full or blocked: the guide still works, it just will not survive a reload.
  }
}

export function forget(storage: Storage | undefined, guideId: string): void {
  try {
    storage?.removeItem(storageKey(guideId));
  } catch {
    // Blocked storage holds nothing to forget.
  }
}

// Safe registration: a second copy of the bundle on the page (same or other version) never throws.
import { VERSION } from './version.js';

interface VersionedElement extends CustomElementConstructor {
  borgerVersion?: string;
}

// Shared across copies of the bundle on one page, so a clash is reported once, not once per copy.
const WARNED_KEY = Symbol.for('borger-widgets.version-warned');

function warnedTags(): Set<string> {
  const global = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  global[WARNED_KEY] ??= new Set<string>();
  return global[WARNED_KEY];
}

export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    (element as VersionedElement).borgerVersion = VERSION;
    customElements.define(tag, element);
    return;
  }
  const theirs = existing.borgerVersion;
  if (theirs !== VERSION && !warnedTags().has(tag)) {
    warnedTags().add(tag);
    console.warn(
      `borger-widgets ${VERSION}: <${tag}> is already defined by ${theirs ? `borger-widgets ${theirs}` : 'other code'}; ` +
        'that definition is kept. Load one copy of borger-widgets per page.',
    );
  }
}

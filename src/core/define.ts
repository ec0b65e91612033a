// Safe registration: a second copy of the bundle on the page (same or other version) never throws.
import { nextTask } from './next-task.js';
import { VERSION } from './version.js';

declare global {
  /**
   * Replaced by `true` in the CDN build (scripts/build.mjs): its files define their elements a task
   * after their code ran. Undefined everywhere else (npm entries define at once).
   */
  var __BORGER_DEFINE_LATER__: boolean | undefined;
}

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

/** Definitions waiting for the task after the code's evaluation (CDN files only), in order. */
let later: [string, CustomElementConstructor][] | undefined;

/**
 * Defines `tag` once per page; a tag another copy or other code already defined is kept (one warning
 * per tag when the versions differ). In the CDN files the definition, and with it the elements' upgrade
 * and first render, runs in the task after the code's evaluation: at 4× CPU the two together were one
 * task of 85–105 ms (evaluation ≈ 30–55 ms, first render and layout the rest). The elements keep
 * matching `:not(:defined)` (the page's reserved space) until they render, so nothing shifts.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!globalThis.__BORGER_DEFINE_LATER__) {
    defineNow(tag, element);
    return;
  }
  if (!later) {
    const queue: [string, CustomElementConstructor][] = [];
    later = queue;
    void nextTask().then(() => {
      later = undefined;
      for (const [name, definition] of queue) defineNow(name, definition);
    });
  }
  later.push([tag, element]);
}

function defineNow(tag: string, element: CustomElementConstructor): void {
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

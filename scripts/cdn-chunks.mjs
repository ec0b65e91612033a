// How the CDN build groups modules into chunks. Left to itself, rolldown makes one chunk per set of
// entries sharing a module, which for four widgets, the all-in-one file and the autoloader means 8–18
// files per page, many of 200–700 bytes: each is compressed on its own (gzip starts every file with an
// empty dictionary) and costs a request. Grouping by *which widgets need a module* gives few, larger
// files while never loading a module twice.
import { resolve } from 'node:path';

/**
 * `output.codeSplitting` for the CDN build (rolldown, https://rolldown.rs/in-depth/manual-code-splitting).
 * A module a widget imports statically (part of its first download) goes into a chunk named after the
 * widgets that need it: `core` when at least `coreShare` of the widgets import it statically (Lit, the
 * base element, theme, i18n …), else one chunk per set of widgets (`channels_booking`, `guide`, …).
 * For a module only one widget imports at once, the set counts lazy use too, so a module one widget
 * needs at once and another only later (the `time` channels shows and the booking's later steps
 * reuse) is not filed under the first widget, whose whole chunk the second would then load; a module
 * two or three import at once stays in their chunk, which a widget using it later loads as well. A chunk of several widgets smaller than `smallShared`
 * characters of code (a 200-byte `external-link`) goes into `core` as well: its own file would cost
 * the widgets that need it about as much (gzip header, a dictionary of its own, one more request) as
 * its bytes cost the others. Modules no widget imports statically (lazy steps, other languages'
 * texts, the schema explainer) are left to rolldown's automatic chunking.
 * @param {string} root the project folder
 * @param {Record<string, string>} widgetSources widget name → its register module (relative to `root`)
 * @param {number} coreShare how many widgets must import a module statically for it to go into `core`
 * @param {number} [smallShared] chunks of several widgets with less code than this (characters, as
 *   transformed, before minifying) go into `core` (default 0: none)
 * @returns {import('vite').Rolldown.CodeSplittingOptions}
 */
export function widgetChunks(root, widgetSources, coreShare, smallShared = 0) {
  const roots = Object.entries(widgetSources).map(([name, source]) => [name, resolve(root, source)]);
  /** Per module, the widgets that import it at once (`first`) and at all (`any`); filled on first use. */
  /** @type {Map<string, { first: Set<string>, any: Set<string> }> | undefined} */
  let users;
  /** Chunk names of several widgets too small for a file of their own. */
  let small = new Set();
  /** The chunk a module's users give it, before `small` is applied; null: not in a first download. */
  const keyOf = (entry) => {
    if (entry.first.size === 0) return null;
    if (entry.first.size >= coreShare) return 'core';
    // Shared at once by two or three: their chunk, which a widget using it later loads too.
    if (entry.first.size > 1) return [...entry.first].join('_');
    return [...entry.any].join('_');
  };
  const reach = (ctx) => {
    users = new Map();
    const entryOf = (id) => {
      if (!users.has(id)) users.set(id, { first: new Set(), any: new Set() });
      return users.get(id);
    };
    for (const [name, start] of roots) {
      for (const lazyToo of [false, true]) {
        const seen = new Set();
        const queue = [start];
        while (queue.length > 0) {
          const id = queue.pop();
          if (seen.has(id)) continue;
          seen.add(id);
          entryOf(id)[lazyToo ? 'any' : 'first'].add(name);
          const info = ctx.getModuleInfo(id);
          if (!info) continue;
          queue.push(...info.importedIds, ...(lazyToo ? info.dynamicallyImportedIds : []));
        }
      }
    }
    // Chunks of several widgets too small to be worth a file of their own go into core.
    const sizes = new Map();
    for (const [id, entry] of users) {
      const key = keyOf(entry);
      if (key === null || !key.includes('_')) continue;
      sizes.set(key, (sizes.get(key) ?? 0) + (ctx.getModuleInfo(id)?.code?.length ?? 0));
    }
    small = new Set([...sizes].filter(([, size]) => size < smallShared).map(([key]) => key));
    return users;
  };
  /** The chunk `id` goes into, or null to leave it to rolldown. */
  const chunkOf = (id, ctx) => {
    const entry = (users ?? reach(ctx)).get(id);
    const key = entry ? keyOf(entry) : null;
    return key !== null && small.has(key) ? 'core' : key;
  };
  // A group takes its modules' imports along (rolldown's default), so the groups are filled widest
  // first: `core` before the chunks of two or three widgets, those before one widget's own chunk.
  const group = (debugName, priority, wanted) => ({
    debugName,
    priority,
    name: (id, ctx) => {
      const chunk = chunkOf(id, ctx);
      return chunk !== null && wanted(chunk) ? chunk : null;
    },
  });
  return {
    groups: [
      group('core', 3, (chunk) => chunk === 'core'),
      group('shared', 2, (chunk) => chunk !== 'core' && chunk.includes('_')),
      group('widget', 1, (chunk) => chunk !== 'core' && !chunk.includes('_')),
    ],
  };
}

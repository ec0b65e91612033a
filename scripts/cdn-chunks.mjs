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
 * That set counts lazy use too, so a module one widget needs at once and another only later (a
 * `zone-note` channels shows and the booking's later steps reuse) is not filed under the first widget,
 * whose whole chunk the second would then load. Modules no widget imports statically (lazy steps,
 * other languages' texts, the schema explainer) are left to rolldown's automatic chunking.
 * @param {string} root the project folder
 * @param {Record<string, string>} widgetSources widget name → its register module (relative to `root`)
 * @param {number} coreShare how many widgets must import a module statically for it to go into `core`
 * @returns {import('vite').Rolldown.CodeSplittingOptions}
 */
export function widgetChunks(root, widgetSources, coreShare) {
  const roots = Object.entries(widgetSources).map(([name, source]) => [name, resolve(root, source)]);
  /** @type {Map<string, { first: Set<string>, any: Set<string> }> | undefined} */
  let users;
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
    return users;
  };
  /** The chunk `id` goes into, or null to leave it to rolldown. */
  const chunkOf = (id, ctx) => {
    const entry = (users ?? reach(ctx)).get(id);
    if (!entry || entry.first.size === 0) return null;
    if (entry.first.size >= coreShare) return 'core';
    return [...entry.any].join('_');
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

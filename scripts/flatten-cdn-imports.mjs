// A CDN file (dist/cdn/channels.js …) imports one chunk, and that chunk imports the shared ones: the
// browser learns of those only once the first has arrived and been parsed, one round trip per level
// (on a phone network 100–300 ms each). Rolldown does not hoist transitive imports the way Rollup
// does, so after the build each CDN file lists its whole static import graph itself, and every file
// it needs is requested at once. Evaluation order does not change: ES modules evaluate depth first,
// dependencies before the module, in import order (ECMA-262, InnerModuleEvaluation), and the list is
// written in exactly that order.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { init, parse } from 'es-module-lexer';

/**
 * Rewrites each file in `entryFiles` (paths inside `dir`; each must consist only of side-effect imports
 * such as `import"./chunks/x.js";`) to import, in evaluation order, every module its static imports
 * reach. Dynamic `import()`s are left alone (they load on first use). Throws for an entry file with
 * anything besides imports, and for an import that leaves `dir`.
 * @returns {Promise<Record<string, number>>} modules each entry now imports directly
 */
export async function flattenStaticImports(dir, entryFiles) {
  await init;
  const staticImports = new Map();
  const importsOf = (file) => {
    let found = staticImports.get(file);
    if (!found) {
      const code = readFileSync(file, 'utf8');
      const [imports] = parse(code, file);
      found = imports
        .filter((entry) => entry.d === -1 && entry.n?.startsWith('.'))
        .map((entry) => {
          const target = join(dirname(file), entry.n);
          if (relative(dir, target).startsWith('..')) throw new Error(`${file}: import "${entry.n}" leaves ${dir}`);
          return target;
        });
      staticImports.set(file, found);
    }
    return found;
  };

  const counts = {};
  for (const name of entryFiles) {
    const file = join(dir, name);
    const code = readFileSync(file, 'utf8');
    const [imports] = parse(code, file);
    let rest = code;
    for (const entry of [...imports].reverse()) rest = rest.slice(0, entry.ss) + rest.slice(entry.se);
    if (rest.replace(/[\s;]/g, '') !== '' || imports.some((entry) => entry.d !== -1))
      throw new Error(`${file}: a CDN file to flatten must hold only side-effect imports`);

    const order = [];
    const seen = new Set();
    const visit = (module) => {
      if (seen.has(module)) return;
      seen.add(module);
      for (const dependency of importsOf(module)) visit(dependency);
      order.push(module);
    };
    for (const direct of importsOf(file)) visit(direct);
    const specifier = (module) => `./${relative(dirname(file), module).split(sep).join('/')}`;
    writeFileSync(file, `${order.map((module) => `import"${specifier(module)}";`).join('')}\n`);
    counts[name] = order.length;
  }
  return counts;
}

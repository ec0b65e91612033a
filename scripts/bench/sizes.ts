// Sizes of what a page downloads: a CDN file and every module it imports, read from the built files.
// "Before first content" follows static imports only (`import … from "./x.js"`, `import "./x.js"`);
// "every feature" follows dynamic `import("./x.js")` too. gzip -9 per file, as a server sends them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC = /(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC = /\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/**
 * The files a module pulls in (itself included), following static imports and, with `dynamic`, dynamic
 * ones, except dynamic imports `skip` says a citizen never makes (another language's texts …).
 */
export function moduleClosure(files: string[], dynamic: boolean, skip: (file: string) => boolean = () => false): Set<string> {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const patterns = dynamic ? [STATIC, DYNAMIC] : [STATIC];
    for (const pattern of patterns) {
      for (const match of code.matchAll(pattern)) {
        const target = resolve(dirname(file), match[1] as string);
        if (existsSync(target) && !(pattern === DYNAMIC && skip(target))) queue.push(target);
      }
    }
  }
  return seen;
}

/** gzip -9 bytes of each file, summed. */
export function gzipBytes(files: Iterable<string>): number {
  let sum = 0;
  for (const file of files) sum += gzipSync(readFileSync(file), { level: 9 }).length;
  return sum;
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** A chunk that holds the schema engine (zod/mini's internals are `_zod`). */
const holdsZod = (file: string) => readFileSync(file, 'utf8').includes('_zod');

/**
 * What a citizen who uses every feature in one language `lang` loads on top of the first download: every
 * dynamic import except another language's texts (`*.messages.<other>-…js`), the schema explainer
 * (a dynamic import that brings zod: it loads only to say what is wrong with content that fails the
 * compact check, never for good content) and a format's problem messages (`*.problems-…js`: the web
 * team's console messages for content that fails the checks across fields, likewise never for good content).
 */
export function citizenSkip(lang: string): (file: string) => boolean {
  return (file) => {
    const language = /\.messages\.([a-z]{2,3})-[\w-]+\.js$/.exec(file)?.[1];
    if (language !== undefined) return language !== lang;
    if (/\.problems-[\w-]+\.js$/.test(file)) return true;
    return [...moduleClosure([file], false)].some(holdsZod);
  };
}

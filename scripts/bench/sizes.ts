// Sizes of what a page downloads: a CDN file and every module it imports, read from the built files.
// "Before first content" follows static imports only (`import … from "./x.js"`, `import "./x.js"`);
// "every feature" follows dynamic `import("./x.js")` too. gzip -9 per file, as a server sends them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC = /(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC = /\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** The files a module pulls in (itself included), following static imports and, with `dynamic`, dynamic ones. */
export function moduleClosure(files: string[], dynamic: boolean): Set<string> {
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
        if (existsSync(target)) queue.push(target);
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

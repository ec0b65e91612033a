/// <reference types="node" />
// Reads the files named on the command line (Node only). A folder stands for its .json files, sorted,
// so `check demo/content` works where the shell does not expand `*.json` (Windows).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputFile } from './check.js';

async function readOne(name: string): Promise<InputFile> {
  try {
    return { name, text: await readFile(name, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { name, unreadable: 'missing' };
    return { name, unreadable: 'error', detail: code ?? String(error) };
  }
}

async function expand(path: string): Promise<InputFile[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return [await readOne(path)];
  const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
  if (names.length === 0) return [{ name: path, unreadable: 'empty-folder' }];
  return Promise.all(names.map((name) => readOne(join(path, name))));
}

export async function readInputs(paths: readonly string[]): Promise<InputFile[]> {
  return (await Promise.all(paths.map(expand))).flat();
}

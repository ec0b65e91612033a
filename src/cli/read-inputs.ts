/// <reference types="node" />
// Reads the files named on the command line (Node only). A folder stands for its .json files, sorted,
// so `check demo/content` works where the shell does not expand `*.json` (Windows).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type InputFile, MAX_FILE_BYTES } from './check.js';

async function readOne(name: string): Promise<InputFile> {
  try {
    // Only regular files: opening a FIFO (a named pipe called x.json) would wait for a writer forever.
    const info = await stat(name);
    if (!info.isFile()) return { name, unreadable: 'not-a-file' };
    if (info.size > MAX_FILE_BYTES) return { name, unreadable: 'too-large', detail: String(info.size) };
    const text = await readFile(name, 'utf8');
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) return { name, unreadable: 'too-large', detail: String(Buffer.byteLength(text)) };
    return { name, text };
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

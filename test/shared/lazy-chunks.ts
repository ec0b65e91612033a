// Helpers for tests of lazily loaded code (core/lazy-chunk.ts): make a chunk's loads wait for the test,
// and collect what the element tells the console meanwhile.
import type { LazyChunk } from '../../src/core/lazy-chunk.js';

/** One load of a controlled chunk: the test settles it. */
export interface ControlledLoad {
  resolve(module: unknown): void;
  reject(error: Error): void;
}

/** From now on, each load of `chunk` waits for the test: one entry per load, in order. */
export function useControlledChunk(chunk: LazyChunk<unknown>): ControlledLoad[] {
  const loads: ControlledLoad[] = [];
  chunk.useImporter(
    () =>
      new Promise((resolve, reject) => {
        loads.push({ resolve, reject });
      }),
  );
  return loads;
}

/** console.error calls during each test of the enclosing describe block, kept off the log. */
export function captureErrors(): unknown[][] {
  const calls: unknown[][] = [];
  let before: typeof console.error;
  beforeEach(() => {
    calls.length = 0;
    before = console.error;
    console.error = (...args: unknown[]) => calls.push(args);
  });
  afterEach(() => {
    console.error = before;
  });
  return calls;
}

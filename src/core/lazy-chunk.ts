// Code a widget loads the first time a citizen uses a feature (read-aloud on the first "Lyt", the
// booking's manage flow, …) instead of in its first download: one dynamic import per page, shared by
// every element that needs it, tried again after a failure (a dropped connection must not disable the
// feature until the page is reloaded).

/**
 * How long a citizen waits for a feature's code before the widget says that it is coming, in ms.
 * Below this a press feels immediate and an announcement would only be noise.
 */
export const SLOW_CHUNK_MS = 400;

/** A module loaded on first use (see `lazyChunk`). */
export interface LazyChunk<M> {
  /** The module once it has arrived; undefined before that and after a failed load. */
  readonly module: M | undefined;
  /**
   * Starts the download unless it is under way or done, and resolves with the module. Rejects with the
   * browser's error when the download or the module's evaluation fails; the next call tries again.
   */
  load(): Promise<M>;
  /**
   * @internal For tests: loads with `importer` from now on (a chunk that arrives late, or fails) and
   * forgets the module loaded so far.
   */
  useImporter(importer: () => Promise<M>): void;
}

/**
 * A module behind a dynamic import, e.g. `lazyChunk(() => import('./read-aloud.js'))`. Create it at
 * module level, so that every element on the page shares the one download.
 */
export function lazyChunk<M>(importer: () => Promise<M>): LazyChunk<M> {
  let load = importer;
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get module() {
      return module;
    },
    load() {
      loading ??= load().then(
        (arrived) => {
          module = arrived;
          return arrived;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    useImporter(next) {
      load = next;
      module = undefined;
      loading = undefined;
    },
  };
}

/**
 * Calls `onSlow` once if `promise` has not settled after `ms` milliseconds (default `SLOW_CHUNK_MS`),
 * e.g. to announce "loading …" only when the wait is long enough to notice. Returns `promise`.
 */
export function whenSlow<T>(promise: Promise<T>, onSlow: () => void, ms: number = SLOW_CHUNK_MS): Promise<T> {
  let settled = false;
  const timer = setTimeout(() => {
    if (!settled) onSlow();
  }, ms);
  const done = () => {
    settled = true;
    clearTimeout(timer);
  };
  promise.then(done, done);
  return promise;
}

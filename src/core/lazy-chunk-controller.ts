// What an element shows while a part of its code is loading (lazy-chunk.ts): the chunks its first content
// does not need start loading right after that content is painted (`preload`), so a citizen who goes on
// seldom waits; when one is needed and not there yet, the element renders `status(chunk)` — a polite
// loading state, or the error state with "Prøv igen" — and re-renders when it arrives or fails.
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import type { LazyChunk } from './lazy-chunk.js';

export type ChunkStatus = 'idle' | 'loading' | 'ready' | 'error';

/** How long `afterPaint` waits for a frame that may never come (a page in a background tab), in ms. */
const NO_FRAME_MS = 100;

/**
 * Runs `task` once, in a task of its own after the next frame is painted (so it never lengthens the task
 * that drew the first content). A page that paints no frames (hidden, or a background tab) runs it
 * after the current task, or NO_FRAME_MS later at the latest.
 */
export function afterPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, NO_FRAME_MS);
}

// The chunk styles each root has been given, so asking again (every update may) adds nothing twice.
const adopted = new WeakMap<Node, Set<CSSResult>>();

/**
 * Adds styles that came with a chunk to an element's shadow root, after the ones there (the element's
 * own), once per root and styles; a render root that is no shadow root is left alone. Where style
 * sheets cannot be constructed, a <style> element, as Lit does then.
 */
export function adoptLater(root: Node, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const given = adopted.get(root) ?? new Set<CSSResult>();
  adopted.set(root, given);
  if (given.has(styles)) return;
  given.add(styles);
  const sheet = styles.styleSheet;
  if (sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = styles.cssText;
  root.append(style);
}

/** An element's view of the lazy chunks it uses: their status, loads that re-render it, a console message on failure. */
export class LazyChunksController implements ReactiveController {
  private readonly statuses = new Map<LazyChunk<unknown>, 'loading' | 'error'>();

  /**
   * @param host The element.
   * @param names What each chunk holds, for the console ("the outcome"); a chunk without one is "a part".
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly names: () => Map<LazyChunk<unknown>, string>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** 'ready' once the module is there; 'loading' or 'error' while this element waits for it, or after it failed. */
  status(chunk: LazyChunk<unknown>): ChunkStatus {
    if (chunk.module !== undefined) return 'ready';
    return this.statuses.get(chunk) ?? 'idle';
  }

  /**
   * Loads `chunk` for something the citizen needs now: the host re-renders when it arrives or fails; a
   * failure is told to the console (the element shows its polite error). Never rejects: resolves to
   * the module, or undefined after a failure.
   */
  need<M>(chunk: LazyChunk<M>): Promise<M | undefined> {
    if (chunk.module !== undefined) return Promise.resolve(chunk.module);
    if (this.statuses.get(chunk) !== 'loading') {
      this.statuses.set(chunk, 'loading');
      this.host.requestUpdate();
    }
    return chunk.load().then(
      (module) => {
        this.statuses.delete(chunk);
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        if (this.statuses.get(chunk) === 'loading') {
          const name = this.names().get(chunk) ?? 'a part';
          console.error(`<${this.host.localName}> could not load the code for ${name}.`, error);
        }
        this.statuses.set(chunk, 'error');
        this.host.requestUpdate();
        return undefined;
      },
    );
  }

  /**
   * Starts loading `chunks` once the first content is painted; the host re-renders as each arrives — also
   * one another element on the page loaded after this host's render (load() then resolves at once). Quiet
   * about a failure: it is told when the chunk is needed (and loaded again then).
   */
  preload(chunks: Iterable<LazyChunk<unknown>>): void {
    afterPaint(() => {
      for (const chunk of chunks)
        chunk.load().then(
          () => this.host.requestUpdate(),
          () => {},
        );
    });
  }
}

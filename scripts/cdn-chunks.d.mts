import type { Rolldown } from 'vite';
/** See cdn-chunks.mjs: the CDN build's chunks, grouped by the widgets that need each module. */
export declare function widgetChunks(
  root: string,
  widgetSources: Record<string, string>,
  coreShare: number,
  smallShared?: number,
): Rolldown.CodeSplittingOptions;

/** See flatten-cdn-imports.mjs: each CDN file imports its whole static import graph, in evaluation order. */
export declare function flattenStaticImports(dir: string, entryFiles: string[]): Promise<Record<string, number>>;

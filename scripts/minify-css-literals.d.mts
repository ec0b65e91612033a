export declare function minifyCss(text: string): string;
export declare function minifyCssLiterals(): { name: string; enforce: 'pre'; transform(code: string, id: string): { code: string; map: null } | null };

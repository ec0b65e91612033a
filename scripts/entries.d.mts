export declare const ENTRIES: Record<string, string>;
export declare const CDN_ENTRIES: string[];
export declare const CDN_SOURCES: Record<string, string>;
export declare const WIDGET_SOURCES: Record<string, string>;
export declare const ENTRY_TAGS: Record<string, string[]>;
export declare function specifier(name: string): string;
export declare const AUTOLOADER: string;

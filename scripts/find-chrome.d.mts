export declare const CHROME_ARGS: string[];
export declare function findChrome(): Promise<{ path: string; source: string }>;

// Types of minimum-versions.mjs (plain JavaScript so that CI runs it with node alone).
export declare const MINIMUM_VERSIONS: Record<string, string>;
export declare function compareVersions(a: string, b: string): -1 | 0 | 1;
export declare function versionsBelowMinimum(root: string, minimums?: Record<string, string>): string[];

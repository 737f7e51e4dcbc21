/** Resolves after `ms` milliseconds: the sleep every part of the package uses unless a test passes its own. */
export declare const defaultSleep: (ms: number) => Promise<void>;

/** Resolves after `ms` milliseconds: the sleep every part of the package uses unless a test passes its own. */
export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

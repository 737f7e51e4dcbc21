import type { KindTimings, RequestTimings } from "../api/poll-schedule";
/** Older than this, what was learned is ignored: IONOS's pace may have changed since. */
export declare const STALE_AFTER_MS: number;
/** The file for the APIs at these base URLs, in the journal directory: one per pair, so another endpoint starts afresh. */
export declare function timingsFile(journalDir: string, apiUrls: readonly string[]): string;
/** What a timings file holds, validated: kinds with plausible durations, bounded; undefined when stale or not one. Pure. */
export declare function parseTimings(text: string, now: number): Record<string, KindTimings> | undefined;
/**
 * Gives `timings` what the last run on this machine learned (not stale), and keeps what it learns
 * in `file` after every wait. A file that cannot be read or written costs the first waits of a
 * run their precision, nothing else: it is said once.
 */
export declare function keepTimings(timings: RequestTimings, file: string, journalDir: string, log: (message: string) => void, now?: () => number): void;

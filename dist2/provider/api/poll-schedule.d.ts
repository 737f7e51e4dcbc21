/** How to wait for an asynchronous IONOS request. */
export interface WaitOptions {
    /**
     * Give up after this many milliseconds.
     * @default 600000 (10 minutes)
     */
    readonly timeoutMs: number;
    /**
     * The first poll's delay; later delays grow by `factor`.
     * @default 100
     */
    readonly initialDelayMs: number;
    /**
     * Before the process has learned a kind's durations: poll each time the elapsed time has grown by
     * this factor, so the time between DONE and noticing it stays under 15 % of the duration.
     * @default 1.15
     */
    readonly factor: number;
    /**
     * The longest delay between two polls.
     * @default 5000
     */
    readonly maxDelayMs: number;
}
export declare const defaultWaitOptions: WaitOptions;
/** Where DONE is expected for a kind of request, in ms after its wait began. */
export interface DoneWindow {
    readonly startMs: number;
    readonly endMs: number;
}
/** What is known of one kind of request: its durations, and how they moved lately. */
export interface KindTimings {
    /** Estimated durations (ms) of the current pace, oldest first. */
    samples: number[];
    /** How widely durations spread around their median, learned from a steady pace. */
    spread?: number;
    /** Set after a shift: the few samples of the new pace are trusted. */
    shifted?: boolean;
    /** The last wait saw DONE at its first poll, before the window: the next one probes from the start. */
    probe?: boolean;
    /** After a shift: how far, relative, the kept samples may be off (half their interval). */
    imprecision?: number;
    /** The waits in a row outside the window on one side (-1 early, 1 late), with their samples. */
    streak?: {
        side: -1 | 1;
        samples: Array<Sample | undefined>;
    };
}
/** A duration, and half the interval it was known within (DONE between two polls). */
interface Sample {
    readonly ms: number;
    readonly halfWidthMs: number;
}
/**
 * What one provider process has learned about how long requests of each kind take (a create, a
 * PUT, a DELETE): the last 20 durations each. A `pulumi up` sends many requests of a kind, so after
 * a few the waits poll where DONE lands instead of following a fixed schedule. When IONOS's pace
 * shifts (two waits in a row outside the window on one side), it forgets the old pace and keeps the
 * new one's samples, placed with the spread it learned. `onChange` is told after every wait (see
 * `TimingsFile`, which keeps them across runs).
 */
export declare class RequestTimings {
    private readonly kinds;
    onChange?: () => void;
    /** DONE came after `afterMs` (the last poll that saw it running, 0 if none did) and by `byMs`. */
    observe(kind: string, afterMs: number, byMs: number): void;
    /** Where DONE is expected; none until a few were seen, and none while a shift down is probed. */
    window(kind: string): DoneWindow | undefined;
    /** What was learned, for `TimingsFile`. */
    snapshot(): Record<string, KindTimings>;
    /** Takes what an earlier run learned, for kinds this process has not seen yet. */
    restore(snapshot: Record<string, KindTimings>): void;
}
/**
 * When to poll next, `elapsedMs` into a wait. Pure. With a learned window: at its start, then a few
 * times across it; outside it (nothing learned yet, or DONE is late): `initialDelayMs` plus
 * `factor - 1` of the time elapsed, at most `maxDelayMs`, so polls come at 100, 215, 347, 499 ms…
 * and the time between DONE and noticing it stays under 15 % of the duration plus 100 ms.
 */
export declare function nextPollDelay(elapsedMs: number, window: DoneWindow | undefined, options: WaitOptions): number;
export {};

/**
 * A check of whether the engine still runs. The engine is this process's first ancestor that is not
 * a shell: Pulumi's shipped `pulumi-resource-pulumi-nodejs` runs `node` under `/bin/sh` without
 * `exec`, and that shell outlives a killed engine, so a check of the parent alone never fires. The
 * engine is known by its pid and start time (a reused pid is another process); a zombie is gone.
 * Where there is no `/proc` (macOS), the check falls back to this process's parent.
 */
export declare function engineStillRuns(): () => boolean;
/** Whether this process's parent is still the one it has now (a killed parent hands it to another). */
export declare function parentStillRuns(parentAtStart?: number): () => boolean;
/** True in Pulumi's dynamic-provider plugin host (`@pulumi/pulumi/cmd/dynamic-provider`). */
export declare function inPluginHost(argv?: readonly string[]): boolean;
/**
 * The plugin host's guard, one per process: every `intervalMs` it asks whether the engine still
 * runs; once it does not and no operation is in flight, the host exits. (The SDK's host otherwise
 * lives on after `kill -KILL` of `pulumi up`, spinning on EPIPE as its memory grows.) An operation in
 * flight is let finish: a create's key and journal entry are complete before the host goes.
 */
export declare class EngineGuard {
    private readonly engineAlive;
    private readonly exit;
    private inFlight;
    private timer?;
    private stopping;
    /** How to end the journal entries of creates whose keys were handed to the engine. */
    private readonly handedOver;
    constructor(engineAlive: () => boolean, exit?: (code: number) => void);
    /**
     * Starts watching (idempotent); the timer never keeps the process alive on its own. With
     * `signals`, also takes the engine's own stop (it sends SIGINT to its plugins once the update is
     * recorded; a driver may send SIGTERM): with the engine alive, the keys handed over before the
     * signal are in its state, so their journal entries end; creates in flight finish first.
     */
    start(intervalMs?: number, signals?: boolean): this;
    /** Records how to end a handed-over create's journal entry, once the engine is known to hold its key. */
    handOver(end: () => void): void;
    /** The engine asks this host to stop: ends the entries it holds, if it is alive, and exits once idle. */
    stop(code: number): void;
    private stopCode;
    /** Runs one provider operation, counted as in flight until it settles. */
    during<T>(operation: () => Promise<T>): Promise<T>;
    private tick;
}
/**
 * The guard of this process: started in the plugin host, inert elsewhere (a program, a test). One for
 * every provider object the host loads, so that an S3Key's create keeps the host alive for an
 * AccessKey's provider too.
 */
export declare function engineGuard(): EngineGuard;

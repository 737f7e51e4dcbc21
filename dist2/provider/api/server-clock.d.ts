/**
 * IONOS's clock as this machine sees it, learned from the `Date` header of its answers (as AWS's
 * SDKs keep a `systemClockOffset`): a machine whose clock is minutes off still asks IONOS's request
 * log for the right window. Shared by the clients of one process. Before any answer, it knows nothing.
 */
export declare class ServerClock {
    private offsetMs;
    /** Learns from one answer's `Date` header, received at local time `receivedAt`. */
    observe(dateHeader: string | null | undefined, receivedAt: number): void;
    /** Whether an answer has shown the server's clock yet. */
    get known(): boolean;
    /** The server's time at local time `local`, or undefined while no answer has shown its clock. */
    toServer(local: number): number | undefined;
}

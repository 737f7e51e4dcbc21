/** One pending create of an S3Key or an AccessKey, with the inputs `check` gave it. */
export interface PendingCreate {
    /** Its place in the state's `pending_operations`. */
    readonly index: number;
    readonly urn: string;
    readonly kind: "S3Key" | "AccessKey";
    readonly inputs: Readonly<Record<string, unknown>>;
}
/** The state as `pulumi stack export` prints it: only what recover reads or writes is typed. */
export interface ExportedState {
    deployment: Deployment;
    [other: string]: unknown;
}
export interface Deployment {
    resources?: StateResource[];
    pending_operations?: unknown[];
    [other: string]: unknown;
}
export interface StateResource {
    urn?: unknown;
    type?: unknown;
    id?: unknown;
    delete?: boolean;
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
    [other: string]: unknown;
}
/** `pulumi stack export`'s output, parsed; an error that never quotes it (it may hold secrets). */
export declare function parseExport(exported: string): ExportedState;
/**
 * The pending creates of this package's resources, each checked on its own: an entry that is not one
 * (no URN, inputs that are not an object) is a problem said in one line, and the others still count.
 * Other pending operations (updates, deletes, other packages' creates) are not recover's. Pure.
 */
export declare function pendingCreates(state: ExportedState): {
    creates: PendingCreate[];
    problems: string[];
};
/**
 * The resource of the state that shows an `up` already resolved this pending create: one of the same
 * URN that holds the key its token made (S3Key) or its id (AccessKey). Pure.
 */
export declare function resolvedBy(state: ExportedState, create: PendingCreate): StateResource | undefined;

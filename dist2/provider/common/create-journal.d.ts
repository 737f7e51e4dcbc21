/** The header that marks a create's POST, so that IONOS's request log can tell which key it made. */
export declare const CREATE_TOKEN_HEADER = "X-Pulumi-Create-Token";
/**
 * The header that marks every create's POST with its resource (a hash of its URN), so that a create
 * with no journal entry (a fresh machine) can still find an earlier create of the same resource in
 * IONOS's request log. The URN itself is not sent.
 */
export declare const RESOURCE_HEADER = "X-Pulumi-Resource";
/** The mark of a resource in `RESOURCE_HEADER`: 32 hex digits of a hash of its URN. Pure. */
export declare function resourceMark(urn: string): string;
/**
 * Whether `earlier` is an ancestor of `token` in a resource's chain of create tokens (`next` applied
 * one or more times gives it): the create of a resource this one follows, whose key the state holds
 * or deleted. Pure.
 */
export declare function isAncestor(earlier: string, token: string, next: (token: string) => string): boolean;
/** The resource's URN as the resource class passes it; undefined when none was passed (or it is unknown). */
export declare function identityOf(values: {
    identity?: unknown;
}): string | undefined;
/**
 * The token the next create of a resource uses, chosen in `check` so that the engine stores it in
 * the pending create before the write (a runner that vanishes leaves it in the stack's state): a
 * fresh one for a new resource; for one in the state, the next link of its chain (a hash of the
 * previous one), so a replacement never marks its POST like the key it replaces, and a preview and
 * the up after it choose the same one. Never shared: the first link is random.
 */
export declare function nextCreateToken(previous: unknown): string;
/** A fresh token for one create: it marks that create's POSTs and nothing else's. */
export declare function newCreateToken(): string;
/**
 * Where a resource's pending create is journaled: its URN and the project directory (the plugin
 * host's working directory), so two checkouts of one project with separate backends never meet. Pure.
 */
export declare function journalKey(identity: string, projectDir: string): string;
/** A create that began on this machine and whose key has not been seen in a Pulumi state since. */
export interface PendingCreate {
    /** The token its POSTs carried. */
    readonly token: string;
    readonly userId: string;
    /** Epoch ms just before its first POST, by this machine's clock. */
    readonly startedAt: number;
    /** The same moment by IONOS's clock, when an answer had shown it (see `ServerClock`). */
    readonly serverStartedAt?: number;
}
/**
 * The local record of creates, one small file per resource (see `journalKey`). An entry is written
 * before the POST and removed when the create hands its key to a live engine, fails cleanly, or a
 * state is seen holding the key (`diff`, `read`, `delete`). An entry still there when the same
 * resource is created again means the earlier attempt never reached the state (plugin host or engine
 * killed): only then does create ask IONOS's request log which key that attempt's token made.
 *
 * `IONOS_CREATE_JOURNAL` names the directory, or `off`; the default is
 * `$XDG_STATE_HOME/pulumi-ionos-s3key/pending-creates` (`~/.local/state/…`).
 */
export declare class CreateJournal {
    private readonly dir;
    private readonly log;
    private readonly now;
    /** Told of each entry whose key was handed to the engine, with how to end it (see `EngineGuard`). */
    private readonly handedOver;
    /** `dir` undefined: no journal (`IONOS_CREATE_JOURNAL=off`); see `readConfig`. */
    constructor(dir: string | undefined, log: (message: string) => void, now?: () => number, 
    /** Told of each entry whose key was handed to the engine, with how to end it (see `EngineGuard`). */
    handedOver?: (end: () => void) => void);
    /**
     * The resource's create handed its key to the engine: the entry stays (the engine may die before it
     * records the key) and is ended when a state is seen holding it, or when `handedOver`'s owner knows
     * the engine recorded it.
     */
    handOver(key: string): void;
    /**
     * The resource's entry, validated: one that is not a create's (tampered, truncated, from another
     * tool) is reported once and set aside as `<key>.json.invalid`, so it never blocks a create.
     */
    get(key: string): PendingCreate | undefined;
    private legacyEntry;
    private validated;
    /**
     * Records a create about to POST: written to a fresh file by exclusive creation (never through a
     * link someone planted), then renamed into place, in a directory only its owner can enter. A
     * journal that cannot be written costs crash recovery, not the create.
     */
    begin(key: string, entry: PendingCreate): void;
    /** Removes the resource's entry; with `token`, only when the entry is that create's (not a newer one's). */
    end(key: string, token?: string): void;
    private file;
}
/** The subdirectory of the configured journal directory that holds this package's files. */
export declare const PRIVATE_SUBDIR = "entries";
/** Where the file `name` lives under the configured directory `dir`: in the private subdirectory. Pure. */
export declare function privatePath(dir: string, name: string): string;
/**
 * The private subdirectory of `dir`, made if missing. The configured directory itself is never
 * changed: made (0700) when missing, else used as it is, through a link if it is one (a CI cache
 * mount), but only when it belongs to this user or root and, if others may write to it, is sticky
 * (as /tmp). The subdirectory is this user's own, a real directory, mode 0700. Throws with the reason.
 */
export declare function ensurePrivateDir(dir: string): string;
/**
 * Writes `text` as the file `name` of this machine's state, in `dir`'s private subdirectory (see
 * `ensurePrivateDir`): to a fresh file by exclusive creation (never through a link someone planted),
 * then renamed into place. Throws.
 */
export declare function writePrivately(dir: string, name: string, text: string): void;
/** Reads a state file `writePrivately` wrote, never through a link; undefined when there is none, or past `maxBytes`. */
export declare function readPrivately(file: string, maxBytes?: number): string | undefined;
/** The entry in `text`, or why it is not a create's. Pure. */
export declare function entryProblem(text: string, now: number): PendingCreate | string;

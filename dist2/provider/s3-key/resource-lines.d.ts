/** A resource of the state, as its first check (old inputs) and its diff (old outputs) showed it. */
export interface Line {
    /** The create token in its inputs, which the next create's token is chained from. */
    readonly createToken?: unknown;
    /** The key it adopted, if it did. */
    readonly adoptKeyId?: unknown;
    /** The key the state holds for it, and the token of the POST that made it (from its outputs). */
    readonly keyId?: string;
    readonly madeBy?: string;
}
export declare class ResourceLines {
    private readonly lines;
    /**
     * The old inputs a check chains from: `olds` when the engine gave them (and they are recorded), else
     * what the first check of this run saw for the URN (the engine's second check of a replacement).
     */
    previous(urn: string | undefined, olds: Record<string, unknown>): Line;
    /** Records the key the state holds for a resource (its diff's old outputs). */
    holds(state: {
        identity?: unknown;
        keyId?: unknown;
        createToken?: unknown;
    }): void;
    /** The resource of the state a create of `urn` replaces, as this run saw it; undefined for a new one. */
    replaced(urn: string | undefined): Line | undefined;
}

/**
 * An S3Key's inputs after `check`: validated, `active` defaulted. During a preview any value may be
 * Pulumi's marker for a value not known yet.
 */
export type S3KeyInputs = {
    readonly userId: string;
    readonly active: boolean | string;
    readonly keepers?: Readonly<Record<string, unknown>>;
    readonly adoptKeyId?: string;
    /** Set by the S3Key class, not by users: the resource's URN, which keys its create journal. */
    readonly identity?: string;
    /**
     * Internal, set by `check`: the token the next create marks its POST with, so that a create cut
     * off with its runner can be found from the stack's state (`npx pulumi-ionos-s3key recover`).
     */
    readonly createToken?: string;
    /**
     * Internal, set by `check` when the state's inputs already adopted `adoptKeyId`: the key is this
     * resource's own, so a replacement (a `keepers` rotation, `--replace`) makes a new key and the old
     * resource's delete removes the adopted one, as any rotation does. Never adopts it a second time.
     */
    readonly adoptedBefore?: boolean;
};
/** Every output of an S3Key, as stored in the state. Plain JSON: no undefined values. */
export interface S3KeyOutputs {
    readonly keyId: string;
    readonly userId: string;
    readonly active: boolean;
    readonly secretKey: string;
    readonly createdDate?: string;
    readonly lastModifiedDate?: string;
    /** Echoed from the inputs, so that `diff` can compare them. */
    readonly keepers?: Readonly<Record<string, unknown>>;
    /** Echoed from the inputs: the key adopted (after a rotation, the key this resource's line adopted first). */
    readonly adoptKeyId?: string;
    /** Echoed from the inputs (see `S3KeyInputs.adoptedBefore`). */
    readonly adoptedBefore?: boolean;
    /** The token that marked the create's POSTs (see the README's reliability section). */
    readonly createToken?: string;
    /** Echoed from the inputs: the resource's URN, which keys its create journal. */
    readonly identity?: string;
}

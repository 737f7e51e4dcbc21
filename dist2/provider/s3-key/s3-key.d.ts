import * as pulumi from "@pulumi/pulumi";
/** The inputs of an {@link S3Key}. */
export interface S3KeyArgs {
    /** The UUID of the IONOS user who owns the key. Changing it replaces the key. */
    readonly userId: pulumi.Input<string>;
    /** Whether the key can be used. Changing it updates the key in place. Defaults to true. */
    readonly active?: pulumi.Input<boolean>;
    /**
     * Arbitrary values that, when any of them changes, replace the key: a new key is created before
     * the old one is deleted. Use it to rotate keys, e.g. `{ rotation: "2026-11" }`.
     */
    readonly keepers?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /**
     * The id of an existing key of this user to bring under management instead of creating one.
     * Create looks it up and applies `active`; deleting the resource deletes the key.
     */
    readonly adoptKeyId?: pulumi.Input<string>;
}
/** The state of an existing key, for {@link S3Key.get}. */
export interface S3KeyState {
    /** The UUID of the IONOS user who owns the key. */
    readonly userId?: pulumi.Input<string>;
    readonly active?: pulumi.Input<boolean>;
}
/**
 * An IONOS Cloud object storage key (an "S3 key"): an access key id and a secret key that open the
 * user's buckets. The secret key is always a Pulumi secret.
 */
export declare class S3Key extends pulumi.dynamic.Resource {
    /** The key id, which is also the S3 access key id. Same as `id`. */
    readonly keyId: pulumi.Output<string>;
    /** The UUID of the IONOS user who owns the key. */
    readonly userId: pulumi.Output<string>;
    /** Whether the key can be used. */
    readonly active: pulumi.Output<boolean>;
    /** The S3 secret key. Always a secret. */
    readonly secretKey: pulumi.Output<string>;
    /** When IONOS created the key (ISO 8601). */
    readonly createdDate: pulumi.Output<string | undefined>;
    /** When IONOS last changed the key (ISO 8601). */
    readonly lastModifiedDate: pulumi.Output<string | undefined>;
    /** The keepers the key was made for. */
    readonly keepers: pulumi.Output<Record<string, string> | undefined>;
    /** The id of the existing key this resource adopted, if it did. */
    readonly adoptKeyId: pulumi.Output<string | undefined>;
    constructor(name: string, args: S3KeyArgs, opts?: pulumi.CustomResourceOptions);
    /**
     * Looks up an existing key without managing it. `id` is `userId/keyId`, or the key id with
     * `state.userId` set.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: S3KeyState, opts?: pulumi.CustomResourceOptions): S3Key;
}

import * as pulumi from "@pulumi/pulumi";
/** The inputs of an {@link AccessKey}. */
export interface AccessKeyArgs {
    /** What the key is for. Changing it updates the key in place. Defaults to the resource's name. */
    readonly description?: pulumi.Input<string>;
    /**
     * Arbitrary values that, when any of them changes, renew the key's secret in place: the key id and
     * the access key id stay, so consumers keep them. E.g. `{ month: "2026-11" }`.
     */
    readonly rotation?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}
/**
 * An IONOS Object Storage access key, from the Object Storage Management API
 * (`IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT`, default https://s3.ionos.com): an access key id and a
 * secret key for contract-owned (and newer user-owned) buckets. The secret key is always a Pulumi
 * secret. Creation is exactly-once: a lost answer or a crash never makes a second key.
 */
export declare class AccessKey extends pulumi.dynamic.Resource {
    /** The key's id (a UUID). Same as `id`. */
    readonly keyId: pulumi.Output<string>;
    /** The S3 access key id. */
    readonly accessKey: pulumi.Output<string>;
    /** The S3 secret key. Always a secret. */
    readonly secretKey: pulumi.Output<string>;
    readonly description: pulumi.Output<string>;
    /** For user-owned buckets, when IONOS gives one. */
    readonly canonicalUserId: pulumi.Output<string | undefined>;
    /** `<contract>:<uuid>`, for contract-owned buckets. */
    readonly contractUserId: pulumi.Output<string | undefined>;
    /** Whether the key may create buckets and set bucket policies. */
    readonly administrative: pulumi.Output<boolean>;
    readonly supportedRegions: pulumi.Output<string[]>;
    /** `AVAILABLE` once created, updated or renewed. */
    readonly status: pulumi.Output<string>;
    readonly createdDate: pulumi.Output<string | undefined>;
    readonly lastModifiedDate: pulumi.Output<string | undefined>;
    readonly rotation: pulumi.Output<Record<string, string> | undefined>;
    constructor(name: string, args?: AccessKeyArgs, opts?: pulumi.CustomResourceOptions);
    /**
     * Looks up an existing access key by its id (the UUID) without managing it. Its secret key is not
     * readable (IONOS shows it only once), so it is empty.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, opts?: pulumi.CustomResourceOptions): AccessKey;
}

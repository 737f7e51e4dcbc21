// Public types stay free of zod's (see s3-key-outputs.ts).

/** An AccessKey's inputs after `check`. During a preview any value may be Pulumi's marker for a value not known yet. */
export type AccessKeyInputs = {
  /** What the key is for. */
  readonly description: string;
  /** Values whose change renews the secret key in place (same key id and access key id). */
  readonly rotation?: Readonly<Record<string, unknown>>;
  /** Set by the AccessKey class, not by users: the resource's URN, which keys its create journal. */
  readonly identity?: string;
  /**
   * Internal, set by `check`: the key id the create will ensure, so that a create cut off with its
   * runner can be found from the stack's state (`./node_modules/.bin/pulumi-ionos-s3key recover`).
   */
  readonly createId?: string;
};

/** Every output of an AccessKey, as stored in the state. Plain JSON: no undefined values. */
export interface AccessKeyOutputs {
  /** The key's id (a UUID), chosen by this package when it created the key. */
  readonly keyId: string;
  /** The S3 access key id (92 characters). */
  readonly accessKey: string;
  /** The S3 secret key: known only from the answer that made or renewed it. A Pulumi secret. */
  readonly secretKey: string;
  /** What the key is for. */
  readonly description: string;
  /** For user-owned buckets; absent when IONOS gives none. */
  readonly canonicalUserId?: string;
  /** `<contract>:<uuid>`, for contract-owned buckets. */
  readonly contractUserId?: string;
  /** Whether the key may create buckets and set bucket policies. */
  readonly administrative: boolean;
  /** The regions the key works in. */
  readonly supportedRegions: readonly string[];
  /** `AVAILABLE` once a create, update or renewal is done. */
  readonly status: string;
  /** When IONOS created the key (ISO 8601). */
  readonly createdDate?: string;
  /** When IONOS last changed the key (ISO 8601). */
  readonly lastModifiedDate?: string;
  /** Echoed from the inputs, so that `diff` can compare them. */
  readonly rotation?: Readonly<Record<string, unknown>>;
  /** Echoed from the inputs: the resource's URN, which keys its create journal. */
  readonly identity?: string;
  /** Internal: the account that holds the key, `contract N at <endpoint>` (see common/account.ts). */
  readonly account?: string;
}

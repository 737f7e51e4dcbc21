// Public types stay free of zod's: a program with \`skipLibCheck: false\` and without
// \`esModuleInterop\` (the \`pulumi new typescript\` tsconfig) cannot type-check zod's declarations.

/**
 * An S3Key's inputs after `check`: validated, `active` defaulted. During a preview any value may be
 * Pulumi's marker for a value not known yet.
 */
export type S3KeyInputs = {
  /** The UUID of the IONOS user who owns the key. */
  readonly userId: string;
  /** Whether the key can be used (a string only while unknown, during a preview). */
  readonly active: boolean | string;
  /** Values whose change replaces the key. */
  readonly keepers?: Readonly<Record<string, unknown>>;
  /** The id of an existing key to adopt instead of creating one. */
  readonly adoptKeyId?: string;
  /** Set by the S3Key class, not by users: the resource's URN, which keys its create journal. */
  readonly identity?: string;
  /**
   * Internal, set by `check`: the token the next create marks its POST with, so that a create cut
   * off with its runner can be found from the stack's state (`./node_modules/.bin/pulumi-ionos-s3key recover`).
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
  /** The key id, which is also the S3 access key id. */
  readonly keyId: string;
  /** The UUID of the IONOS user who owns the key. */
  readonly userId: string;
  /** Whether the key can be used. */
  readonly active: boolean;
  /** The S3 secret key. A Pulumi secret. */
  readonly secretKey: string;
  /** When IONOS created the key (ISO 8601). */
  readonly createdDate?: string;
  /** When IONOS last changed the key (ISO 8601). */
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
  /** Internal: the account that holds the key, `contract N at <endpoint>` (see common/account.ts). */
  readonly account?: string;
}

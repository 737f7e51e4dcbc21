import * as pulumi from "@pulumi/pulumi";
import { serializableProvider } from "../common/serializable-provider";
import { S3KEY_TYPE } from "../common/wire";

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
  readonly keepers?: pulumi.Input<Record<string, unknown>>;
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

const provider = serializableProvider();

/**
 * An IONOS Cloud object storage key (an "S3 key"): an access key id and a secret key that open the
 * user's buckets. The secret key is always a Pulumi secret.
 */
export class S3Key extends pulumi.dynamic.Resource {
  /** The key id, which is also the S3 access key id. Same as `id`. */
  declare readonly keyId: pulumi.Output<string>;
  /** The UUID of the IONOS user who owns the key. */
  declare readonly userId: pulumi.Output<string>;
  /** Whether the key can be used. */
  declare readonly active: pulumi.Output<boolean>;
  /** The S3 secret key. Always a secret. */
  declare readonly secretKey: pulumi.Output<string>;
  /** When IONOS created the key (ISO 8601). */
  declare readonly createdDate: pulumi.Output<string | undefined>;
  /** When IONOS last changed the key (ISO 8601). */
  declare readonly lastModifiedDate: pulumi.Output<string | undefined>;
  /** The keepers the key was made for. */
  declare readonly keepers: pulumi.Output<Record<string, unknown> | undefined>;
  /** The id of the existing key this resource adopted, if it did. */
  declare readonly adoptKeyId: pulumi.Output<string | undefined>;

  constructor(name: string, args: S3KeyArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      provider,
      name,
      {
        userId: args.userId,
        active: args.active,
        keepers: args.keepers,
        adoptKeyId: args.adoptKeyId,
        // Its URN: what makes the create token, which marks the POST in IONOS's request log, this resource's own.
        identity: pulumi.createUrn(name, S3KEY_TYPE, opts?.parent),
        keyId: undefined,
        secretKey: undefined,
        createdDate: undefined,
        lastModifiedDate: undefined,
      },
      pulumi.mergeOptions(opts, { additionalSecretOutputs: ["secretKey"] }),
      "ionos",
      "S3Key",
    );
  }

  /**
   * Whether `obj` is an S3Key (of any copy of this package), told by its Pulumi type, as Pulumi's own
   * classes tell theirs: `CustomResource.isInstance`, which this would otherwise inherit, is true for
   * any custom resource.
   */
  static override isInstance(obj: unknown): obj is S3Key {
    return typeof obj === "object" && obj !== null && (obj as { __pulumiType?: unknown }).__pulumiType === S3KEY_TYPE;
  }

  /**
   * Looks up an existing key without managing it. `id` is `userId/keyId`, or the key id with
   * `state.userId` set.
   */
  static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: S3KeyState,
    opts?: pulumi.CustomResourceOptions,
  ): S3Key {
    return new S3Key(name, { userId: state?.userId ?? "", active: state?.active }, { ...opts, id });
  }
}

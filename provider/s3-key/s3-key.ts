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

/** The state of an existing key, for {@link S3Key.get}: every output of an {@link S3Key}, each optional. */
export interface S3KeyState {
  /** The key id, which is also the S3 access key id. */
  readonly keyId?: pulumi.Input<string>;
  /** The UUID of the IONOS user who owns the key. */
  readonly userId?: pulumi.Input<string>;
  /** Whether the key can be used. */
  readonly active?: pulumi.Input<boolean>;
  /** The S3 secret key (read from IONOS again; a value given here is not used). */
  readonly secretKey?: pulumi.Input<string>;
  /** When IONOS created the key (ISO 8601). */
  readonly createdDate?: pulumi.Input<string>;
  /** When IONOS last changed the key (ISO 8601). */
  readonly lastModifiedDate?: pulumi.Input<string>;
  /** The keepers the key was made for. */
  readonly keepers?: pulumi.Input<Record<string, unknown>>;
  /** The id of the existing key the resource adopted, if it did. */
  readonly adoptKeyId?: pulumi.Input<string>;
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

  /**
   * Declares a key. With `opts.id` (as {@link S3Key.get} passes it), reads the existing key instead,
   * and the second argument is its {@link S3KeyState}.
   */
  constructor(name: string, args: S3KeyArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: S3KeyArgs | S3KeyState, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: S3KeyArgs | S3KeyState, opts?: pulumi.CustomResourceOptions) {
    const state = argsOrState as S3KeyState;
    super(
      provider,
      name,
      {
        userId: state.userId,
        active: state.active,
        keepers: state.keepers,
        adoptKeyId: state.adoptKeyId,
        // Its URN: what makes the create token, which marks the POST in IONOS's request log, this resource's own.
        identity: pulumi.createUrn(name, S3KEY_TYPE, opts?.parent),
        keyId: opts?.id === undefined ? undefined : state.keyId,
        secretKey: undefined,
        createdDate: opts?.id === undefined ? undefined : state.createdDate,
        lastModifiedDate: opts?.id === undefined ? undefined : state.lastModifiedDate,
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
    return new S3Key(name, { ...state, userId: state?.userId ?? "" }, { ...opts, id });
  }
}

import * as pulumi from "@pulumi/pulumi";
import { serializableProvider } from "../common/serializable-provider";
import { ACCESS_KEY_TYPE } from "../common/wire";

/** The inputs of an {@link AccessKey}. */
export interface AccessKeyArgs {
  /** What the key is for. Changing it updates the key in place. Defaults to the resource's name. */
  readonly description?: pulumi.Input<string>;
  /**
   * Arbitrary values that, when any of them changes, renew the key's secret in place: the key id and
   * the access key id stay, so consumers keep them. E.g. `{ month: "2026-11" }`.
   */
  readonly rotation?: pulumi.Input<Record<string, unknown>>;
}

/** The state of an existing access key, for {@link AccessKey.get}: every output of an {@link AccessKey}, each optional. */
export interface AccessKeyState {
  /** The key's id (a UUID). */
  readonly keyId?: pulumi.Input<string>;
  /** The S3 access key id. */
  readonly accessKey?: pulumi.Input<string>;
  /** The S3 secret key. IONOS shows it only once, so a read never has it; a value given here is not used. */
  readonly secretKey?: pulumi.Input<string>;
  /** What the key is for. */
  readonly description?: pulumi.Input<string>;
  /** For user-owned buckets, when IONOS gives one. */
  readonly canonicalUserId?: pulumi.Input<string>;
  /** `<contract>:<uuid>`, for contract-owned buckets. */
  readonly contractUserId?: pulumi.Input<string>;
  /** Whether the key may create buckets and set bucket policies. */
  readonly administrative?: pulumi.Input<boolean>;
  /** The regions the key works in. */
  readonly supportedRegions?: pulumi.Input<pulumi.Input<string>[]>;
  /** `AVAILABLE` once created, updated or renewed. */
  readonly status?: pulumi.Input<string>;
  /** When IONOS created the key (ISO 8601). */
  readonly createdDate?: pulumi.Input<string>;
  /** When IONOS last changed the key (ISO 8601). */
  readonly lastModifiedDate?: pulumi.Input<string>;
  /** The rotation values the secret was last renewed for. */
  readonly rotation?: pulumi.Input<Record<string, unknown>>;
}

const provider = serializableProvider("AccessKeyProvider");

/**
 * An IONOS Object Storage access key, from the Object Storage Management API
 * (`IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT`, default https://s3.ionos.com): an access key id and a
 * secret key for contract-owned (and newer user-owned) buckets. The secret key is always a Pulumi
 * secret. Creation is exactly-once: a lost answer or a crash never makes a second key.
 */
export class AccessKey extends pulumi.dynamic.Resource {
  /** The key's id (a UUID). Same as `id`. */
  declare readonly keyId: pulumi.Output<string>;
  /** The S3 access key id. */
  declare readonly accessKey: pulumi.Output<string>;
  /** The S3 secret key. Always a secret. */
  declare readonly secretKey: pulumi.Output<string>;
  /** What the key is for. */
  declare readonly description: pulumi.Output<string>;
  /** For user-owned buckets, when IONOS gives one. */
  declare readonly canonicalUserId: pulumi.Output<string | undefined>;
  /** `<contract>:<uuid>`, for contract-owned buckets. */
  declare readonly contractUserId: pulumi.Output<string | undefined>;
  /** Whether the key may create buckets and set bucket policies. */
  declare readonly administrative: pulumi.Output<boolean>;
  /** The regions the key works in. */
  declare readonly supportedRegions: pulumi.Output<string[]>;
  /** `AVAILABLE` once created, updated or renewed. */
  declare readonly status: pulumi.Output<string>;
  /** When IONOS created the key (ISO 8601). */
  declare readonly createdDate: pulumi.Output<string | undefined>;
  /** When IONOS last changed the key (ISO 8601). */
  declare readonly lastModifiedDate: pulumi.Output<string | undefined>;
  /** The rotation values the secret was last renewed for. */
  declare readonly rotation: pulumi.Output<Record<string, unknown> | undefined>;

  /**
   * Declares an access key. With `opts.id` (as {@link AccessKey.get} passes it), reads the existing
   * key instead, and the second argument is its {@link AccessKeyState}.
   */
  constructor(name: string, args?: AccessKeyArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState?: AccessKeyArgs | AccessKeyState, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: AccessKeyArgs | AccessKeyState = {}, opts?: pulumi.CustomResourceOptions) {
    const state: AccessKeyState =
      opts?.id === undefined ? { description: argsOrState.description, rotation: argsOrState.rotation } : argsOrState;
    super(
      provider,
      name,
      {
        description: state.description ?? name,
        rotation: state.rotation,
        // Its URN keys the create journal, which lets a create cut off by a crash find its key again.
        identity: pulumi.createUrn(name, ACCESS_KEY_TYPE, opts?.parent),
        keyId: state.keyId,
        accessKey: state.accessKey,
        // Never sent as a read's input, which Pulumi would store in plain text; IONOS cannot show it again.
        secretKey: undefined,
        canonicalUserId: state.canonicalUserId,
        contractUserId: state.contractUserId,
        administrative: state.administrative,
        supportedRegions: state.supportedRegions,
        status: state.status,
        createdDate: state.createdDate,
        lastModifiedDate: state.lastModifiedDate,
      },
      pulumi.mergeOptions(opts, { additionalSecretOutputs: ["secretKey"] }),
      "ionos",
      "AccessKey",
    );
  }

  /**
   * Whether `obj` is an AccessKey (of any copy of this package), told by its Pulumi type, as Pulumi's own
   * classes tell theirs: `CustomResource.isInstance`, which this would otherwise inherit, is true for
   * any custom resource.
   */
  static override isInstance(obj: unknown): obj is AccessKey {
    return (
      typeof obj === "object" && obj !== null && (obj as { __pulumiType?: unknown }).__pulumiType === ACCESS_KEY_TYPE
    );
  }

  /**
   * Looks up an existing access key by its id (the UUID) without managing it. Its secret key is not
   * readable (IONOS shows it only once), so it is empty.
   */
  static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: AccessKeyState,
    opts?: pulumi.CustomResourceOptions,
  ): AccessKey {
    return new AccessKey(name, state ?? {}, { ...opts, id });
  }
}

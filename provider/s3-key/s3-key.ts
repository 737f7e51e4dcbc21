import * as pulumi from "@pulumi/pulumi";
import { serializableProvider } from "../common/serializable-provider";
import { S3KEY_TYPE } from "../common/wire";
import { classProps } from "../common/descriptor";
import { S3KEY } from "./s3-key-descriptor";
import type { S3KeyArgs, S3KeyProperties, S3KeyState } from "./s3-key-types";

export type { S3KeyArgs, S3KeyProperties, S3KeyState } from "./s3-key-types";

const provider = serializableProvider();

/** Its outputs, as properties (declared with the resource, see s3-key-types.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging -- the class's outputs, generated from its declaration
export interface S3Key extends S3KeyProperties {}

/**
 * An IONOS Cloud object storage key (an "S3 key"): an access key id and a secret key that open the
 * user's buckets. The secret key is always a Pulumi secret.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class S3Key extends pulumi.dynamic.Resource {
  /**
   * Declares a key. With `opts.id` (as {@link S3Key.get} passes it), reads the existing key instead,
   * and the second argument is its {@link S3KeyState}.
   */
  constructor(name: string, args: S3KeyArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: S3KeyArgs | S3KeyState, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: S3KeyArgs | S3KeyState, opts?: pulumi.CustomResourceOptions) {
    super(
      provider,
      name,
      classProps(S3KEY, argsOrState as Record<string, unknown>, opts?.id !== undefined, {
        // Its URN: what makes the create token, which marks the POST in IONOS's request log, this resource's own.
        identity: pulumi.createUrn(name, S3KEY_TYPE, opts?.parent),
      }),
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

import * as pulumi from "@pulumi/pulumi";
import { serializableProvider } from "../common/serializable-provider";
import { ACCESS_KEY_TYPE } from "../common/wire";
import { classProps, withNameDefaults } from "../common/descriptor";
import { ACCESS_KEY } from "./access-key-descriptor";
import type { AccessKeyArgs, AccessKeyProperties, AccessKeyState } from "./access-key-types";

export type { AccessKeyArgs, AccessKeyProperties, AccessKeyState } from "./access-key-types";

const provider = serializableProvider("AccessKeyProvider");

/** Its outputs, as properties (declared with the resource, see access-key-types.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging -- the class's outputs, generated from its declaration
export interface AccessKey extends AccessKeyProperties {}

/**
 * An IONOS Object Storage access key, from the Object Storage Management API
 * (`IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT`, default https://s3.ionos.com): an access key id and a
 * secret key for contract-owned (and newer user-owned) buckets. The secret key is always a Pulumi
 * secret. Creation is exactly-once: a lost answer or a crash never makes a second key.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class AccessKey extends pulumi.dynamic.Resource {
  /**
   * Declares an access key. With `opts.id` (as {@link AccessKey.get} passes it), reads the existing
   * key instead, and the second argument is its {@link AccessKeyState}.
   */
  constructor(name: string, args?: AccessKeyArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState?: AccessKeyArgs | AccessKeyState, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: AccessKeyArgs | AccessKeyState = {}, opts?: pulumi.CustomResourceOptions) {
    const given = withNameDefaults(ACCESS_KEY.inputs, argsOrState as Record<string, unknown>, name);
    super(
      provider,
      name,
      classProps(ACCESS_KEY, given, opts?.id !== undefined, {
        // Its URN keys the create journal, which lets a create cut off by a crash find its key again.
        identity: pulumi.createUrn(name, ACCESS_KEY_TYPE, opts?.parent),
      }),
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

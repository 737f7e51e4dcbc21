// The plugin's resources, by type token: each one's declaration (its name, inputs with their
// metadata and outputs: see common/descriptor.ts). The compiler holds the registry exhaustive
// (`PluginResourceType`): a type it serves and this lacks does not compile. The schema, the detailed
// diff and an imported key's inputs are derived from it.
import type { ResourceDescriptor } from "../common/descriptor";
import { PLUGIN_ACCESS_KEY_TYPE, PLUGIN_S3KEY_TYPE, type PluginResourceType } from "../common/wire";
import { S3KEY } from "../s3-key/s3-key-descriptor";
import { ACCESS_KEY } from "../access-key/access-key-descriptor";

export const PLUGIN_RESOURCES: Readonly<Record<PluginResourceType, ResourceDescriptor>> = {
  [PLUGIN_S3KEY_TYPE]: S3KEY,
  [PLUGIN_ACCESS_KEY_TYPE]: ACCESS_KEY,
};

/** The type a URN names (`urn:pulumi:stack::project::parent$ionos-s3key:index:S3Key::name`), if the plugin serves it. */
export function pluginTypeOf(urn: string): PluginResourceType | undefined {
  const type = urn.split("::")[2]?.split("$").pop() ?? "";
  return Object.hasOwn(PLUGIN_RESOURCES, type) ? (type as PluginResourceType) : undefined;
}

import type * as pulumi from "@pulumi/pulumi";
/** The provider classes a serialized provider can load, by their export name. */
export type ProviderClassName = "S3KeyProvider" | "AccessKeyProvider";
/** The serialized provider: a loader and the seven methods, which forward to the implementation. */
export interface SerializableProvider extends pulumi.dynamic.ResourceProvider {
    load(): Provider;
}
/** What the loaded class is: a provider with `configure` (both providers are; `providers.ts` exports them). */
type Provider = Required<pulumi.dynamic.ResourceProvider>;
export type ProviderModule = Record<ProviderClassName, new () => Provider>;
/**
 * The provider object that Pulumi serializes into every S3Key's state. It captures no credentials,
 * no live objects and no path of the machine that serialized it, only how to load the implementation:
 * `pulumi-ionos-s3key/provider` as the Pulumi project resolves it (the plugin host runs in the
 * project's directory), else as the plugin host's own `require` resolves it.
 *
 * Pulumi parses this code with the TypeScript it finds in the program, or with its own vendored
 * TypeScript 3.8 when the program has none (a JavaScript program): the methods keep to syntax that
 * parser knows (no `??=`, no `#private`, no static blocks). Loaded implementations are kept on
 * `globalThis`, which the serializer never captures, one per provider object.
 */
export declare function serializableProvider(className?: ProviderClassName): SerializableProvider;
export {};

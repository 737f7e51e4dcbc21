import type * as pulumi from "@pulumi/pulumi";
import type { S3KeyProvider } from "./s3-key-provider";

// Where the implementation is on this machine: a plain string, used only when the package name does not resolve.
const IMPLEMENTATION_FILE = require.resolve("./s3-key-provider");

/** The serialized provider: a loader and the seven methods, which forward to the implementation. */
export interface SerializableProvider extends pulumi.dynamic.ResourceProvider {
  readonly implementationFile: string;
  load(): S3KeyProvider;
}

// Loaded implementations, one per provider object, kept on globalThis (which the serializer never
// captures) so that a provider object used before it is serialized carries no live client or config.
const INSTANCES = "__pulumiIonosS3KeyProviders";

/**
 * The provider object that Pulumi serializes into every S3Key's state. It captures no credentials
 * and no live objects, only how to load the implementation: `require("pulumi-ionos-s3key/provider")`
 * from the Pulumi project (as installed by users), else this checkout's file.
 */
export function serializableProvider(): SerializableProvider {
  return {
    implementationFile: IMPLEMENTATION_FILE,
    load() {
      const registry = ((globalThis as Record<string, unknown>)[INSTANCES] ??= new WeakMap()) as WeakMap<
        object,
        S3KeyProvider
      >;
      let instance = registry.get(this);
      if (instance === undefined) {
        let loaded: typeof import("./s3-key-provider");
        try {
          loaded = require("pulumi-ionos-s3key/provider");
        } catch (error) {
          if ((error as { code?: string }).code !== "MODULE_NOT_FOUND") throw error;
          loaded = require(this.implementationFile);
        }
        instance = new loaded.S3KeyProvider();
        registry.set(this, instance);
      }
      return instance;
    },
    configure(req) {
      return this.load().configure(req);
    },
    check(olds, news) {
      return this.load().check(olds, news);
    },
    diff(id, olds, news) {
      return this.load().diff(id, olds, news);
    },
    create(inputs) {
      return this.load().create(inputs);
    },
    read(id, props) {
      return this.load().read(id, props);
    },
    update(id, olds, news) {
      return this.load().update(id, olds, news);
    },
    delete(id, props) {
      return this.load().delete(id, props);
    },
  };
}

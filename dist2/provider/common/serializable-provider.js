"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serializableProvider = serializableProvider;
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
function serializableProvider(className = "S3KeyProvider") {
    return {
        load() {
            const registryName = "__pulumiIonosS3KeyProviders";
            const store = globalThis;
            let registry = store[registryName];
            if (registry === undefined) {
                registry = new WeakMap();
                store[registryName] = registry;
            }
            let instance = registry.get(this);
            if (instance === undefined) {
                const moduleName = "pulumi-ionos-s3key/provider";
                const projectFile = require("node:path").join(process.cwd(), "package.json");
                const fromProject = require("node:module").createRequire(projectFile);
                let loaded;
                try {
                    loaded = fromProject(moduleName);
                }
                catch (projectError) {
                    if (projectError.code !== "MODULE_NOT_FOUND")
                        throw projectError;
                    try {
                        loaded = require(moduleName);
                    }
                    catch (hostError) {
                        if (hostError.code !== "MODULE_NOT_FOUND")
                            throw hostError;
                        throw new Error(`Cannot load ${moduleName} from the Pulumi project in ${process.cwd()}: install the package there ` +
                            "(npm install pulumi-ionos-s3key, or the tarball from npm pack) and run the command again.", { cause: hostError });
                    }
                }
                instance = new loaded[className]();
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
//# sourceMappingURL=serializable-provider.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.costSection = void 0;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const installed_package_1 = require("../tools/installed-package");
const plugin_host_1 = require("../tools/pulumi-driver/plugin-host");
const measure_1 = require("./measure");
const bench_common_1 = require("./bench-common");
/** 5. Cost: the serialized provider as users get it (the packed tarball in a fresh program), and the plugin's start. */
async function cost() {
    const { work, app, tarball } = (0, installed_package_1.installPackedPackage)();
    try {
        // What a user's program stores: the __provider input of an S3Key it declares.
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(app, "measure.js"), `const pulumi = require("@pulumi/pulumi");
pulumi.runtime.setMocks({
  newResource: (args) => { if (args.inputs.__provider) console.log(args.inputs.__provider.length); return { id: "id", state: args.inputs }; },
  call: (args) => args.inputs,
});
const { S3Key } = require("pulumi-ionos-s3key");
new S3Key("k", { userId: "9b1b4c62-1466-11e7-87d3-d7bb7dac0087" });`);
        const size = (0, node_child_process_1.spawnSync)(process.execPath, ["measure.js"], { cwd: app, encoding: "utf8" });
        const serializedBytes = Number(size.stdout.trim());
        const t = Date.now();
        const plugin = await plugin_host_1.PluginHost.start(app, "127.0.0.1:0", bench_common_1.quiet);
        const pluginStartMs = Date.now() - t;
        await plugin.stop();
        return { serializedBytes, pluginStartMs, tarballBytes: (0, node_fs_1.readFileSync)(tarball).length };
    }
    finally {
        (0, node_fs_1.rmSync)(work, { recursive: true, force: true });
    }
}
exports.costSection = (0, bench_common_1.benchSection)("cost", async () => ({ costs: await cost() }), ({ costs }) => [
    "## Cost",
    (0, measure_1.table)(["serialized provider per resource", "stored twice per resource", "packed tarball", "plugin host start"], [
        [
            `${costs.serializedBytes} B`,
            `${costs.serializedBytes * 2} B`,
            `${(costs.tarballBytes / 1024).toFixed(1)} KiB`,
            `${costs.pluginStartMs} ms`,
        ],
    ]),
]);
//# sourceMappingURL=cost.js.map
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installPackedPackage } from "../tools/installed-package";
import { PluginHost } from "../tools/pulumi-driver/plugin-host";
import { table } from "./measure";
import { benchSection, quiet } from "./bench-common";

/** 5. Cost: the serialized provider as users get it (the packed tarball in a fresh program), and the plugin's start. */
async function cost(): Promise<{ serializedBytes: number; pluginStartMs: number; tarballBytes: number }> {
  const { work, app, tarball } = installPackedPackage();
  try {
    // What a user's program stores: the __provider input of an S3Key it declares.
    writeFileSync(
      join(app, "measure.js"),
      `const pulumi = require("@pulumi/pulumi");
pulumi.runtime.setMocks({
  newResource: (args) => { if (args.inputs.__provider) console.log(args.inputs.__provider.length); return { id: "id", state: args.inputs }; },
  call: (args) => args.inputs,
});
const { S3Key } = require("pulumi-ionos-s3key");
new S3Key("k", { userId: "9b1b4c62-1466-11e7-87d3-d7bb7dac0087" });`,
    );
    const size = spawnSync(process.execPath, ["measure.js"], { cwd: app, encoding: "utf8" });
    const serializedBytes = Number(size.stdout.trim());
    const t = Date.now();
    const plugin = await PluginHost.start(app, undefined, quiet);
    const pluginStartMs = Date.now() - t;
    await plugin.stop();
    return { serializedBytes, pluginStartMs, tarballBytes: readFileSync(tarball).length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const costSection = benchSection(
  "cost",
  async () => ({ costs: await cost() }),
  ({ costs }) => [
    "## Cost",
    table(
      ["serialized provider per resource", "stored twice per resource", "packed tarball", "plugin host start"],
      [
        [
          `${costs.serializedBytes} B`,
          `${costs.serializedBytes * 2} B`,
          `${(costs.tarballBytes / 1024).toFixed(1)} KiB`,
          `${costs.pluginStartMs} ms`,
        ],
      ],
    ),
  ],
);

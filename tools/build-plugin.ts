// `npm run plugin`: the resource plugin as Pulumi installs plugins. One bundle of the plugin with its
// dependencies (it needs only `node`), a launcher for each kind of system, and the schema, packed as
// pulumi-resource-ionos-s3key-v<version>-<os>-<arch>.tar.gz for every os/arch name Pulumi uses.
// The last line printed is the linux-amd64 tarball's path.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";
import { PACKAGE_VERSION } from "../provider/api/user-agent";
import { schemaText } from "./write-schema";

export const PLUGIN_NAME = "pulumi-resource-ionos-s3key";
/** The platforms Pulumi names plugin tarballs for; the bundle is the same JavaScript on each. */
export const PLATFORMS = ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64"] as const;

const root = resolve(__dirname, "..", "..");
const VENDORED_TYPESCRIPT = join(
  root,
  "node_modules",
  "@pulumi",
  "pulumi",
  "vendor",
  "typescript@3.8.3",
  "typescript.js",
);

/** Builds the plugin directory and the tarballs under `outDir`; returns the tarballs' paths by platform. */
export function buildPlugin(outDir = join(root, "dist", "plugin")): Record<(typeof PLATFORMS)[number], string> {
  const stage = join(outDir, "stage");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  buildSync({
    entryPoints: [join(root, "dist", "provider", "plugin", "main.js")],
    outfile: join(stage, `${PLUGIN_NAME}.js`),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "linked",
    logLevel: "error",
    // @pulumi/pulumi loads TypeScript (for closures, which a plugin never serializes) through a shim that
    // falls back to its own vendored copy by a computed path: the bundle takes that copy.
    alias: { typescript: VENDORED_TYPESCRIPT },
    external: ["ts-node"],
  });
  const launcher = join(stage, PLUGIN_NAME);
  writeFileSync(launcher, `#!/bin/sh\nexec node "$(dirname "$0")/${PLUGIN_NAME}.js" "$@"\n`);
  chmodSync(launcher, 0o755);
  writeFileSync(join(stage, `${PLUGIN_NAME}.cmd`), `@echo off\r\nnode "%~dp0\\${PLUGIN_NAME}.js" %*\r\n`);
  writeFileSync(join(stage, "schema.json"), schemaText());
  const tarballs = {} as Record<(typeof PLATFORMS)[number], string>;
  for (const platform of PLATFORMS) {
    const tarball = join(outDir, `${PLUGIN_NAME}-v${PACKAGE_VERSION}-${platform}.tar.gz`);
    execFileSync("tar", ["-czf", tarball, "-C", stage, "."]);
    tarballs[platform] = tarball;
  }
  return tarballs;
}

if (require.main === module) {
  const tarballs = buildPlugin();
  for (const platform of PLATFORMS) if (platform !== "linux-amd64") console.log(tarballs[platform]);
  console.log(tarballs["linux-amd64"]);
}

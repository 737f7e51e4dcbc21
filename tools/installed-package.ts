import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath, resolve } from "node:path";

const PROJECT_DIR = resolve(__dirname, "..", "..");

/** Packs this package (`npm pack`, without running scripts) into `destination`; returns the tarball's path. */
export function packTarball(destination: string): string {
  const name = execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", destination], {
    cwd: PROJECT_DIR,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  })
    .trim()
    .split("\n")
    .pop()!;
  return joinPath(destination, name);
}

/**
 * A fresh Pulumi program with this package installed from its packed tarball, as users get it:
 * only what `files` ships, resolved through `exports`. Its dependencies are linked from this
 * checkout's node_modules (the same versions the registry would give).
 */
export function installPackedPackage(): { work: string; app: string; tarball: string } {
  const work = mkdtempSync(joinPath(tmpdir(), "ionos-s3key-installed-"));
  const tarball = packTarball(work);
  const app = joinPath(work, "app");
  const modules = joinPath(app, "node_modules");
  mkdirSync(joinPath(modules, "pulumi-ionos-s3key"), { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", joinPath(modules, "pulumi-ionos-s3key"), "--strip-components=1"]);
  for (const entry of readdirSync(joinPath(PROJECT_DIR, "node_modules"))) {
    if (entry.startsWith(".") || entry === "pulumi-ionos-s3key") continue;
    symlinkSync(joinPath(PROJECT_DIR, "node_modules", entry), joinPath(modules, entry));
  }
  writeFileSync(
    joinPath(app, "package.json"),
    JSON.stringify({ name: "installed-app", version: "1.0.0", private: true }),
  );
  writeFileSync(joinPath(app, "Pulumi.yaml"), "name: installed-app\nruntime: nodejs\nmain: index.js\n");
  return { work, app, tarball };
}

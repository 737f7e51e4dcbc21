import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_DIR } from "./driver";

/**
 * A fresh Pulumi program with this package installed from its packed tarball, as users get it:
 * only what `files` ships, resolved through `exports`. Its dependencies are linked from this
 * checkout's node_modules (the same versions the registry would give).
 */
export function installPackedPackage(): { app: string; tarball: string } {
  const work = mkdtempSync(join(tmpdir(), "ionos-s3key-installed-"));
  const tarball = execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", work], {
    cwd: PROJECT_DIR,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  })
    .trim()
    .split("\n")
    .pop()!;
  const app = join(work, "app");
  const modules = join(app, "node_modules");
  mkdirSync(join(modules, "pulumi-ionos-s3key"), { recursive: true });
  execFileSync("tar", ["-xzf", join(work, tarball), "-C", join(modules, "pulumi-ionos-s3key"), "--strip-components=1"]);
  for (const entry of readdirSync(join(PROJECT_DIR, "node_modules"))) {
    if (entry.startsWith(".") || entry === "pulumi-ionos-s3key") continue;
    symlinkSync(join(PROJECT_DIR, "node_modules", entry), join(modules, entry));
  }
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "installed-app", version: "1.0.0", private: true }));
  writeFileSync(join(app, "Pulumi.yaml"), "name: installed-app\nruntime: nodejs\nmain: index.js\n");
  return { app, tarball: join(work, tarball) };
}

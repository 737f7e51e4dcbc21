"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.packTarball = packTarball;
exports.installPackedPackage = installPackedPackage;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const PROJECT_DIR = (0, node_path_1.resolve)(__dirname, "..", "..");
/** Packs this package (`npm pack`, without running scripts) into `destination`; returns the tarball's path. */
function packTarball(destination) {
    const name = (0, node_child_process_1.execFileSync)("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", destination], {
        cwd: PROJECT_DIR,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
    })
        .trim()
        .split("\n")
        .pop();
    return (0, node_path_1.join)(destination, name);
}
/**
 * A fresh Pulumi program with this package installed from its packed tarball, as users get it:
 * only what `files` ships, resolved through `exports`. Its dependencies are linked from this
 * checkout's node_modules (the same versions the registry would give).
 */
function installPackedPackage() {
    const work = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "ionos-s3key-installed-"));
    const tarball = packTarball(work);
    const app = (0, node_path_1.join)(work, "app");
    const modules = (0, node_path_1.join)(app, "node_modules");
    (0, node_fs_1.mkdirSync)((0, node_path_1.join)(modules, "pulumi-ionos-s3key"), { recursive: true });
    (0, node_child_process_1.execFileSync)("tar", ["-xzf", tarball, "-C", (0, node_path_1.join)(modules, "pulumi-ionos-s3key"), "--strip-components=1"]);
    for (const entry of (0, node_fs_1.readdirSync)((0, node_path_1.join)(PROJECT_DIR, "node_modules"))) {
        if (entry.startsWith(".") || entry === "pulumi-ionos-s3key")
            continue;
        (0, node_fs_1.symlinkSync)((0, node_path_1.join)(PROJECT_DIR, "node_modules", entry), (0, node_path_1.join)(modules, entry));
    }
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(app, "package.json"), JSON.stringify({ name: "installed-app", version: "1.0.0", private: true }));
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(app, "Pulumi.yaml"), "name: installed-app\nruntime: nodejs\nmain: index.js\n");
    return { work, app, tarball };
}
//# sourceMappingURL=installed-package.js.map
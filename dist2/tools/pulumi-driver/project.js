"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readProject = readProject;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
/** The two fields of Pulumi.yaml the driver needs; the file is simple enough to read by line. */
function readProject(projectDir) {
    const file = (0, node_path_1.join)(projectDir, "Pulumi.yaml");
    if (!(0, node_fs_1.existsSync)(file))
        throw new Error(`no Pulumi.yaml in ${projectDir}: pass --cwd with a Pulumi project directory`);
    const text = (0, node_fs_1.readFileSync)(file, "utf8");
    const name = /^name:\s*(\S+)\s*$/m.exec(text)?.[1];
    if (!name)
        throw new Error(`${file} has no name`);
    const main = /^main:\s*(\S+)\s*$/m.exec(text)?.[1] ?? ".";
    return { name, main };
}
//# sourceMappingURL=project.js.map
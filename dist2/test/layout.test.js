"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const ts = __importStar(require("typescript"));
const project_1 = require("./helpers/project");
// The rooms of provider/ and the one way down through them (README, "Layout"). Type imports count.
const PROVIDER = (0, node_path_1.join)(project_1.PROJECT_DIR, "provider");
function sources(dir) {
    return (0, node_fs_1.readdirSync)(dir).flatMap((name) => {
        const path = (0, node_path_1.join)(dir, name);
        if ((0, node_fs_1.statSync)(path).isDirectory())
            return sources(path);
        return path.endsWith(".ts") ? [path] : [];
    });
}
/** Each source file of provider/ (relative, without `.ts`) and the files of provider/ it imports. */
function importGraph() {
    const graph = new Map();
    for (const file of sources(PROVIDER)) {
        const { importedFiles } = ts.preProcessFile((0, node_fs_1.readFileSync)(file, "utf8"), true, true);
        const targets = importedFiles
            .map((ref) => ref.fileName)
            .filter((spec) => spec.startsWith("."))
            .map((spec) => {
            const base = (0, node_path_1.resolve)((0, node_path_1.dirname)(file), spec);
            const target = [`${base}.ts`, (0, node_path_1.join)(base, "index.ts")].find((candidate) => {
                try {
                    return (0, node_fs_1.statSync)(candidate).isFile();
                }
                catch {
                    return false;
                }
            });
            return (0, node_path_1.relative)(PROVIDER, target ?? base).replace(/\.ts$/, "");
        })
            // Outside the sources (the package's own package.json, read for its version) is no room.
            .filter((target) => !target.startsWith(".."));
        graph.set((0, node_path_1.relative)(PROVIDER, file).replace(/\.ts$/, ""), targets);
    }
    return graph;
}
/** The first import circle found, as the chain of files that closes it, or undefined. */
function findCircle(graph) {
    const state = new Map();
    const path = [];
    const visit = (node) => {
        if (state.get(node) === "done")
            return undefined;
        if (state.get(node) === "open")
            return [...path.slice(path.indexOf(node)), node];
        state.set(node, "open");
        path.push(node);
        for (const next of graph.get(node) ?? []) {
            const circle = visit(next);
            if (circle)
                return circle;
        }
        path.pop();
        state.set(node, "done");
        return undefined;
    };
    for (const node of graph.keys()) {
        const circle = visit(node);
        if (circle)
            return circle;
    }
    return undefined;
}
const room = (file) => (file.includes("/") ? file.slice(0, file.indexOf("/")) : "top");
/** Which rooms each room may import: down only. */
const ALLOWED = {
    api: ["api"],
    common: ["common", "api"],
    "s3-key": ["s3-key", "common", "api"],
    "access-key": ["access-key", "common", "api"],
    // The recover command, an entry point of its own (a bin), finds both kinds' keys.
    recover: ["recover", "common", "api"],
    top: ["s3-key", "access-key", "common", "api"],
};
describe("the layout of provider/", () => {
    const graph = importGraph();
    it("has no import circle, type imports included", () => {
        (0, chai_1.expect)(findCircle(graph), "an import circle").to.equal(undefined);
    });
    it("finds a circle when there is one (the check itself)", () => {
        const circular = new Map([
            ["a", ["b"]],
            ["b", ["c"]],
            ["c", ["a"]],
        ]);
        (0, chai_1.expect)(findCircle(circular)).to.deep.equal(["a", "b", "c", "a"]);
    });
    it("imports only downwards: api knows nothing above it, a resource's room never imports the other's", () => {
        const upward = [...graph].flatMap(([file, targets]) => targets.filter((target) => !ALLOWED[room(file)].includes(room(target))).map((target) => `${file} -> ${target}`));
        (0, chai_1.expect)(upward).to.deep.equal([]);
    });
    it("keeps only the package's entry points at the top", () => {
        const top = [...graph.keys()].filter((file) => room(file) === "top").sort();
        (0, chai_1.expect)(top).to.deep.equal(["index", "providers"]);
    });
    it("gives both resources' rooms the same set of files, named for their job", () => {
        const jobs = (kind) => [...graph.keys()]
            .filter((file) => room(file) === kind)
            .map((file) => file
            .slice(kind.length + 1)
            .replace(`${kind}-`, "<kind>-")
            .replace(kind, "<kind>"));
        const shared = ["index", "<kind>", "<kind>-provider", "<kind>-operations", "<kind>-inputs", "<kind>-diff"].concat([
            "<kind>-outputs",
            "<kind>-lookups",
            "<kind>-types",
        ]);
        (0, chai_1.expect)(jobs("s3-key")).to.include.members(shared);
        (0, chai_1.expect)(jobs("access-key")).to.include.members(shared);
    });
});
describe("the package's public declarations", () => {
    // A program with `skipLibCheck: false` and without `esModuleInterop` (the `pulumi new typescript`
    // tsconfig) cannot type-check zod's declarations: what the entry points declare must not reach them.
    const DIST = (0, node_path_1.join)(project_1.PROJECT_DIR, "dist");
    function reachable(entry) {
        const seen = new Map();
        const visit = (file) => {
            if (seen.has(file))
                return;
            const specs = ts.preProcessFile((0, node_fs_1.readFileSync)(file, "utf8"), true, true).importedFiles.map((r) => r.fileName);
            seen.set(file, specs);
            for (const spec of specs.filter((s) => s.startsWith("."))) {
                const base = (0, node_path_1.resolve)((0, node_path_1.dirname)(file), spec);
                const next = [`${base}.d.ts`, (0, node_path_1.join)(base, "index.d.ts")].find((candidate) => {
                    try {
                        return (0, node_fs_1.statSync)(candidate).isFile();
                    }
                    catch {
                        return false;
                    }
                });
                if (next !== undefined)
                    visit(next);
            }
        };
        visit(entry);
        return seen;
    }
    // (`pulumi-ionos-s3key/provider` is what the plugin host loads, not what programs import.)
    for (const entry of ["provider/index.d.ts", "emulator/index.d.ts"]) {
        it(`${entry} reaches no declaration that imports zod`, () => {
            const importing = [...reachable((0, node_path_1.join)(DIST, entry))]
                .filter(([, specs]) => specs.some((s) => s === "zod" || s.startsWith("zod/")))
                .map(([file]) => (0, node_path_1.relative)(DIST, file));
            (0, chai_1.expect)(importing).to.deep.equal([]);
        });
    }
});
describe("the emulator's rules are its own", () => {
    it("no file of emulator/ imports from provider/ (a mistake in the provider's rules would be mirrored, not caught)", () => {
        const emulator = (0, node_path_1.join)(project_1.PROJECT_DIR, "emulator");
        const reaching = sources(emulator).flatMap((file) => ts
            .preProcessFile((0, node_fs_1.readFileSync)(file, "utf8"), true, true)
            .importedFiles.map((ref) => ref.fileName)
            .filter((spec) => spec.startsWith(".") && (0, node_path_1.resolve)((0, node_path_1.dirname)(file), spec).startsWith(PROVIDER))
            .map((spec) => `${(0, node_path_1.relative)(project_1.PROJECT_DIR, file)} → ${spec}`));
        (0, chai_1.expect)(reaching).to.deep.equal([]);
    });
});
//# sourceMappingURL=layout.test.js.map
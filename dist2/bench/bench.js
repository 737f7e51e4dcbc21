#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// `npm run bench [-- --size small|full] [--only economy,access-keys,waits,peers,scale,cost]`: request
// economy, wait latency, two peers side by side (the official SDK, a Terraform-like schedule), scale
// under rate limits, and cost, against the emulator. Each section is a file of bench/. Prints the
// tables; a whole run (no `--only`) also writes them to bench/results/.
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_util_1 = require("node:util");
const bench_common_1 = require("./bench-common");
const cost_1 = require("./cost");
const economy_1 = require("./economy");
const peers_1 = require("./peers");
const scale_1 = require("./scale");
const waits_1 = require("./waits");
/** In the order they run (cost before scale, whose plugin hosts load the machine longest). */
const SECTIONS = [
    economy_1.economySection,
    economy_1.accessKeysSection,
    waits_1.waitsSection,
    peers_1.peersSection,
    cost_1.costSection,
    scale_1.scaleSection,
];
const NAMES = SECTIONS.map((section) => section.name);
async function main() {
    const { values } = (0, node_util_1.parseArgs)({ options: { size: { type: "string" }, only: { type: "string" } } });
    const size = (values.size ?? "full");
    if (!(size in bench_common_1.SIZES))
        throw new Error(`--size must be small or full, not "${values.size}"`);
    const only = values.only?.split(",").map((name) => name.trim()) ?? NAMES;
    const unknown = only.filter((name) => !NAMES.includes(name));
    if (unknown.length > 0)
        throw new Error(`--only takes ${["economy", "access-keys", "waits", "peers", "scale", "cost"].join(", ")}; not ${unknown.join(", ")}`);
    const out = [
        `# Benchmark (${size}), ${new Date().toISOString()}, Node ${process.version}, @pulumi/pulumi ${require("@pulumi/pulumi/package.json").version}`,
    ];
    const results = { size };
    for (const section of SECTIONS.filter((s) => only.includes(s.name))) {
        const measured = await section.run(size);
        Object.assign(results, measured.results);
        console.log(measured.lines.join("\n") + "\n");
        out.push("", ...measured.lines);
    }
    if (values.only !== undefined)
        return; // bench/results keeps whole runs only
    (0, node_fs_1.mkdirSync)((0, node_path_1.join)(bench_common_1.ROOT, "bench", "results"), { recursive: true });
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(bench_common_1.ROOT, "bench", "results", `bench-${size}.md`), out.join("\n") + "\n");
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(bench_common_1.ROOT, "bench", "results", `bench-${size}.json`), JSON.stringify(results, null, 2) + "\n");
}
main().then(() => process.exit(0), (error) => {
    console.error(error);
    process.exit(1);
});
//# sourceMappingURL=bench.js.map
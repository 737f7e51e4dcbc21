#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.performanceDoc = performanceDoc;
exports.formattedPerformanceDoc = formattedPerformanceDoc;
// docs/performance.md from bench/results/bench-full.md: the tables are the benchmark's own output,
// never copied by hand. `npm run docs:performance` writes it; `--check` says whether it is current.
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const ROOT = (0, node_path_1.resolve)(__dirname, "..", "..");
const RESULTS = (0, node_path_1.join)(ROOT, "bench", "results", "bench-full.md");
const DOC = (0, node_path_1.join)(ROOT, "docs", "performance.md");
const INTRO = `# Performance

\`npm run bench\` (full size, about 10 minutes; \`npm run bench -- --size small\` in under a minute,
which CI runs to show it works; \`--only economy,access-keys,waits,peers,scale,cost\` for some
sections) measures against the emulator and writes \`bench/results/bench-<size>.md\` and \`.json\`.
Everything below the line is \`bench/results/bench-full.md\` as the last full run wrote it
(\`npm run docs:performance\` regenerates this page; a test fails when it is stale).

What the sections measure:

- **Requests per operation**: what each operation sends, beside its floor (the writes it must make
  and one status poll each).
- **Wait slack**: from the emulator marking a request DONE to the operation returning, and the polls
  it took: for a process's first request of a kind (the fixed schedule, goal 15 % + 50 ms), after a
  few of the kind ("learned", goal 5 % + 50 ms), while IONOS's pace shifts (the third request of a
  new pace, goal 5 % + 50 ms at ≤ 4 polls), and for the first wait of the next run on the same
  machine (timings kept beside the journal), with a lifecycle's time over its floor (goal ≤ 1.15).
- **Peers**: one lifecycle beside IONOS's Node SDK and a Terraform-like schedule, in the same run.
- **Scale**: many keys through the real plugin host under a rate limit, against a bound computed from
  the floor; the plugin host's memory beside a provider that only sleeps.
- **Cost**: the serialized provider per resource, the packed tarball, the plugin host's start.
`;
/** The page for the benchmark's markdown. Pure. */
function performanceDoc(results) {
    const [title, ...rest] = results.trimEnd().split("\n");
    const measured = title.replace(/^# Benchmark \(full\), /, "Measured ");
    // A table needs a blank line after its heading to be read as one (and formatted alike every time).
    const body = rest.join("\n").replace(/^(#+ .*)\n(?=\|)/gm, "$1\n\n");
    return `${INTRO}\n---\n\n${measured}.\n${body}\n`;
}
/** The page as the repository keeps it: formatted by the prettier CLI with the project's settings. */
function formattedPerformanceDoc() {
    const run = (0, node_child_process_1.spawnSync)((0, node_path_1.join)(ROOT, "node_modules", ".bin", "prettier"), ["--stdin-filepath", DOC], {
        cwd: ROOT,
        input: performanceDoc((0, node_fs_1.readFileSync)(RESULTS, "utf8")),
        encoding: "utf8",
    });
    if (run.status !== 0)
        throw new Error(`prettier failed: ${run.stderr}`);
    return run.stdout;
}
if (require.main === module) {
    const doc = formattedPerformanceDoc();
    if (!process.argv.includes("--check"))
        (0, node_fs_1.writeFileSync)(DOC, doc);
    else if ((0, node_fs_1.readFileSync)(DOC, "utf8") !== doc) {
        console.error("docs/performance.md is not what bench/results/bench-full.md gives: run npm run docs:performance");
        process.exit(1);
    }
}
//# sourceMappingURL=performance-doc.js.map
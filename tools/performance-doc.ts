#!/usr/bin/env node
// docs/performance.md from bench/results/bench-full.md: the tables are the benchmark's own output,
// never copied by hand. `npm run docs:performance` writes it; `--check` says whether it is current.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const RESULTS = join(ROOT, "bench", "results", "bench-full.md");
const DOC = join(ROOT, "docs", "performance.md");

const INTRO = `# Performance

\`npm run bench\` (full size, about 10 minutes; \`npm run bench -- --size small\` in under a minute,
which CI runs to show it works; \`--only economy,access-keys,waits,peers,scale,cost\` for some
sections) measures against the emulator and writes \`bench/results/bench-<size>.md\` and \`.json\`.
Everything below the line is \`bench/results/bench-full.md\` as the last full run wrote it
(\`npm run docs:performance\` regenerates this page; a test fails when it is stale).

What the sections measure:

- **Requests per operation**: what each operation sends, beside its floor (the writes it must make
  and one status poll each).
- **Wait slack**, in real time (the emulator is a real HTTP server on the wall clock): from the
  emulator marking a request DONE to the create returning, and the polls it took, against the one
  schedule's promise of 15 % + 100 ms; and a lifecycle's time over its floor in a fresh process and
  right after a slow phase. Every wait follows one plain schedule (100 ms plus 15 % of the time
  waited, at most 5 s apart). Waits that learned where DONE lands, tried before, looked within 5 %
  on a simulated clock but overslept by 14–75 % in real time after IONOS's pace shifted: they were
  removed, with the file that kept them across runs.
- **Peers**: one lifecycle beside IONOS's Node SDK and a Terraform-like schedule, in the same run.
- **Scale**: many keys through the real plugin host under a rate limit, against a bound computed from
  the floor; the plugin host's memory beside a provider that only sleeps.
- **Cost**: the serialized provider per resource, the packed tarball, the plugin host's start.
`;

/** The page for the benchmark's markdown. Pure. */
export function performanceDoc(results: string): string {
  const [title, ...rest] = results.trimEnd().split("\n");
  const measured = title.replace(/^# Benchmark \(full\), /, "Measured ");
  // A table needs a blank line after its heading to be read as one (and formatted alike every time).
  const body = rest.join("\n").replace(/^(#+ .*)\n(?=\|)/gm, "$1\n\n");
  return `${INTRO}\n---\n\n${measured}.\n${body}\n`;
}

/** The page as the repository keeps it: formatted by the prettier CLI with the project's settings. */
export function formattedPerformanceDoc(): string {
  const run = spawnSync(join(ROOT, "node_modules", ".bin", "prettier"), ["--stdin-filepath", DOC], {
    cwd: ROOT,
    input: performanceDoc(readFileSync(RESULTS, "utf8")),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`prettier failed: ${run.stderr}`);
  return run.stdout;
}

if (require.main === module) {
  const doc = formattedPerformanceDoc();
  if (!process.argv.includes("--check")) writeFileSync(DOC, doc);
  else if (readFileSync(DOC, "utf8") !== doc) {
    console.error("docs/performance.md is not what bench/results/bench-full.md gives: run npm run docs:performance");
    process.exit(1);
  }
}

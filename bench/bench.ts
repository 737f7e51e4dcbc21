#!/usr/bin/env node
// `npm run bench [-- --size small|full] [--only economy,access-keys,waits,peers,scale,cost]`: request
// economy, wait latency, two peers side by side (the official SDK, a Terraform-like schedule), scale
// under rate limits, and cost, against the emulator. Each section is a file of bench/. Prints the
// tables; a whole run (no `--only`) also writes them to bench/results/.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT, SIZES, type BenchSection, type Size } from "./bench-common";
import { costSection } from "./cost";
import { accessKeysSection, economySection } from "./economy";
import { peersSection } from "./peers";
import { scaleSection } from "./scale";
import { waitsSection } from "./waits";

/** In the order they run (cost before scale, whose plugin hosts load the machine longest). */
const SECTIONS: readonly BenchSection[] = [
  economySection,
  accessKeysSection,
  waitsSection,
  peersSection,
  costSection,
  scaleSection,
];
const NAMES = SECTIONS.map((section) => section.name);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: "string" }, only: { type: "string" } } });
  const size = (values.size ?? "full") as Size;
  if (!(size in SIZES)) throw new Error(`--size must be small or full, not "${values.size}"`);
  const only = values.only?.split(",").map((name) => name.trim()) ?? NAMES;
  const unknown = only.filter((name) => !NAMES.includes(name));
  if (unknown.length > 0)
    throw new Error(
      `--only takes ${["economy", "access-keys", "waits", "peers", "scale", "cost"].join(", ")}; not ${unknown.join(", ")}`,
    );

  const out = [
    `# Benchmark (${size}), ${new Date().toISOString()}, Node ${process.version}, @pulumi/pulumi ${require("@pulumi/pulumi/package.json").version}`,
  ];
  const results: Record<string, unknown> = { size };
  for (const section of SECTIONS.filter((s) => only.includes(s.name))) {
    const measured = await section.run(size);
    Object.assign(results, measured.results);
    console.log(measured.lines.join("\n") + "\n");
    out.push("", ...measured.lines);
  }
  if (values.only !== undefined) return; // bench/results keeps whole runs only
  mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results", `bench-${size}.md`), out.join("\n") + "\n");
  writeFileSync(join(ROOT, "bench", "results", `bench-${size}.json`), JSON.stringify(results, null, 2) + "\n");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

// `npm run schema`: writes what is derived from the resources' declarations (common/descriptor.ts):
// schema.json (the plugin's schema, which the SDKs in sdk/ are generated from), each resource's public
// TypeScript types, and the README's table of S3Key's inputs and outputs.
// test/plugin-schema.test.ts fails when a committed file and the declarations disagree.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PACKAGE_VERSION } from "../provider/api/user-agent";
import { pluginSchema } from "../provider/plugin/schema";
import { S3KEY } from "../provider/s3-key/s3-key-descriptor";
import { PUBLIC_TYPES, publicTypes, readmeTable, readmeTableMarker } from "./public-types";

const ROOT = resolve(__dirname, "..", "..");

/** `text` as the repository keeps a file at `path`: formatted by the prettier CLI with the project's settings. */
function formatted(path: string, text: string): string {
  const run = spawnSync(join(ROOT, "node_modules", ".bin", "prettier"), ["--stdin-filepath", path], {
    cwd: ROOT,
    input: text,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`prettier failed on ${path}: ${run.stderr}`);
  return run.stdout;
}

/** The schema as schema.json holds it. */
export const schemaText = (): string => `${JSON.stringify(pluginSchema(PACKAGE_VERSION), null, 2)}\n`;

/** The README with S3Key's table written from its declaration (the table after its marker line). */
export function readmeText(readme: string): string {
  const lines = readme.split("\n");
  const at = lines.indexOf(readmeTableMarker(S3KEY));
  if (at < 0) throw new Error(`README.md has no line "${readmeTableMarker(S3KEY)}" before the table to write`);
  let end = at + 1;
  while (end < lines.length && lines[end] === "") end++;
  while (end < lines.length && lines[end].startsWith("|")) end++;
  const table = formatted(join(ROOT, "README.md"), readmeTable(S3KEY)).trimEnd();
  return [...lines.slice(0, at + 1), "", table, ...lines.slice(end)].join("\n");
}

/** Every derived file: its path in the repository and the text it must hold. */
export function derivedFiles(): Array<{ path: string; text: string }> {
  return [
    { path: "schema.json", text: schemaText() },
    ...PUBLIC_TYPES.map(({ resource, declaredIn, path }) => ({
      path,
      text: formatted(join(ROOT, path), publicTypes(resource, declaredIn)),
    })),
    { path: "README.md", text: readmeText(readFileSync(join(ROOT, "README.md"), "utf8")) },
  ];
}

if (require.main === module) {
  for (const { path, text } of derivedFiles()) {
    writeFileSync(join(ROOT, path), text);
    console.log(path);
  }
}

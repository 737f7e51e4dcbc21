import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The two fields of Pulumi.yaml the driver needs; the file is simple enough to read by line. */
export function readProject(projectDir: string): { name: string; main: string } {
  const file = join(projectDir, "Pulumi.yaml");
  if (!existsSync(file)) throw new Error(`no Pulumi.yaml in ${projectDir}: pass --cwd with a Pulumi project directory`);
  const text = readFileSync(file, "utf8");
  const name = /^name:\s*(\S+)\s*$/m.exec(text)?.[1];
  if (!name) throw new Error(`${file} has no name`);
  const main = /^main:\s*(\S+)\s*$/m.exec(text)?.[1] ?? ".";
  return { name, main };
}

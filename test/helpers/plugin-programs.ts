import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPlugin } from "../../tools/build-plugin";

// Programs in the languages the resource plugin serves, laid out as `pulumi new` lays them out.

export type PluginProgramKind = "yaml" | "go" | "python";

/** The Go module of the generated SDK in this checkout (sdk/go), and the Go SDK version programs use. */
export const GO_SDK_MODULE = "github.com/pulumi-ionos-s3key/pulumi-ionos-s3key/sdk/go";
export const GO_PULUMI_SDK = "v3.274.1";
const REPOSITORY = join(__dirname, "..", "..", "..");

/**
 * Writes a program: for YAML, `program` is the whole Pulumi.yaml; for Python, `__main__.py` beside a
 * Pulumi.yaml (the interpreter, with the SDKs, is `PULUMI_PYTHON_CMD`: see `pythonCommand`); for Go,
 * main.go, beside a Pulumi.yaml and a go.mod that takes the generated SDK from this checkout.
 */
export function writePluginProgram(dir: string, kind: PluginProgramKind, program: string): void {
  if (kind === "yaml") return writeFileSync(join(dir, "Pulumi.yaml"), program);
  if (kind === "python") {
    writeFileSync(join(dir, "Pulumi.yaml"), "name: cli-python\nruntime: python\n");
    return writeFileSync(join(dir, "__main__.py"), program);
  }
  writeFileSync(join(dir, "Pulumi.yaml"), "name: cli-go\nruntime: go\n");
  writeFileSync(join(dir, "main.go"), program);
  writeFileSync(
    join(dir, "go.mod"),
    `module cli-go\n\ngo 1.26\n\nrequire (\n\tgithub.com/pulumi/pulumi/sdk/v3 ${GO_PULUMI_SDK}\n\t${GO_SDK_MODULE} v0.0.0\n)\n\nreplace ${GO_SDK_MODULE} => ${join(REPOSITORY, "sdk", "go")}\n`,
  );
}

let python: string | undefined;
/**
 * The Python interpreter programs run on (`PULUMI_PYTHON_CMD`): as given, else what
 * scripts/python-env.sh prepares (Pulumi's Python SDK and the generated sdk/python, offline).
 */
export function pythonCommand(): string {
  python ??=
    process.env.PULUMI_PYTHON_CMD ||
    execFileSync("bash", [join(REPOSITORY, "scripts", "python-env.sh")], { encoding: "utf8" })
      .trim()
      .split("\n")
      .pop()!;
  return python;
}

let tarball: string | undefined;
/** The plugin's linux-amd64 tarball, built once per process by `npm run plugin`'s code into a temporary directory. */
export function pluginTarball(): string {
  tarball ??= buildPlugin(mkdtempSync(join(tmpdir(), "ionos-s3key-plugin-")))["linux-amd64"];
  return tarball;
}

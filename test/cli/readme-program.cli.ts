import { expect } from "chai";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { PROJECT_DIR } from "../helpers/project";
import { CliProject } from "../helpers/pulumi-cli";

/** The fenced blocks of the README's "A complete program" section, in order, with their languages. */
function completeProgram(): { lang: string; text: string }[] {
  const readme = readFileSync(join(PROJECT_DIR, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("A complete program"));
  expect(section, "the README's 'A complete program' section").to.not.equal(undefined);
  return [...section!.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, lang, text]) => ({ lang, text }));
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// A newcomer's first program: the README's files and commands as written, under the real CLI, with
// the emulator the README starts (on a free port instead of 4010, which another process may hold).
// Its dependencies are the ones its package.json names, installed from the packed tarball.
describe("the README's complete program, followed as written, under the real pulumi CLI", function () {
  this.timeout(600_000);
  let emulator: Emulator; // the CliProject's default settings point here; the README's commands replace them
  before(async () => (emulator = await startEmulator()));
  after(() => emulator.close());

  it("its four files compile and its emulator commands start one: up makes the key, destroy removes it", async () => {
    const blocks = completeProgram();
    expect(blocks.map((b) => b.lang)).to.deep.equal(["yaml", "json", "json", "ts", "sh", "sh"]);
    const [pulumiYaml, manifest, tsconfig, index, , withEmulator] = blocks.map((b) => b.text);
    const p = new CliProject("typescript", emulator, index);
    const installed = JSON.parse(readFileSync(join(p.dir, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const named = JSON.parse(manifest) as {
      main: string;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(Object.keys({ ...named.dependencies, ...named.devDependencies }).sort()).to.deep.equal(
      Object.keys(installed.dependencies).sort(),
    );
    writeFileSync(join(p.dir, "Pulumi.yaml"), pulumiYaml);
    writeFileSync(join(p.dir, "package.json"), manifest);
    writeFileSync(join(p.dir, "tsconfig.json"), tsconfig);
    expect(named.main).to.equal("index.ts");

    const port = String(await freePort());
    const script = withEmulator.replaceAll("4010", port);
    expect(script).to.contain("./node_modules/.bin/ionos-emulator").and.contain("--print-env").and.contain("pulumi up");
    // The README's settings only: none of the test's own.
    // PULUMI_SKIP_CONFIRMATIONS: what a terminal's "yes" is to `pulumi up` and `destroy` without one.
    p.env = { IONOS_API_URL: undefined, IONOS_TOKEN: undefined, PULUMI_SKIP_CONFIRMATIONS: "true" };
    const run = await p.exec("bash", [
      "-euc",
      `${script}\npulumi stack export --file state.json\npulumi destroy\nkill %1\n`,
    ]);
    expect(run.code, run.output).to.equal(0);
    expect(run.output).to.match(/IONOS emulator listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(run.output).to.match(/\+ +2 created/);
    expect(run.output).to.match(/secretKey +: \[secret\]/);
    const state = JSON.parse(readFileSync(join(p.dir, "state.json"), "utf8")) as {
      deployment: { resources: { type: string; id?: string }[] };
    };
    const keys = state.deployment.resources.filter((r) => r.type === "pulumi-nodejs:dynamic/ionos:S3Key");
    expect(keys, "one key in the state").to.have.length(1);
    expect(run.output).to.match(/- +2 deleted/);
  });
});

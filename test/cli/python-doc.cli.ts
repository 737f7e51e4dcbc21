import { expect } from "chai";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { PROJECT_DIR } from "../helpers/project";
import { CliProject } from "../helpers/pulumi-cli";
import { pluginTarball, pythonCommand } from "../helpers/plugin-programs";
import { PACKAGE_VERSION } from "../../provider/api/user-agent";

/** The fenced blocks of a section of docs/languages/python.md, in order, with their languages. */
function blocksOf(title: string): { lang: string; text: string }[] {
  const doc = readFileSync(join(PROJECT_DIR, "docs", "languages", "python.md"), "utf8");
  const section = doc.split(/^## /m).find((s) => s.startsWith(title));
  expect(section, `the section "${title}"`).to.not.equal(undefined);
  return [...section!.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, lang, text]) => ({ lang, text }));
}

const USER = "e3a00002-1466-11e7-87d3-d7bb7dac0087";
const OTHER_USER = "e3a00003-1466-11e7-87d3-d7bb7dac0087";
const OTHER_TOKEN = "second-contract-token";
const OTHER_CONTRACT = 31000777;

// A Python user's first program: the doc's Pulumi.yaml, __main__.py and commands as written, under the
// real CLI and its Python language host, against one emulator with two contracts behind one endpoint
// (as IONOS's accounts share api.ionos.com). The doc's `pip install` needs PyPI, which is not reachable
// here: scripts/python-env.sh prepares the same two SDKs offline, as the doc says.
describe("docs/languages/python.md, followed as written, under the real pulumi CLI", function () {
  this.timeout(600_000);
  let emulator: Emulator;
  before(
    async () =>
      (emulator = await startEmulator({
        requestDelayMs: 20,
        accounts: [{ token: OTHER_TOKEN, contractNumber: OTHER_CONTRACT }],
      })),
  );
  after(() => emulator.close());

  it("installs the SDKs and the plugin it names; its program makes each key on its own account, secrets secret; destroy leaves none", async () => {
    const install = blocksOf("Install");
    expect(install.map((b) => b.lang)).to.deep.equal(["sh", "yaml"]);
    const [steps, pulumiYaml] = install.map((b) => b.text);
    expect(steps)
      .to.contain("python3 -m venv venv")
      .and.contain("venv/bin/pip install pulumi ./pulumi-ionos-s3key/sdk/python");
    const pluginLine = /^pulumi plugin install resource ionos-s3key (\S+) --file (\S+)$/m.exec(steps);
    expect(pluginLine?.[1], "the plugin version the doc installs").to.equal(PACKAGE_VERSION);
    expect(pluginLine?.[2]).to.equal(`pulumi-resource-ionos-s3key-v${PACKAGE_VERSION}-linux-amd64.tar.gz`);

    const program = blocksOf("A complete program");
    expect(program.map((b) => b.lang)).to.deep.equal(["python", "sh"]);
    const [main, commands] = program.map((b) => b.text);
    const p = new CliProject("python", emulator, main);
    writeFileSync(join(p.dir, "Pulumi.yaml"), pulumiYaml);
    // The doc's settings only, and the endpoints of the emulator instead of api.ionos.com.
    p.env = {
      PULUMI_PYTHON_CMD: pythonCommand(),
      IONOS_TOKEN: undefined,
      IONOS_API_URL: emulator.url,
      IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: emulator.objectStorageUrl,
      IONOS_CREATE_JOURNAL: join(p.home, "journal"),
      PULUMI_SKIP_CONFIRMATIONS: "true",
    };
    await p.ok(pluginLine![0].split(" ").slice(1, -1).concat(pluginTarball()));
    const script = commands
      .replace("<the IONOS user's UUID>", USER)
      .replace("<a user of the second contract>", OTHER_USER)
      .replace("<your IONOS token>", emulator.options.token)
      .replace("<the second contract's token>", OTHER_TOKEN);
    expect(script, "every placeholder filled").to.not.match(/<[^>]+>/);
    const run = await p.exec("bash", ["-euc", `${script}\npulumi stack export --file state.json\n`]);
    expect(run.code, run.output).to.equal(0);
    expect(run.output, "the language host beside the CLI, not one from PATH").to.not.match(
      /using pulumi-language-python from/,
    );
    expect(run.output).to.match(/secretKey +: \[secret\]/);
    expect(run.output).to.match(/keyCount +: \[secret\]/);
    const count = await p.ok(["stack", "output", "keyCount", "--show-secrets"]);
    p.transcript.pop(); // asked for with --show-secrets
    expect(count.stdout.trim(), "the lookup ran after the key it lists was made").to.equal("1");

    const [own] = emulator.keys(USER);
    const [other] = emulator.keys(OTHER_USER);
    expect(emulator.keys(USER), "one key for the user").to.have.length(1);
    expect(emulator.keys(OTHER_USER), "one key on the second contract").to.have.length(1);
    expect(
      emulator.contractKeys(OTHER_CONTRACT).map((k) => k.id),
      "made through the second contract's token",
    ).to.deep.equal([other.id]);
    expect(emulator.accessKeys().filter((k) => k.goneAt === undefined)).to.have.length(1);
    const state = readFileSync(join(p.dir, "state.json"), "utf8");
    expect(state).to.not.contain(own.secretKey).and.not.contain(other.secretKey);
    expect(state).to.not.contain(emulator.options.token).and.not.contain(OTHER_TOKEN);
    const keys = (
      JSON.parse(state) as { deployment: { resources: { type: string; id?: string }[] } }
    ).deployment.resources
      .filter((r) => r.type === "ionos-s3key:index:S3Key")
      .map((r) => r.id)
      .sort();
    expect(keys, "the state holds both keys").to.deep.equal([own.id, other.id].sort());

    await p.ok(["destroy"]);
    expect(emulator.keys(USER)).to.deep.equal([]);
    expect(emulator.keys(OTHER_USER)).to.deep.equal([]);
    expect(emulator.accessKeys().filter((k) => k.goneAt === undefined)).to.deep.equal([]);
    for (const text of p.transcript) expect(text).to.not.contain(own.secretKey).and.not.contain(other.secretKey);
  });
});

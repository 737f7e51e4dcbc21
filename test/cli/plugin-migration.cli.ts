import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { writesSince } from "../helpers/emulator";
import { PROJECT_DIR } from "../helpers/project";
import { CliProject } from "../helpers/pulumi-cli";
import { pluginTarball } from "../helpers/plugin-programs";
import { PACKAGE_VERSION } from "../../provider/api/user-agent";

/** The fenced blocks of docs/plugin.md's section on moving from the dynamic S3Key, in order. */
function migrationSteps(): { lang: string; text: string }[] {
  const doc = readFileSync(join(PROJECT_DIR, "docs", "plugin.md"), "utf8");
  const section = doc.split(/^## /m).find((s) => s.startsWith("Moving a stack from the dynamic S3Key"));
  expect(section, "docs/plugin.md's section on moving from the dynamic S3Key").to.not.equal(undefined);
  return [...section!.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, lang, text]) => ({ lang, text }));
}

// A stack moves from the dynamic S3Key and AccessKey to the plugin's, as docs/plugin.md tells it,
// under the real CLI: its programs and commands as written. No key is made or deleted, a key with
// keepers keeps its id, an access key keeps its secret.

const USER = "e3a00002-1466-11e7-87d3-d7bb7dac0087";

describe("moving a stack from the dynamic S3Key to the plugin's, as docs/plugin.md says, under the real pulumi CLI", function () {
  this.timeout(300_000);
  let emulator: Emulator;
  before(async () => (emulator = await startEmulator({ requestDelayMs: 20 })));
  after(async () => emulator.close());

  it("keeps every key and secret: no POST, PUT or DELETE, the same ids, keepers kept, later changes through the plugin", async () => {
    const steps = migrationSteps();
    expect(steps.map((b) => b.lang)).to.deep.equal(["js", "js", "sh"]);
    const [before, afterMove, commands] = steps.map((b) => b.text);
    const p = new CliProject("javascript", emulator, before);
    p.env = { ...p.env, IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: emulator.objectStorageUrl };
    await p.ok(["plugin", "install", "resource", "ionos-s3key", PACKAGE_VERSION, "--file", pluginTarball()]);
    await p.init({ userId: USER });
    await p.ok(["up"]);
    const [keyId] = emulator.keys(USER).map((k) => k.id);
    const [access] = emulator.accessKeys().map((k) => ({ id: k.id, secret: k.secretKey }));
    const from = emulator.log.length;

    p.writeProgram(afterMove);
    const lines = commands
      .split("\n")
      .map((line) => line.replace(/#.*$/, "").trim())
      .filter((line) => line !== "");
    expect(lines).to.deep.equal(["pulumi preview --diff", "pulumi up"]);
    for (const line of lines) {
      const run = await p.ok(line.split(/\s+/).slice(1));
      expect(run.stdout, line).to.not.match(
        /to create|to update|to replace|to delete|created|updated|replaced|deleted/,
      );
    }
    expect(writesSince(emulator, from), "no key made, changed or deleted").to.deep.equal([]);

    const s3 = await p.stateKeys("S3Key");
    const accessKeys = await p.stateKeys("AccessKey");
    expect(s3.map((k) => [k.urn.split("::")[2], k.id])).to.deep.equal([["ionos-s3key:index:S3Key", keyId]]);
    expect(accessKeys.map((k) => [k.urn.split("::")[2], k.id])).to.deep.equal([
      ["ionos-s3key:index:AccessKey", access.id],
    ]);
    expect(s3[0].outputs.keepers, "keepers kept").to.deep.equal({ rotation: "1" });
    expect(
      emulator.accessKeys().map((k) => k.secretKey),
      "the access key's secret is not renewed",
    ).to.deep.equal([access.secret]);
    await p.ok(["preview", "--expect-no-changes"]);

    // Later changes go through the plugin: a keepers rotation makes one new key and deletes the old one.
    p.writeProgram(afterMove.replace('rotation: "1"', 'rotation: "2"'));
    await p.ok(["up"]);
    const rotated = emulator.keys(USER).map((k) => k.id);
    expect(rotated).to.have.length(1);
    expect(rotated[0]).to.not.equal(keyId);
    await p.ok(["destroy"]);
    expect(emulator.keys(USER)).to.deep.equal([]);
    expect(emulator.accessKeys().filter((k) => k.goneAt === undefined)).to.deep.equal([]);
  });
});

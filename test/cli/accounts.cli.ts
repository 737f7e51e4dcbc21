import { expect } from "chai";
import { startEmulator, type Emulator } from "../../emulator";
import { writesSince } from "../helpers/emulator";
import { CliProject, keysMatchState } from "../helpers/pulumi-cli";
import { pluginTarball } from "../helpers/plugin-programs";
import { PACKAGE_VERSION } from "../../provider/api/user-agent";

// A key's account is part of its identity, under the real CLI. Every IONOS account reaches the same
// endpoint and differs only by its token: a key whose provider now reaches another contract must
// fail the preview naming both accounts, never plan "no change", drop the key on refresh, or report
// it deleted. After every scenario the keys on each account equal the resources in the state.

const USER = "acc00001-1466-11e7-87d3-d7bb7dac0087";
const A = 31000101;
const B = 31000102;
const TOKEN_B = "token-of-contract-b";
const TOKEN_A2 = "second-token-of-contract-a";

/** Keys `moving` (S3Key) and `access` (AccessKey), each on the default provider or on `staging` (contract B's token). */
const yamlProgram = (endpoint: string, staged: { s3?: boolean; access?: boolean } = {}) => `name: cli-accounts
runtime: yaml
config:
  userId:
    type: string
resources:
  staging:
    type: pulumi:providers:ionos-s3key
    properties:
      endpoint: ${endpoint}
      objectStorageEndpoint: ${endpoint}
      token: ${TOKEN_B}
  moving:
    type: ionos-s3key:index:S3Key
    properties:
      userId: \${userId}
${staged.s3 ? "    options:\n      provider: ${staging}\n" : ""}  access:
    type: ionos-s3key:index:AccessKey
${staged.access ? "    options:\n      provider: ${staging}\n" : ""}outputs:
  keyId: \${moving.id}
`;

describe("a key's account under the real CLI: a YAML program moved between contracts on one endpoint", function () {
  this.timeout(300_000);
  let emulator: Emulator;
  let p: CliProject;
  const keysOf = (contract: number) => emulator.contractKeys(contract).map((k) => k.id);
  const accessKeysOf = (contract: number) =>
    emulator
      .accessKeys(contract)
      .filter((k) => k.goneAt === undefined)
      .map((k) => k.id);

  /** The keys on every account equal the resources in the state. */
  async function cloudMatchesState(): Promise<void> {
    await keysMatchState(p, emulator, [A, B]);
    const access = (await p.stateKeys("AccessKey")).map((k) => k.id).sort();
    expect([...accessKeysOf(A), ...accessKeysOf(B)].sort(), "access keys = the state's").to.deep.equal(access);
  }

  before(async () => {
    emulator = await startEmulator({
      requestDelayMs: 20,
      contractNumber: A,
      accounts: [
        { token: TOKEN_B, contractNumber: B },
        { token: TOKEN_A2, contractNumber: A },
      ],
    });
    p = new CliProject("yaml", emulator, yamlProgram(emulator.url));
    p.env = { IONOS_CREATE_JOURNAL: `${p.home}/journal` };
    await p.ok(["plugin", "install", "resource", "ionos-s3key", PACKAGE_VERSION, "--file", pluginTarball()]);
    await p.init({
      userId: USER,
      "ionos-s3key:endpoint": emulator.url,
      "ionos-s3key:objectStorageEndpoint": emulator.objectStorageUrl,
    });
    await p.ok(["config", "set", "--secret", "ionos-s3key:token", emulator.options.token]);
    await p.ok(["up"]);
    expect(keysOf(A)).to.have.length(1);
    expect(accessKeysOf(A)).to.have.length(1);
    await cloudMatchesState();
  });
  after(async () => {
    const secrets = emulator.keys(USER).map((k) => k.secretKey);
    for (const text of p?.transcript ?? []) for (const s of secrets) expect(text).to.not.contain(s);
    await emulator?.close();
  });

  for (const moved of ["s3", "access"] as const)
    it(`fails the preview and the up naming both accounts when ${moved === "s3" ? "the S3Key" : "the AccessKey"} moves to an explicit provider of another contract`, async () => {
      const what = moved === "s3" ? `key ${keysOf(A)[0]}` : `access key ${accessKeysOf(A)[0]}`;
      const path = moved === "s3" ? "/cloudapi/v6" : "";
      p.writeProgram(yamlProgram(emulator.url, { [moved]: true }));
      const from = emulator.log.length;
      for (const command of [["preview"], ["up"]]) {
        const run = await p.pulumi(command);
        expect(run.code, run.output).to.not.equal(0);
        expect(run.output, run.output).to.contain(
          `${what} lives in contract ${A} at ${emulator.url}${path}, but provider "staging" now reaches contract ${B} at ${emulator.url}${path}`,
        );
      }
      expect(writesSince(emulator, from), "nothing written").to.deep.equal([]);
      await cloudMatchesState();
    });

  it("plans no change once the keys are back on their own provider", async () => {
    p.writeProgram(yamlProgram(emulator.url));
    await p.ok(["preview", "--expect-no-changes"]);
  });

  it("fails a preview and an up when the default provider's token now acts for another contract; a refresh after drops nothing", async () => {
    await p.ok(["config", "set", "--secret", "ionos-s3key:token", TOKEN_B]);
    for (const command of [["preview"], ["up"]]) {
      const run = await p.pulumi(command);
      expect(run.code, run.output).to.not.equal(0);
      expect(run.output).to.contain(`lives in contract ${A}`).and.contain(`now reaches contract ${B}`);
    }
    // The refresh reads through the provider the state records: it either still reaches contract A
    // (no change) or fails naming both accounts; it never drops a key as gone.
    const refresh = await p.pulumi(["refresh"]);
    if (refresh.code !== 0) expect(refresh.output).to.contain(`lives in contract ${A}`);
    expect(await p.stateKeys("S3Key")).to.have.length(1);
    expect(await p.stateKeys("AccessKey")).to.have.length(1);
    await cloudMatchesState();
  });

  it("changes nothing for a new token of the same contract: preview and refresh plan no change", async () => {
    await p.ok(["config", "set", "--secret", "ionos-s3key:token", TOKEN_A2]);
    await p.ok(["refresh"]);
    await p.ok(["preview", "--expect-no-changes"]);
    await cloudMatchesState();
  });

  it("a key switched off outside, over the emulator's HTTP API as a user would: refresh records it, and preview --diff shows the real old value", async () => {
    const [keyId] = keysOf(A);
    const put = await fetch(`${emulator.url}/cloudapi/v6/um/users/${USER}/s3keys/${keyId}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${emulator.options.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ properties: { active: false } }),
    });
    expect(put.status).to.equal(202);
    await p.ok(["refresh"]);
    const preview = await p.ok(["preview", "--diff"]);
    expect(preview.stdout).to.match(/~ active\s*: false => true/);
    expect(preview.stdout).to.not.match(/active\s*: true => true|createToken|identity|\baccount\s*:/);
    await p.ok(["up"]);
    expect(emulator.contractKeys(A).map((k) => [k.id, k.active])).to.deep.equal([[keyId, true]]);
  });

  it("refuses `pulumi import` of a key the stack holds, naming the holder; nothing is written to the state", async () => {
    const [keyId] = keysOf(A);
    const before = await p.exportState();
    const run = await p.pulumi(["import", "ionos-s3key:index:S3Key", "other", `${USER}/${keyId}`, "--yes"]);
    expect(run.code, run.output).to.not.equal(0);
    expect(run.output).to.contain(
      `key ${keyId} is already held by urn:pulumi:dev::cli-accounts::ionos-s3key:index:S3Key::moving in this stack`,
    );
    expect(JSON.parse(await p.exportState()).deployment.resources).to.deep.equal(
      JSON.parse(before).deployment.resources,
    );
    await cloudMatchesState();
  });

  it("refuses a second adopter of one key on another provider instance (another plugin process): one owner", async () => {
    const made = await fetch(`${emulator.url}/cloudapi/v6/um/users/${USER}/s3keys`, {
      method: "POST",
      headers: { Authorization: `Bearer ${emulator.options.token}` },
    });
    const outside = ((await made.json()) as { id: string }).id;
    const adopters = ["one", "two"]
      .map(
        (n) => `  p-${n}:
    type: pulumi:providers:ionos-s3key
    properties:
      endpoint: ${emulator.url}
      token: ${TOKEN_A2}
  adopter-${n}:
    type: ionos-s3key:index:S3Key
    properties:
      userId: \${userId}
      adoptKeyId: ${outside}
    options:
      provider: \${p-${n}}
`,
      )
      .join("");
    p.writeProgram(yamlProgram(emulator.url).replace("outputs:\n", `${adopters}outputs:\n`));
    const run = await p.pulumi(["up"]);
    expect(run.code, run.output).to.not.equal(0);
    expect(run.output).to.match(new RegExp(`key ${outside} is already held by \\S+::adopter-(one|two) in this stack`));
    const holders = (await p.stateKeys("S3Key")).filter((k) => k.id === outside);
    expect(holders, "the key is held once").to.have.length(1);
    await cloudMatchesState();
    p.writeProgram(yamlProgram(emulator.url));
    await p.ok(["up"]); // the adopter is removed: it owned the key, so the key goes with it
    expect(keysOf(A)).to.not.include(outside);
    await cloudMatchesState();
  });

  it("destroys every key, leaving none on either contract", async () => {
    await p.ok(["destroy"]);
    expect(keysOf(A)).to.deep.equal([]);
    expect(keysOf(B)).to.deep.equal([]);
    expect(accessKeysOf(A)).to.deep.equal([]);
    expect(accessKeysOf(B)).to.deep.equal([]);
  });
});

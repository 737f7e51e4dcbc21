import { expect } from "chai";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { writesSince } from "../helpers/emulator";
import { CliProject, keysMatchState, upKilledAfterPost } from "../helpers/pulumi-cli";
import { pluginTarball } from "../helpers/plugin-programs";
import { PACKAGE_VERSION } from "../../provider/api/user-agent";

// One owner and recover through explicit providers only, in YAML, under the real CLI: no IONOS_*
// variable reaches any process, the keys live in contract B behind the same endpoint as contract A.
// After every step the keys on both contracts equal the state's.

const USER = "acc00002-1466-11e7-87d3-d7bb7dac0087";
const A = 31000201;
const B = 31000202;
const TOKEN_B = "token-of-contract-b-recover";

const program = (endpoint: string, importing?: string) => `name: cli-owner
runtime: yaml
config:
  userId:
    type: string
  rotation:
    type: string
resources:
  staging:
    type: pulumi:providers:ionos-s3key
    properties:
      endpoint: ${endpoint}
      token: ${TOKEN_B}
  k:
    type: ionos-s3key:index:S3Key
    properties:
      userId: \${userId}
      keepers:
        rotation: \${rotation}
    options:
      provider: \${staging}
${
  importing === undefined
    ? ""
    : `  other:
    type: ionos-s3key:index:S3Key
    properties:
      userId: \${userId}
    options:
      provider: \${staging}
      import: ${importing}
`
}outputs:
  keyId: \${k.id}
`;

describe("one owner and recover through explicit providers only, a YAML program under the real CLI", function () {
  this.timeout(300_000);
  let emulator: Emulator;
  let p: CliProject;
  const keysOf = (contract: number) => emulator.contractKeys(contract).map((k) => k.id);

  const cloudMatchesState = () => keysMatchState(p, emulator, [A, B]);

  before(async () => {
    emulator = await startEmulator({
      requestDelayMs: 20,
      contractNumber: A,
      accounts: [{ token: TOKEN_B, contractNumber: B }],
    });
    p = new CliProject("yaml", emulator, program(emulator.url));
    // Only the explicit provider's own properties configure anything: no IONOS_* variable is set.
    p.env = { IONOS_CREATE_JOURNAL: `${p.home}/journal` };
    await p.ok(["plugin", "install", "resource", "ionos-s3key", PACKAGE_VERSION, "--file", pluginTarball()]);
    await p.init({ userId: USER, rotation: "1" });
  });
  after(async () => {
    for (const text of p?.transcript ?? [])
      for (const k of emulator.keys(USER)) expect(text).to.not.contain(k.secretKey);
    await emulator?.close();
  });

  it("kill → cancel → up → rotation → recover → up: recover clears what the up resolved, one live key, held by the state", async () => {
    await upKilledAfterPost(p, emulator);
    await p.ok(["cancel", "--yes"]);
    const afterKill = emulator.log.length;
    await p.ok(["up"]);
    expect(
      writesSince(emulator, afterKill).filter((w) => w.startsWith("POST")),
      "the journal adopted the cut-off create's key",
    ).to.deep.equal([]);
    expect(keysOf(B)).to.have.length(1);
    expect(await p.exportState(), "the engine keeps the pending create").to.contain('"pending_operations"');

    await p.ok(["config", "set", "rotation", "2"]);
    await p.ok(["up"]);
    const [live] = keysOf(B);
    expect(keysOf(B)).to.have.length(1);

    const plugin = join(p.home, "plugins", `resource-ionos-s3key-v${PACKAGE_VERSION}`, "pulumi-resource-ionos-s3key");
    const recovered = await p.exec(plugin, ["recover"]);
    expect(recovered.code, recovered.output).to.equal(0);
    // The up resolved it (its key is held, or was rotated away since): cleared, nothing imported.
    expect(recovered.stdout, recovered.stdout).to.match(
      /an update already resolved it|which is deleted since: nothing to import|is already held by/,
    );
    expect(recovered.stdout).to.contain("0 key(s) taken into the state, 1 pending create(s) cleared, 0 left.");
    expect(await p.exportState()).to.not.contain('"creating"');
    await p.ok(["preview", "--expect-no-changes"]);
    await p.ok(["up"]);
    expect(keysOf(B), "the live key kept").to.deep.equal([live]);
    expect(keysOf(A)).to.deep.equal([]);
    await cloudMatchesState();
    const preview = await p.ok(["preview", "--diff"]);
    expect(preview.stdout).to.not.contain("createToken");
  });

  it("refuses the import option of a key another resource of the stack holds, naming it; nothing written", async () => {
    const [held] = keysOf(B);
    p.writeProgram(program(emulator.url, `${USER}/${held}`));
    const from = emulator.log.length;
    const run = await p.pulumi(["up"]);
    expect(run.code, run.output).to.not.equal(0);
    expect(run.output).to.contain(
      `key ${held} is already held by urn:pulumi:dev::cli-owner::ionos-s3key:index:S3Key::k in this stack`,
    );
    expect(writesSince(emulator, from)).to.deep.equal([]);
    p.writeProgram(program(emulator.url));
    await p.ok(["preview", "--expect-no-changes"]);
    await cloudMatchesState();
  });

  it("destroys every key, leaving none on either contract", async () => {
    await p.ok(["destroy"]);
    expect(keysOf(A)).to.deep.equal([]);
    expect(keysOf(B)).to.deep.equal([]);
  });
});

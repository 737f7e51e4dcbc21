import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { writesSince } from "../helpers/emulator";
import { CliProject, upKilledAfterPost } from "../helpers/pulumi-cli";
import { pluginTarball, pythonCommand } from "../helpers/plugin-programs";
import { PACKAGE_VERSION } from "../../provider/api/user-agent";

// Pulumi YAML, Go and Python programs through the resource plugin, under the real CLI and its YAML,
// Go and Python language hosts (scripts/pulumi-cli.sh builds them; scripts/python-env.sh prepares
// Python): the plugin installed with `pulumi plugin install
// --file`, the default provider configured by `ionos-s3key:*` stack config alone, and a second,
// explicit provider on a second emulator (in YAML with its token written as a plain literal). Go and
// Python programs use the generated SDKs in sdk/go and sdk/python (test/fixtures/plugin-program.*).

const USER = "e3a00001-1466-11e7-87d3-d7bb7dac0087";
const SECOND_TOKEN = "second-emulator-token";

const yamlProgram = (secondUrl: string) => `name: cli-yaml
runtime: yaml
config:
  userId:
    type: string
  active:
    type: boolean
    default: true
  rotation:
    type: string
    default: "1"
resources:
  second:
    type: pulumi:providers:ionos-s3key
    properties:
      endpoint: ${secondUrl}
      token: ${SECOND_TOKEN}
  key:
    type: ionos-s3key:index:S3Key
    properties:
      userId: \${userId}
      active: \${active}
      keepers:
        rotation: \${rotation}
  elsewhere:
    type: ionos-s3key:index:S3Key
    properties:
      userId: \${userId}
    options:
      provider: \${second}
  access:
    type: ionos-s3key:index:AccessKey
variables:
  listed:
    fn::invoke:
      function: ionos-s3key:index:getS3Keys
      arguments:
        userId: \${userId}
outputs:
  listedKeys: \${listed.keys}
  accessKeyId: \${key.id}
  secretKey: \${key.secretKey}
  elsewhereId: \${elsewhere.id}
`;

const fixture = (name: string) => readFileSync(join(__dirname, "..", "..", "..", "test", "fixtures", name), "utf8");
const GO_PROGRAM = fixture("plugin-program.go");
const PYTHON_PROGRAM = fixture("plugin-program.py");
const LANGUAGE = { yaml: "YAML", go: "Go", python: "Python" } as const;

for (const kind of ["yaml", "go", "python"] as const)
  describe(`a Pulumi ${LANGUAGE[kind]} program through the plugin, under the real pulumi CLI`, function () {
    this.timeout(300_000);
    let first: Emulator;
    let second: Emulator;
    let p: CliProject;
    const live = (e: Emulator) => e.keys(USER).map((k) => k.id);
    const liveAccessKeys = () => first.accessKeys().filter((k) => k.goneAt === undefined);

    before(async () => {
      first = await startEmulator({ requestDelayMs: 20 });
      second = await startEmulator({ requestDelayMs: 20, token: SECOND_TOKEN });
      const program = { yaml: yamlProgram(second.url), go: GO_PROGRAM, python: PYTHON_PROGRAM }[kind];
      p = new CliProject(kind, first, program);
      // Only stack config configures the default provider: no IONOS_* variable reaches the plugin.
      p.env = {
        IONOS_CREATE_JOURNAL: `${p.home}/journal`,
        GOFLAGS: "-mod=mod",
        ...(kind === "python" ? { PULUMI_PYTHON_CMD: pythonCommand() } : {}),
      };
      await p.ok(["plugin", "install", "resource", "ionos-s3key", PACKAGE_VERSION, "--file", pluginTarball()]);
      await p.init({
        userId: USER,
        "ionos-s3key:endpoint": first.url,
        "ionos-s3key:objectStorageEndpoint": first.objectStorageUrl,
      });
      await p.ok(["config", "set", "--secret", "ionos-s3key:token", first.options.token]);
      if (kind !== "yaml") {
        await p.ok(["config", "set", "secondEndpoint", second.url]);
        await p.ok(["config", "set", "--secret", "secondToken", SECOND_TOKEN]);
      }
    });
    after(async () => {
      const secrets = [first, second].flatMap((e) => e.keys(USER).map((k) => k.secretKey));
      for (const text of p?.transcript ?? []) for (const s of secrets) expect(text).to.not.contain(s);
      await first?.close();
      await second?.close();
    });

    it("previews five resources and sends nothing", async () => {
      const run = await p.ok(["preview"]);
      expect(run.stdout).to.match(/\+ 5 to create/);
      expect(writesSince(first, 0)).to.deep.equal([]);
      expect(writesSince(second, 0)).to.deep.equal([]);
    });

    it("creates each key with one POST, the explicit provider's on its own emulator with its own token", async () => {
      await p.ok(["up"]);
      expect(writesSince(first, 0).filter((w) => w.startsWith("POST"))).to.have.length(1);
      expect(live(first)).to.have.length(1);
      expect(live(second)).to.have.length(1);
      expect(liveAccessKeys()).to.have.length(1);
      const keys = await p.stateKeys();
      expect(keys.map((k) => k.id).sort()).to.deep.equal([...live(first), ...live(second)].sort());
    });

    it("keeps every secret as ciphertext in the state and no token in plain text", async () => {
      const state = await p.exportState();
      for (const e of [first, second]) for (const k of e.keys(USER)) expect(state).to.not.contain(k.secretKey);
      for (const k of first.accessKeys()) expect(state).to.not.contain(k.secretKey);
      expect(state).to.not.contain(first.options.token).and.not.contain(SECOND_TOKEN);
      const stack = JSON.parse(state) as {
        deployment: { resources: Array<{ type: string; outputs: Record<string, unknown> }> };
      };
      const s3 = stack.deployment.resources.filter((r) => r.type === "ionos-s3key:index:S3Key");
      for (const r of s3) expect(r.outputs.secretKey).to.have.property("ciphertext");
      const explicit = stack.deployment.resources.find(
        (r) => r.type === "pulumi:providers:ionos-s3key" && r.outputs.endpoint === second.url,
      );
      expect(explicit?.outputs.token, "the explicit provider's token").to.have.property("ciphertext");
    });

    it("turns a key off with one PUT and nothing else; the diff names active, not the internal inputs", async () => {
      await p.ok(["config", "set", "active", "false"]);
      const preview = await p.ok(["preview", "--diff"]);
      expect(preview.stdout).to.match(/~ active\s*: true => false/);
      expect(preview.stdout).to.not.match(/createToken|identity/);
      const from = first.log.length;
      await p.ok(["up"]);
      expect(writesSince(first, from).map((w) => w.split(" ")[0])).to.deep.equal(["PUT"]);
      expect(first.keys(USER)[0].active).to.equal(false);
    });

    it("looks up the keys with the getS3Keys function: listed by id, the secret keys secret", async () => {
      const shownSecrets = await p.ok(["stack", "output", "listedKeys", "--json", "--show-secrets"]);
      p.transcript.pop(); // asked for with --show-secrets: not what a user is shown unasked
      // A Python program exports the SDK's output types with their Python names (key_id, secret_key).
      const listed = (JSON.parse(shownSecrets.stdout) as Array<Record<string, string>>).map((k) => ({
        keyId: k.keyId ?? k.key_id,
        secretKey: k.secretKey ?? k.secret_key,
      }));
      expect(listed.map((k) => k.keyId)).to.deep.equal(live(first));
      expect(listed[0].secretKey).to.equal(first.keys(USER)[0].secretKey);
      const shown = (await p.ok(["stack", "output", "listedKeys", "--json"])).stdout;
      expect(shown).to.not.contain(first.keys(USER)[0].secretKey);
      expect(await p.exportState()).to.not.contain(first.keys(USER)[0].secretKey);
    });

    it("refreshes without a change and rotates the key on a keepers change, one key left", async () => {
      const refresh = await p.ok(["refresh"]);
      expect(refresh.stdout).to.not.match(/~ .*update/);
      const before = live(first);
      await p.ok(["config", "set", "rotation", "2"]);
      await p.ok(["up"]);
      expect(live(first)).to.have.length(1);
      expect(live(first)[0]).to.not.equal(before[0]);
      expect((await p.stateKeys()).map((k) => k.id).sort()).to.deep.equal([...live(first), ...live(second)].sort());
    });

    it("adopts a key with `pulumi import ionos-s3key:index:S3Key name <userId>/<keyId>`", async () => {
      const made = await fetch(`${first.url}/cloudapi/v6/um/users/${USER}/s3keys`, {
        method: "POST",
        headers: { Authorization: `Bearer ${first.options.token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ properties: { active: true } }),
      });
      const keyId = ((await made.json()) as { id: string }).id;
      // The Go and Python language hosts built here (sdk v3.62.0, v3.79.0) cannot write the program's
      // code ("method GenerateProgram not implemented").
      const noCode = kind === "yaml" ? [] : ["--generate-code=false"];
      await p.ok([
        "import",
        "ionos-s3key:index:S3Key",
        "imported",
        `${USER}/${keyId}`,
        "--yes",
        "--protect=false",
        ...noCode,
      ]);
      expect((await p.stateKeys()).map((k) => k.id)).to.include(keyId);
    });

    it("destroys every key on both emulators", async () => {
      await p.ok(["destroy"]);
      expect(live(first)).to.deep.equal([]);
      expect(live(second)).to.deep.equal([]);
      expect(liveAccessKeys()).to.deep.equal([]);
    });

    if (kind === "yaml")
      it("a create whose PUT fails keeps the key in the state, its secret as ciphertext, and the next up finishes it", async () => {
        await p.ok(["config", "set", "active", "false"]);
        // Only this key, so that its PUT is the first emulator's only one (an AccessKey's create is a PUT too).
        first.failNextRequest("Backend busy", "PUT");
        const urn = "urn:pulumi:dev::cli-yaml::ionos-s3key:index:S3Key::key";
        const failed = await p.pulumi(["up", "--skip-preview", "--target", urn]);
        expect(failed.code, failed.output).to.not.equal(0);
        // The engine shows the reason the plugin gave (ErrorResourceInitFailed), and keeps the key.
        expect(failed.output, failed.output).to.match(/updating key \w+ \(active: false\)\) FAILED: Backend busy/);
        const made = first.keys(USER)[0];
        expect((await p.stateKeys()).map((k) => k.id).sort()).to.deep.equal([...live(first), ...live(second)].sort());
        const state = await p.exportState();
        expect(state).to.not.contain(made.secretKey);
        const stack = JSON.parse(state) as {
          deployment: { resources: Array<{ urn: string; outputs: Record<string, unknown> }> };
        };
        const key = stack.deployment.resources.find((r) => r.urn.endsWith("::key"));
        expect(key?.outputs.secretKey, "the unfinished key's secret").to.have.property("ciphertext");
        await p.ok(["up"]);
        expect(live(first)).to.deep.equal([made.id]);
        expect(first.keys(USER)[0].active).to.equal(false);
        await p.ok(["destroy"]);
        expect(live(first)).to.deep.equal([]);
        expect(live(second)).to.deep.equal([]);
      });

    it(`an up killed mid-create, then cancel${kind === "yaml" ? ", the plugin's own recover" : ""} and up: one key`, async () => {
      await p.ok(["config", "set", "active", "true"]);
      await upKilledAfterPost(p, first);
      await p.ok(["cancel", "--yes"]);
      const afterKill = first.log.length;
      // YAML recovers with the plugin's own recover first; Go relies on the journal alone (same machine).
      if (kind === "yaml") {
        const plugin = join(
          p.home,
          "plugins",
          `resource-ionos-s3key-v${PACKAGE_VERSION}`,
          "pulumi-resource-ionos-s3key",
        );
        const recovered = await p.exec(plugin, ["recover"]);
        expect(recovered.code, recovered.output).to.equal(0);
        expect(recovered.stdout).to.match(/ionos-s3key:index:S3Key::key: .*made key \w+, which exists: importing it/);
      }
      await p.ok(["up"]);
      expect(
        writesSince(first, afterKill).filter((w) => w.startsWith("POST")),
        "the key the cut-off create made, not a second one",
      ).to.deep.equal([]);
      expect(live(first)).to.have.length(1);
      expect((await p.stateKeys()).map((k) => k.id).sort()).to.deep.equal([...live(first), ...live(second)].sort());
      await p.ok(["destroy"]);
      expect(live(first)).to.deep.equal([]);
    });
  });

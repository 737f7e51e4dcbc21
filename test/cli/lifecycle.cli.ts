import { expect } from "chai";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { journalEntries, writesSince } from "../helpers/emulator";
import { CliProject, killTree, PROJECT_DIR, type ProgramKind } from "../helpers/pulumi-cli";

// The package as users run it: installed from its tarball into a fresh program, under the real
// `pulumi` CLI (scripts/pulumi-cli.sh), against the emulator. Every scenario runs for a JavaScript
// program (no `typescript` installed) and a strict TypeScript one (as `pulumi new typescript`).

const usedUsers: string[] = [];
/** A user of its own for each scenario, so scenarios never see each other's keys. */
function freshUser(): string {
  const userId = `c1b${String(usedUsers.length + 1).padStart(5, "0")}-1466-11e7-87d3-d7bb7dac0087`;
  usedUsers.push(userId);
  return userId;
}

/** The program: one key, its inputs from stack config, its outputs exported. */
function keyProgram(kind: ProgramKind, options = ""): string {
  const body = `const config = new pulumi.Config();
const keepers = config.get("rotation") ? { rotation: config.require("rotation") } : undefined;
const key = new S3Key("key", {
  userId: config.require("userId"),
  active: config.getBoolean("active") ?? true,
  keepers,
}${options ? `, ${options}` : ""});
`;
  return kind === "typescript"
    ? `import * as pulumi from "@pulumi/pulumi";
import { S3Key } from "pulumi-ionos-s3key";
${body}
export const accessKeyId = key.id;
export const secretKey = key.secretKey;
export const active = key.active;
`
    : `"use strict";
const pulumi = require("@pulumi/pulumi");
const { S3Key } = require("pulumi-ionos-s3key");
${body}
exports.accessKeyId = key.id;
exports.secretKey = key.secretKey;
exports.active = key.active;
`;
}

/** The AccessKey program: one key, its description and rotation from stack config. */
function accessKeyProgram(kind: ProgramKind): string {
  const body = `const config = new pulumi.Config();
const key = new AccessKey("bucket-key", {
  description: config.get("description") ?? "deploys",
  rotation: { month: config.get("month") ?? "2026-11" },
});
`;
  return kind === "typescript"
    ? `import * as pulumi from "@pulumi/pulumi";
import { AccessKey } from "pulumi-ionos-s3key";
${body}
export const keyId: pulumi.Output<string> = key.keyId;
export const accessKey: pulumi.Output<string> = key.accessKey;
export const secretKey: pulumi.Output<string> = key.secretKey;
`
    : `"use strict";
const pulumi = require("@pulumi/pulumi");
const { AccessKey } = require("pulumi-ionos-s3key");
${body}
exports.keyId = key.keyId;
exports.accessKey = key.accessKey;
exports.secretKey = key.secretKey;
`;
}

for (const kind of ["javascript", "typescript"] as const) {
  describe(`under the real pulumi CLI, a ${kind} program installed from the tarball`, function () {
    this.timeout(300_000);
    let emulator: Emulator;
    const projects: CliProject[] = [];
    before(async () => {
      emulator = await startEmulator({ requestDelayMs: 20 });
    });
    // Every secret key the emulator held after any command, to check that no command printed one.
    const secrets = new Set<string>();
    after(async () => {
      for (const project of projects) {
        for (const output of project.transcript) {
          for (const secret of secrets) expect(output.includes(secret), `a secret key in: ${output}`).to.equal(false);
        }
      }
      expect(secrets.size, "the scenarios made keys").to.be.greaterThan(0);
      await emulator.close();
    });

    function project(program = keyProgram(kind)): CliProject {
      const p = new CliProject(kind, emulator, program, {
        afterRun: () => usedUsers.forEach((u) => emulator.keys(u).forEach((k) => secrets.add(k.secretKey))),
      });
      projects.push(p);
      return p;
    }

    async function destroyLeavesNoKey(p: CliProject, userId: string): Promise<void> {
      await p.ok(["destroy"]);
      expect(emulator.keys(userId)).to.deep.equal([]);
      expect(await p.stateKeys()).to.deep.equal([]);
    }

    it("previews without a write, creates on up, and sends no write on a second up", async () => {
      const userId = freshUser();
      const p = project();
      await p.init({ userId });
      let from = emulator.log.length;
      const preview = await p.ok(["preview"]);
      expect(preview.stdout).to.match(/\+ 2 to create|2 to create/);
      expect(writesSince(emulator, from)).to.deep.equal([]);
      expect(emulator.keys(userId)).to.deep.equal([]);

      from = emulator.log.length;
      await p.ok(["up"]);
      expect(writesSince(emulator, from)).to.deep.equal([`POST /um/users/${userId}/s3keys`]);
      const [cloudKey] = emulator.keys(userId);
      const [stateKey] = await p.stateKeys();
      expect(stateKey.id).to.equal(cloudKey.id);

      from = emulator.log.length;
      const again = await p.ok(["up"]);
      expect(writesSince(emulator, from)).to.deep.equal([]);
      expect(again.stdout).to.match(/2 unchanged/);
      await destroyLeavesNoKey(p, userId);
    });

    it("manages an AccessKey: one PUT to create, the secret only as ciphertext, rotation renews in place, destroy waits for 404", async () => {
      const p = project(accessKeyProgram(kind));
      p.env = { ...p.env, IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: emulator.objectStorageUrl };
      await p.init({});
      let from = emulator.log.length;
      await p.ok(["up"]);
      const writes = () => writesSince(emulator, from).map((w) => w.replace(/[0-9a-f-]{36}/, "{id}"));
      expect(writes()).to.deep.equal(["PUT /accesskeys/{id}"]);
      // Copies: the emulator's objects change when the key is renewed.
      const cloudKey = { ...emulator.accessKeys()[0] };
      secrets.add(cloudKey.secretKey);
      const exported = await p.exportState();
      expect(exported.includes(cloudKey.secretKey), "the secret in plain text in the export").to.equal(false);
      const [stateKey] = await p.stateKeys("AccessKey");
      expect(stateKey.id).to.equal(cloudKey.id);
      expect(stateKey.outputs.secretKey).to.have.property("ciphertext");
      expect(stateKey.outputs.accessKey).to.equal(cloudKey.accessKey);
      const shown = await p.ok(["stack", "output", "secretKey", "--show-secrets"]);
      expect(shown.stdout.trim() === cloudKey.secretKey, "--show-secrets shows the key's secret").to.equal(true);
      p.transcript.pop();

      await p.ok(["config", "set", "month", "2026-12"]);
      from = emulator.log.length;
      const rotated = await p.ok(["up"]);
      expect(rotated.stdout).to.match(/1 updated/);
      expect(writes()).to.deep.equal(["PUT /accesskeys/{id}/renew"]);
      const renewed = { ...emulator.accessKeys()[0] };
      secrets.add(renewed.secretKey);
      expect(renewed.id).to.equal(cloudKey.id);
      expect(renewed.secretKey === cloudKey.secretKey, "the secret was renewed").to.equal(false);
      const shownAgain = await p.ok(["stack", "output", "secretKey", "--show-secrets"]);
      expect(shownAgain.stdout.trim() === renewed.secretKey, "--show-secrets shows the new secret").to.equal(true);
      p.transcript.pop();

      await p.ok(["destroy"]);
      expect(emulator.accessKeys()).to.deep.equal([]);
      expect(await p.stateKeys("AccessKey")).to.deep.equal([]);
    });

    it("reports missing credentials and a bad timeout at preview, before any request", async () => {
      const userId = freshUser();
      const p = project();
      await p.init({ userId });
      const from = emulator.log.length;
      const preview = await p.pulumi(["preview"], {
        IONOS_TOKEN: undefined,
        IONOS_WAIT_TIMEOUT: "soon",
      });
      expect(preview.code, preview.output).to.not.equal(0);
      const text = preview.output;
      expect(text).to.contain("IONOS provider configuration is invalid");
      expect(text).to.contain('IONOS_WAIT_TIMEOUT "soon" is not a number of seconds');
      expect(text).to.contain("no IONOS credentials: set IONOS_TOKEN");
      // One clean line per resource: a check failure, not a throw the plugin host prints with its stack.
      expect(text).to.not.match(/\bat \S+ \([^)]*\.js:\d+:\d+\)/);
      expect(text).to.not.contain("IonosConfigError");
      expect(emulator.log.length, "no request").to.equal(from);
      expect(await p.stateKeys()).to.deep.equal([]);
    });

    it("keeps the secret key as ciphertext in the state and shows it only with --show-secrets", async () => {
      const userId = freshUser();
      const p = project();
      await p.init({ userId });
      await p.ok(["config", "set", "--secret", "ionoscloud:token", emulator.options.token]);
      const up = await p.ok(["up"], { IONOS_TOKEN: undefined });
      expect(up.stdout).to.contain("secretKey  : [secret]");
      const [cloudKey] = emulator.keys(userId);
      const exported = await p.exportState();
      expect(exported).to.not.contain(cloudKey.secretKey);
      expect(exported).to.not.contain(emulator.options.token);
      expect(exported).to.contain("4dabf18193072939515e22adb298388d"); // Pulumi's secret signature
      const [stateKey] = await p.stateKeys();
      expect(stateKey.outputs.secretKey).to.have.property("ciphertext");
      expect(stateKey.outputs.__provider, "the serialized provider").to.be.a("string");
      expect(stateKey.outputs.__provider as string).to.not.contain(PROJECT_DIR);
      expect(stateKey.outputs.__provider as string).to.not.contain(p.dir);

      const shown = await p.ok(["stack", "output", "secretKey", "--show-secrets"]);
      expect(shown.stdout.trim()).to.equal(cloudKey.secretKey);
      // That command is the one place the secret may appear: drop it from the transcript check.
      p.transcript.pop();
      await destroyLeavesNoKey(p, userId);
    });

    it("takes credentials from IONOS_USERNAME and IONOS_PASSWORD, and from the secret config ionoscloud:password", async () => {
      const userId = freshUser();
      const p = project();
      p.env = { IONOS_API_URL: emulator.url, IONOS_USERNAME: emulator.options.username };
      await p.init({ userId });
      await p.ok(["up"], { IONOS_PASSWORD: emulator.options.password });
      expect(emulator.keys(userId)).to.have.length(1);
      await p.ok(["config", "set", "ionoscloud:username", emulator.options.username]);
      await p.ok(["config", "set", "--secret", "ionoscloud:password", emulator.options.password]);
      await p.ok(["config", "set", "active", "false"]);
      await p.ok(["up"], { IONOS_USERNAME: undefined });
      expect(emulator.keys(userId)[0].active).to.equal(false);
      const exported = await p.exportState();
      expect(exported).to.not.contain(emulator.options.password);
      await destroyLeavesNoKey(p, userId);
    });

    it("toggles active with exactly one PUT", async () => {
      const userId = freshUser();
      const p = project();
      await p.init({ userId });
      await p.ok(["up"]);
      const [before] = emulator.keys(userId);
      await p.ok(["config", "set", "active", "false"]);
      const from = emulator.log.length;
      await p.ok(["up"]);
      expect(writesSince(emulator, from)).to.deep.equal([`PUT /um/users/${userId}/s3keys/${before.id}`]);
      expect(emulator.keys(userId)).to.deep.include({
        ...before,
        active: false,
        lastModifiedDate: emulator.keys(userId)[0].lastModifiedDate,
      });
      await destroyLeavesNoKey(p, userId);
    });

    it("replaces create-before-delete when userId changes, and on a keepers rotation", async () => {
      const [first, second] = [freshUser(), freshUser()];
      const p = project();
      await p.init({ userId: first });
      await p.ok(["up"]);
      const [old] = emulator.keys(first);

      await p.ok(["config", "set", "userId", second]);
      let from = emulator.log.length;
      await p.ok(["up"]);
      expect(writesSince(emulator, from)).to.deep.equal([
        `POST /um/users/${second}/s3keys`,
        `DELETE /um/users/${first}/s3keys/${old.id}`,
      ]);
      expect(emulator.keys(first)).to.deep.equal([]);
      const [moved] = emulator.keys(second);

      await p.ok(["config", "set", "rotation", "2026-12"]);
      from = emulator.log.length;
      await p.ok(["up"]);
      expect(writesSince(emulator, from)).to.deep.equal([
        `POST /um/users/${second}/s3keys`,
        `DELETE /um/users/${second}/s3keys/${moved.id}`,
      ]);
      const [rotated] = emulator.keys(second);
      expect(rotated.id).to.not.equal(moved.id);
      expect((await p.stateKeys()).map((k) => k.id)).to.deep.equal([rotated.id]);
      await destroyLeavesNoKey(p, second);
    });

    it("deletes first when the program asks for deleteBeforeReplace", async () => {
      const userId = freshUser();
      const p = project(keyProgram(kind, "{ deleteBeforeReplace: true }"));
      await p.init({ userId, rotation: "a" });
      await p.ok(["up"]);
      const [old] = emulator.keys(userId);
      await p.ok(["config", "set", "rotation", "b"]);
      const from = emulator.log.length;
      await p.ok(["up"]);
      expect(writesSince(emulator, from)).to.deep.equal([
        `DELETE /um/users/${userId}/s3keys/${old.id}`,
        `POST /um/users/${userId}/s3keys`,
      ]);
      await destroyLeavesNoKey(p, userId);
    });

    it("drops a key deleted outside on refresh and recreates it on the next up", async () => {
      const userId = freshUser();
      const p = project();
      await p.init({ userId });
      await p.ok(["up"]);
      const [gone] = emulator.keys(userId);
      emulator.deleteKeyOutside(gone.id);
      const refresh = await p.ok(["refresh"]);
      expect(refresh.stdout).to.match(/deleted/);
      expect(await p.stateKeys()).to.deep.equal([]);
      await p.ok(["up"]);
      const [fresh] = emulator.keys(userId);
      expect(fresh.id).to.not.equal(gone.id);
      expect((await p.stateKeys()).map((k) => k.id)).to.deep.equal([fresh.id]);
      await destroyLeavesNoKey(p, userId);
    });

    it("a key switched off outside: refresh records it, and preview --diff names active as what changes", async () => {
      const userId = freshUser();
      const p = project();
      await p.init({ userId });
      await p.ok(["up"]);
      const [key] = emulator.keys(userId);
      key.active = false; // in the DCD
      await p.ok(["refresh"]);
      const preview = await p.ok(["preview", "--diff"]);
      expect(preview.stdout).to.match(/~ active\s*: false => true/);
      const from = emulator.log.length;
      await p.ok(["up"]);
      expect(writesSince(emulator, from)).to.deep.equal([`PUT /um/users/${userId}/s3keys/${key.id}`]);
      expect(emulator.keys(userId)[0].active).to.equal(true);
      await destroyLeavesNoKey(p, userId);
    });

    it("keeps a key whose create failed after it existed, and finishes it on the next up", async () => {
      const userId = freshUser();
      const p = project();
      await p.init({ userId });
      emulator.setRequestDelay(4_000);
      const failed = await p.pulumi(["up"], { IONOS_WAIT_TIMEOUT: "1" });
      emulator.setRequestDelay(20);
      expect(failed.code).to.not.equal(0);
      expect(failed.output).to.match(/Timed out after 1 s waiting for IONOS request/);
      const [cloudKey] = emulator.keys(userId);
      expect(
        (await p.stateKeys()).map((k) => k.id),
        "the key is in the state",
      ).to.deep.equal([cloudKey.id]);
      await new Promise((r) => setTimeout(r, 4_000));
      await p.ok(["up"]);
      expect(emulator.keys(userId).map((k) => k.id)).to.deep.equal([cloudKey.id]);
      await destroyLeavesNoKey(p, userId);
    });

    it("recovers a create cut off by killing pulumi and its plugins: the next up adopts the key, none is leaked", async () => {
      const userId = freshUser();
      const p = project();
      await p.init({ userId });
      const journal = mkdtempSync(join(tmpdir(), "ionos-cli-journal-"));
      p.env.IONOS_CREATE_JOURNAL = journal;
      emulator.setRequestDelay(6_000);
      const from = emulator.log.length;
      const run = p.start(["up"]);
      for (let i = 0; i < 600 && writesSince(emulator, from).length === 0; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(writesSince(emulator, from), "the POST was sent").to.deep.equal([`POST /um/users/${userId}/s3keys`]);
      const killed = killTree(run.child.pid!);
      expect((await run.done).code).to.not.equal(0);
      emulator.setRequestDelay(20);
      expect(killed.length, "pulumi and its language host and provider plugin").to.be.greaterThan(2);
      const [made] = emulator.keys(userId);
      expect(made, "the cut-off create's key exists on IONOS").to.not.equal(undefined);
      expect(await p.stateKeys(), "and not in the state").to.deep.equal([]);

      // What the CLI asks for after it was killed (the lock, the pending create), then the next up.
      const cancel = await p.pulumi(["cancel", "--yes"]);
      expect(cancel.code, cancel.output).to.equal(0);
      const refresh = await p.pulumi(["refresh", "--clear-pending-creates"]);
      expect(refresh.code, refresh.output).to.equal(0);
      const from2 = emulator.log.length;
      const up = await p.ok(["up"]);
      expect(up.output).to.contain(`IONOS's request log shows its POST made key ${made.id}: adopting it`);
      expect(writesSince(emulator, from2)).to.deep.equal([]);
      expect(emulator.keys(userId).map((k) => k.id)).to.deep.equal([made.id]);
      expect((await p.stateKeys()).map((k) => k.id)).to.deep.equal([made.id]);
      expect(journalEntries(journal), "the journal entry ends with the create").to.deep.equal([]);
      await destroyLeavesNoKey(p, userId);
    });

    it("leaves nothing when a create fails before any key exists", async () => {
      const userId = freshUser();
      const p = project();
      await p.init({ userId });
      emulator.failNextRequest("The user has reached the maximum of 5 access keys.", "POST");
      const failed = await p.pulumi(["up"]);
      expect(failed.code).to.not.equal(0);
      expect(failed.output).to.contain("The user has reached the maximum of 5 access keys.");
      expect(emulator.keys(userId)).to.deep.equal([]);
      expect(await p.stateKeys()).to.deep.equal([]);
      await p.ok(["up"]);
      expect(emulator.keys(userId)).to.have.length(1);
      await destroyLeavesNoKey(p, userId);
    });

    it("adopts a key by id, reads one with S3Key.get, and runs the lookups", async () => {
      const userId = freshUser();
      const seed = project();
      await seed.init({ userId });
      await seed.ok(["up"]);
      const [existing] = emulator.keys(userId);
      const program =
        kind === "typescript"
          ? `import * as pulumi from "@pulumi/pulumi";
import { S3Key, getS3KeysOutput, getS3KeyOutput } from "pulumi-ionos-s3key";
const config = new pulumi.Config();
const userId = config.require("userId");
const read = S3Key.get("read", \`\${userId}/\${config.require("existing")}\`);
const adopted = new S3Key("adopted", { userId, adoptKeyId: config.require("existing"), active: false });
export const readActive = read.active;
export const adoptedId = adopted.id;
export const keyIds = pulumi.unsecret(getS3KeysOutput({ userId: adopted.userId }).apply((r) => r.keys.map((k) => k.keyId)));
export const lookedUpActive = pulumi.unsecret(getS3KeyOutput({ userId, keyId: adopted.keyId }).apply((k) => k.active));
`
          : `const pulumi = require("@pulumi/pulumi");
const { S3Key, getS3KeysOutput, getS3KeyOutput } = require("pulumi-ionos-s3key");
const config = new pulumi.Config();
const userId = config.require("userId");
const read = S3Key.get("read", userId + "/" + config.require("existing"));
const adopted = new S3Key("adopted", { userId, adoptKeyId: config.require("existing"), active: false });
exports.readActive = read.active;
exports.adoptedId = adopted.id;
exports.keyIds = pulumi.unsecret(getS3KeysOutput({ userId: adopted.userId }).apply((r) => r.keys.map((k) => k.keyId)));
exports.lookedUpActive = pulumi.unsecret(getS3KeyOutput({ userId, keyId: adopted.keyId }).apply((k) => k.active));
`;
      const p = project(program);
      await p.init({ userId, existing: existing.id });
      const from = emulator.log.length;
      await p.ok(["up"]);
      expect(writesSince(emulator, from)).to.deep.equal([`PUT /um/users/${userId}/s3keys/${existing.id}`]);
      const outputs = JSON.parse((await p.ok(["stack", "output", "--json"])).stdout) as Record<string, unknown>;
      expect(outputs).to.deep.equal({
        readActive: true,
        adoptedId: existing.id,
        keyIds: [existing.id],
        lookedUpActive: false,
      });
      // The seed stack still holds the key it made; the adopting stack deletes it on destroy.
      await p.ok(["destroy"]);
      expect(emulator.keys(userId)).to.deep.equal([]);
      await seed.ok(["refresh"]);
      await destroyLeavesNoKey(seed, userId);
    });

    if (kind === "typescript") {
      for (const example of ["basic", "rotation", "lookups"]) {
        it(`runs examples/${example} unmodified, and destroys what it made`, async () => {
          const program = readFileSync(join(PROJECT_DIR, "examples", example, "index.ts"), "utf8");
          const userId = freshUser();
          const p = project(program);
          await p.init({ userId });
          await p.ok(["up"]);
          expect(emulator.keys(userId).length).to.be.greaterThan(0);
          const outputs = JSON.parse((await p.ok(["stack", "output", "--json"])).stdout) as Record<string, unknown>;
          expect(Object.keys(outputs).length).to.be.greaterThan(0);
          await destroyLeavesNoKey(p, userId);
        });
      }
    }
  });
}

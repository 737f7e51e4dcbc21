import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fetch } from "undici";
import { startEmulator, type Emulator } from "../../emulator";
import { writesSince } from "../helpers/emulator";
import { CliProject, killTree } from "../helpers/pulumi-cli";

// Every key has exactly one owner on the paths users take, under the real CLI with Pulumi's own
// launcher (scripts/pulumi-cli.sh installs it): a mistyped endpoint, rotation of an adopted key, two
// adopters, the engine killed alone, and recover after a cut-off rotation, after an up resolved the
// crash, racing an up, on a big stack. Each ends with every key on the API held by one resource.

const users: string[] = [];
/** A user of its own for each scenario, so scenarios never see each other's keys. */
function freshUser(): string {
  users.push(`d2c${String(users.length + 1).padStart(5, "0")}-1466-11e7-87d3-d7bb7dac0087`);
  return users[users.length - 1];
}

const program = (body: string) => `"use strict";
const pulumi = require("@pulumi/pulumi");
const { S3Key, AccessKey } = require("pulumi-ionos-s3key");
const config = new pulumi.Config();
const userId = config.require("userId");
${body}
`;

const ROTATING =
  program(`const key = new S3Key("key", { userId, keepers: { rotation: config.get("rotation") ?? "1" } });
exports.secretKey = key.secretKey;`);

describe("every key has exactly one owner, under the real pulumi CLI", function () {
  this.timeout(300_000);
  let emulator: Emulator;
  const projects: CliProject[] = [];
  before(async () => (emulator = await startEmulator({ requestDelayMs: 20 })));
  after(async () => {
    // No command of any scenario showed a secret key in plain text.
    const secrets = users.flatMap((u) => emulator.keys(u).map((k) => k.secretKey));
    for (const p of projects) for (const text of p.transcript) for (const s of secrets) expect(text).to.not.contain(s);
    await emulator.close();
  });

  const project = (source: string, env: Record<string, string> = {}) => {
    const p = new CliProject("javascript", emulator, source);
    p.env = {
      ...p.env,
      IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: emulator.objectStorageUrl,
      IONOS_CREATE_JOURNAL: mkdtempSync(join(tmpdir(), "ionos-ownership-journal-")),
      ...env,
    };
    projects.push(p);
    return p;
  };
  const liveAccessKeys = () => emulator.accessKeys().filter((k) => k.goneAt === undefined);
  /** Every key of `userId` on the API is held by exactly one resource of the state, and the state holds no other. */
  const oneOwnerEach = async (p: CliProject, userId: string) => {
    const held = (await p.stateKeys()).map((r) => r.id).sort();
    expect(held, "the state's keys are the API's").to.deep.equal(
      emulator
        .keys(userId)
        .map((k) => k.id)
        .sort(),
    );
  };
  /** Starts `pulumi up` with IONOS answering slowly (`delayMs` per request), once its POST is sent. */
  const upUntilPost = async (p: CliProject, delayMs: number) => {
    emulator.setRequestDelay(delayMs);
    const from = emulator.log.length;
    const run = p.start(["up"]);
    for (let i = 0; i < 600 && !writesSince(emulator, from).some((w) => w.startsWith("POST")); i++)
      await new Promise((r) => setTimeout(r, 50));
    return run;
  };
  const recoverIn = (p: CliProject) => p.exec(join(p.dir, "node_modules", ".bin", "pulumi-ionos-s3key"), ["recover"]);

  it("a mistyped endpoint path fails destroy and refresh at once, naming the fix; every key stays, in the state too", async () => {
    const userId = freshUser();
    const p = project(
      program(`const key = new S3Key("key", { userId });
const access = new AccessKey("access", { description: "typo" });
exports.secretKey = key.secretKey;`),
    );
    await p.init({ userId });
    await p.ok(["up"]);
    const typo = {
      IONOS_API_URL: `${emulator.url}/cloudapi`,
      IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: `${emulator.url}/s3`,
    };
    const from = emulator.log.length;
    for (const command of ["destroy", "refresh"]) {
      const run = await p.pulumi([command], typo);
      expect(run.code, run.output).to.not.equal(0);
      expect(run.output).to.contain(`IONOS_API_URL "${emulator.url}/cloudapi" has the path /cloudapi`);
      expect(run.output).to.contain(
        "has the path /s3: the Object Storage Management API is served at its server's root",
      );
      expect(run.output).to.not.match(/\d+ deleted/);
    }
    expect(writesSince(emulator, from), "nothing was sent").to.deep.equal([]);
    await oneOwnerEach(p, userId);
    expect(await p.stateKeys("AccessKey")).to.have.length(1);
    expect(liveAccessKeys()).to.have.length(1);
    await p.ok(["destroy"]);
    expect(emulator.keys(userId)).to.deep.equal([]);
    expect(liveAccessKeys()).to.deep.equal([]);
  });

  it("rotating an adopted key makes a new key and deletes the adopted one; the state holds a live key", async () => {
    const userId = freshUser();
    const answer = await fetch(`${emulator.url}/cloudapi/v6/um/users/${userId}/s3keys`, {
      method: "POST",
      headers: { Authorization: `Bearer ${emulator.options.token}` },
    });
    const adopted = ((await answer.json()) as { id: string }).id;
    const p = project(
      program(`const key = new S3Key("key", { userId, adoptKeyId: config.require("adopt"), keepers: { rotation: config.get("rotation") ?? "1" } });
exports.keyId = key.keyId;`),
    );
    await p.init({ userId, adopt: adopted });
    await p.ok(["up"]);
    expect((await p.stateKeys()).map((r) => r.id)).to.deep.equal([adopted]);
    await p.ok(["config", "set", "rotation", "2"]);
    const rotated = await p.ok(["up"]);
    expect(rotated.stdout).to.contain("1 replaced");
    const [now] = emulator.keys(userId);
    expect(emulator.keys(userId), "one key: the new one").to.have.length(1);
    expect(now.id).to.not.equal(adopted);
    await oneOwnerEach(p, userId);
    const again = await p.ok(["up"]);
    expect(again.stdout).to.not.contain("replaced");
    await p.ok(["destroy"]);
    expect(emulator.keys(userId)).to.deep.equal([]);
  });

  it("two resources adopting one key: the preview fails naming the first, and nothing is sent", async () => {
    const userId = freshUser();
    const p0 = project(program(`new S3Key("made", { userId });`));
    await p0.init({ userId });
    await p0.ok(["up"]);
    const [key] = emulator.keys(userId);
    const p = project(
      program(`new S3Key("first", { userId, adoptKeyId: config.require("adopt") });
new S3Key("second", { userId, adoptKeyId: config.require("adopt") }, { dependsOn: [] });`),
    );
    await p.init({ userId, adopt: key.id });
    const from = emulator.log.length;
    const preview = await p.pulumi(["preview"]);
    expect(preview.code).to.not.equal(0);
    expect(preview.output).to.match(
      /key [0-9a-f]{20} is already owned by urn:pulumi:dev::cli-javascript::pulumi-nodejs:dynamic\/ionos:S3Key::(first|second) in this program/,
    );
    const up = await p.pulumi(["up"]);
    expect(up.code).to.not.equal(0);
    expect(writesSince(emulator, from)).to.deep.equal([]);
    expect(await p.stateKeys(), "neither adopts it").to.deep.equal([]);
    await p.ok(["destroy"]);
    await oneOwnerEach(p0, userId);
    await p0.ok(["destroy"]);
    expect(emulator.keys(userId)).to.deep.equal([]);
  });

  it("the engine killed alone under Pulumi's own launcher: the host finishes the create and ends itself; the next up makes no second key", async () => {
    const userId = freshUser();
    const p = project(ROTATING);
    await p.init({ userId });
    const run = await upUntilPost(p, 6_000);
    const hosts = pluginHostsIn(p.dir);
    expect(hosts, "a plugin host, started by Pulumi's launcher (sh without exec)").to.have.length.greaterThan(0);
    process.kill(run.child.pid!, "SIGKILL"); // the engine alone: its launcher shell and plugin host live on
    await run.done;
    emulator.setRequestDelay(20);
    for (let i = 0; i < 300 && pluginHostsIn(p.dir).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    console.log(
      execFileSync("ps", ["-eo", "pid,ppid,stat,etime,args"], { encoding: "utf8" })
        .split("\n")
        .filter((l) => /node|pulumi|sh /.test(l))
        .join("\n"),
    );
    expect(pluginHostsIn(p.dir), "the plugin host ended itself").to.deep.equal([]);
    expect(emulator.keys(userId)).to.have.length(1);

    await p.ok(["cancel", "--yes"]);
    const before = emulator.log.length;
    await p.ok(["up"]);
    expect(
      writesSince(emulator, before).filter((w) => w.startsWith("POST")),
      "no second key",
    ).to.deep.equal([]);
    await oneOwnerEach(p, userId);
    await p.ok(["destroy"]);
    expect(emulator.keys(userId)).to.deep.equal([]);
  });

  it("a plugin host that dies alone on a runner then thrown away: the next up on a fresh machine names the key, no second one", async () => {
    const userId = freshUser();
    const p = project(
      program(`const adopt = config.get("adopt");
const key = new S3Key("key", { userId, ...(adopt ? { adoptKeyId: adopt } : {}) });
exports.keyId = key.keyId;`),
    );
    await p.init({ userId });
    const run = await upUntilPost(p, 6_000);
    for (const host of pluginHostsIn(p.dir)) process.kill(host, "SIGKILL"); // the plugin host alone
    const failed = await run.done;
    emulator.setRequestDelay(20);
    expect(failed.code, "the engine records the create as failed").to.not.equal(0);
    expect(await p.stateKeys(), "and forgets it: no pending create, no key in the state").to.deep.equal([]);
    const [orphan] = emulator.keys(userId);
    expect(orphan, "the key the killed host's POST made").to.not.equal(undefined);
    rmSync(p.env.IONOS_CREATE_JOURNAL!, { recursive: true, force: true }); // the runner is gone with its disk

    const before = emulator.log.length;
    const next = await p.pulumi(["up"]);
    expect(next.code).to.not.equal(0);
    expect(next.output).to.contain(
      `An earlier create of urn:pulumi:dev::cli-javascript::pulumi-nodejs:dynamic/ionos:S3Key::key made key(s) ${orphan.id}`,
    );
    expect(writesSince(emulator, before), "no second key").to.deep.equal([]);
    await p.ok(["config", "set", "adopt", orphan.id]);
    await p.ok(["up"]);
    expect(emulator.keys(userId).map((k) => k.id)).to.deep.equal([orphan.id]);
    await oneOwnerEach(p, userId);
    await p.ok(["destroy"]);
    expect(emulator.keys(userId)).to.deep.equal([]);
  });

  it("recover after a rotation cut off with its runner: the new key is kept, the old one deleted by the next up", async () => {
    const userId = freshUser();
    const p = project(ROTATING);
    await p.init({ userId });
    await p.ok(["up"]);
    const [old] = emulator.keys(userId);
    await p.ok(["config", "set", "rotation", "2"]);
    const run = await upUntilPost(p, 6_000);
    killTree(run.child.pid!);
    await run.done;
    emulator.setRequestDelay(20);
    rmSync(p.env.IONOS_CREATE_JOURNAL!, { recursive: true, force: true }); // the runner is gone with its disk
    await p.ok(["cancel", "--yes"]);
    const recovered = await recoverIn(p);
    expect(recovered.code, recovered.output).to.equal(0);
    expect(recovered.stdout).to.contain("a cut-off replacement");
    await p.ok(["up"]);
    const keys = emulator.keys(userId);
    expect(keys, "the rotation finished: one key, the new one").to.have.length(1);
    expect(keys[0].id).to.not.equal(old.id);
    await oneOwnerEach(p, userId);
    const again = await p.ok(["up"]);
    expect(again.stdout).to.not.match(/created|replaced|deleted/);
    await p.ok(["destroy"]);
    expect(emulator.keys(userId)).to.deep.equal([]);
  });

  it("recover after an up already resolved the crash: nothing to undo, no duplicate URN, exit 0", async () => {
    const userId = freshUser();
    const p = project(ROTATING);
    await p.init({ userId });
    const run = await upUntilPost(p, 6_000);
    killTree(run.child.pid!);
    await run.done;
    emulator.setRequestDelay(20);
    await p.ok(["cancel", "--yes"]);
    await p.ok(["up"]); // same machine: the journal finds the key
    for (let round = 0; round < 2; round++) {
      const recovered = await recoverIn(p);
      expect(recovered.code, recovered.output).to.equal(0);
      expect(recovered.output).to.not.contain("duplicate");
    }
    expect(emulator.keys(userId)).to.have.length(1);
    await oneOwnerEach(p, userId);
    await p.ok(["destroy"]);
    expect(emulator.keys(userId)).to.deep.equal([]);
  });

  it("recover racing an up: refuses the locked stack (exit 3, says pulumi cancel), then finds nothing to undo", async () => {
    const userId = freshUser();
    const p = project(ROTATING);
    await p.init({ userId });
    const run = await upUntilPost(p, 3_000);
    const racing = await recoverIn(p);
    expect(racing.code, racing.output).to.equal(3);
    expect(racing.stdout).to.contain("the stack is locked").and.contain("pulumi cancel --yes");
    expect((await run.done).code).to.equal(0);
    emulator.setRequestDelay(20);
    const after = await recoverIn(p);
    expect(after.code, after.output).to.equal(0);
    await oneOwnerEach(p, userId);
    await p.ok(["destroy"]);
  });

  it("recover on a stack whose export is over 1 MiB", async () => {
    const userId = freshUser();
    const p = project(
      program(`new S3Key("key", { userId });
exports.padding = "x".repeat(1536 * 1024);`),
    );
    await p.init({ userId });
    await p.ok(["up"]);
    expect((await p.exportState()).length).to.be.greaterThan(1024 * 1024);
    const recovered = await recoverIn(p);
    expect(recovered.code, recovered.output).to.equal(0);
    expect(recovered.stdout).to.contain("nothing to do");
    await p.ok(["destroy"]);
    expect(emulator.keys(userId)).to.deep.equal([]);
  });
});

/** The dynamic-provider plugin hosts running in a project directory (their working directory). */
function pluginHostsIn(dir: string): number[] {
  const out = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  return out
    .split("\n")
    .filter((line) => line.includes("dynamic-provider"))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`) === dir;
      } catch {
        return false;
      }
    });
}

import { expect } from "chai";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { writesSince } from "../helpers/emulator";
import { CliProject, killTree } from "../helpers/pulumi-cli";

// Most production `pulumi up`s run on ephemeral runners: killed mid-create, the runner and its disk
// (the create journal) gone, the next run on a fresh machine with the same backend. There, the
// pending create in the stack's state is all there is; `recover` resolves it from that alone.
const USER = "7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const PROGRAM = `"use strict";
const pulumi = require("@pulumi/pulumi");
const { S3Key, AccessKey } = require("pulumi-ionos-s3key");
const key = new S3Key("key", { userId: new pulumi.Config().require("userId") });
const accessKey = new AccessKey("access-key", { description: "runner" });
exports.secretKey = key.secretKey;
exports.accessKeySecret = accessKey.secretKey;
`;

describe("a runner killed mid-create and replaced by a fresh one, under the real pulumi CLI", function () {
  this.timeout(300_000);
  let emulator: Emulator;
  before(async () => {
    emulator = await startEmulator({ requestDelayMs: 20 });
  });
  after(() => emulator.close());
  const liveAccessKeys = () => emulator.accessKeys().filter((k) => k.goneAt === undefined);

  it("cancel, recover, up: one key of each kind, held by the state, secrets working; destroy leaves none", async () => {
    const p = new CliProject("javascript", emulator, PROGRAM);
    const journal = mkdtempSync(join(tmpdir(), "ionos-runner-journal-"));
    p.env = {
      ...p.env,
      IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: emulator.objectStorageUrl,
      IONOS_CREATE_JOURNAL: journal,
    };
    await p.init({ userId: USER });
    emulator.setRequestDelay(8_000);
    const from = emulator.log.length;
    const run = p.start(["up"]);
    const both = () => {
      const writes = writesSince(emulator, from);
      return writes.some((w) => w.startsWith("POST")) && writes.some((w) => w.startsWith("PUT /accesskeys/"));
    };
    for (let i = 0; i < 600 && !both(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(both(), "both creates were sent").to.equal(true);
    killTree(run.child.pid!);
    expect((await run.done).code).to.not.equal(0);
    emulator.setRequestDelay(20);
    const [made] = emulator.keys(USER);
    const [madeAccessKey] = liveAccessKeys();
    expect(
      [made, madeAccessKey].every((k) => k !== undefined),
      "both keys exist on IONOS",
    ).to.equal(true);

    // The fresh runner: no journal, the same backend.
    rmSync(journal, { recursive: true, force: true });
    await p.ok(["cancel", "--yes"]);
    const exported = await p.exportState();
    expect(exported).to.contain('"pending_operations"');
    const recovered = await p.exec(join(p.dir, "node_modules", ".bin", "pulumi-ionos-s3key"), ["recover"]);
    expect(recovered.code, recovered.output).to.equal(0);
    expect(recovered.stdout)
      .to.contain(`made key ${made.id}, which exists: importing it`)
      .and.contain(`access key ${madeAccessKey.id} exists`);

    const before = emulator.log.length;
    await p.ok(["up"]);
    const writes = writesSince(emulator, before);
    expect(
      writes.filter((w) => w.startsWith("POST")),
      "no second S3 key",
    ).to.deep.equal([]);
    expect(writes, "the imported access key's secret is renewed, once").to.deep.equal([
      `PUT /accesskeys/${madeAccessKey.id}/renew`,
    ]);
    expect(emulator.keys(USER).map((k) => k.id)).to.deep.equal([made.id]);
    expect(liveAccessKeys().map((k) => k.id)).to.deep.equal([madeAccessKey.id]);
    const secret = (await p.ok(["stack", "output", "secretKey", "--show-secrets"])).stdout.trim();
    const accessSecret = (await p.ok(["stack", "output", "accessKeySecret", "--show-secrets"])).stdout.trim();
    expect(secret === emulator.keys(USER)[0].secretKey, "the state holds the S3 key's secret").to.equal(true);
    expect(accessSecret === liveAccessKeys()[0].secretKey, "and the access key's current secret").to.equal(true);
    const state = await p.exportState();
    expect(state.includes(secret) || state.includes(accessSecret), "a secret in plain text in the state").to.equal(
      false,
    );

    await p.ok(["destroy"]);
    expect(emulator.keys(USER)).to.deep.equal([]);
    expect(liveAccessKeys()).to.deep.equal([]);
  });
});

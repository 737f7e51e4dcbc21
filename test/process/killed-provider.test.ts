import { expect } from "chai";
import { spawn } from "node:child_process";
import { join } from "node:path";
import type { AccessKeyOutputs } from "../../provider/access-key/access-key-types";
import { AccessKeyProvider } from "../../provider/access-key/access-key-provider";
import type { S3KeyOutputs } from "../../provider/s3-key/s3-key-types";
import { S3KeyProvider } from "../../provider/s3-key/s3-key-provider";
import { FAST_CLIENT, journalEntries, USER, useEmulator, writesSince, type EmulatorSuite } from "../helpers/emulator";

// A provider in a separate process, as the plugin host is, killed with SIGKILL while it waits for
// the write it sent; the next create of the same resource, in this process, finds that write's key.
const S3_URN = "urn:pulumi:a::proj::pulumi-nodejs:dynamic/ionos:S3Key::ci-key";
const ACCESS_KEY_URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:AccessKey::ci";

/**
 * Starts `code` in a node process with the suite's settings while requests take 5 s, waits until
 * `started(from)` (from: the log's length before), kills it, and gives requests `delayMs` again.
 */
async function killMidCreate(
  suite: EmulatorSuite,
  code: string,
  started: (from: number) => boolean,
  delayMs: number,
): Promise<void> {
  suite.emulator.setRequestDelay(5_000);
  const from = suite.emulator.log.length;
  const child = spawn(process.execPath, ["-e", code], {
    stdio: "ignore",
    env: { ...process.env, ...suite.env },
    cwd: process.cwd(),
  });
  for (let i = 0; i < 200 && !started(from); i++) await new Promise((r) => setTimeout(r, 25));
  child.kill("SIGKILL");
  await new Promise((r) => child.once("exit", r));
  suite.emulator.setRequestDelay(delayMs);
}

const dist = (...path: string[]) => JSON.stringify(join(__dirname, "..", "..", "provider", ...path));

describe("create reconciliation: a plugin host killed mid-create", function () {
  this.timeout(30_000);
  const env = useEmulator({ requestDelayMs: 20 });
  const messages: string[] = [];
  beforeEach(() => messages.splice(0));
  afterEach(() => {
    for (const key of env.emulator.keys(USER)) env.emulator.deleteKeyOutside(key.id);
  });

  it("the next create of the resource adopts the key the killed one made: one key, its secret known", async () => {
    await killMidCreate(
      env,
      `const { S3KeyProvider } = require(${dist("s3-key", "s3-key-provider.js")});
       new S3KeyProvider({ log: () => {} }).create({ userId: ${JSON.stringify(USER)}, active: true, identity: ${JSON.stringify(S3_URN)} });`,
      (from) => writesSince(env.emulator, from).length > 0,
      20,
    );
    const [made] = env.emulator.keys(USER);
    expect(made, "the killed create's POST was applied").to.not.equal(undefined);
    expect(journalEntries(env.env.IONOS_CREATE_JOURNAL!), "its journal entry survives").to.have.length(1);

    const recovery = env.emulator.log.length;
    const provider = new S3KeyProvider(env.options({ log: (m) => messages.push(m), client: FAST_CLIENT }));
    const { id, outs } = await provider.create({ userId: USER, active: true, identity: S3_URN });
    expect(id).to.equal(made.id);
    expect((outs as S3KeyOutputs).secretKey).to.equal(made.secretKey);
    expect(env.emulator.keys(USER)).to.have.length(1);
    expect(writesSince(env.emulator, recovery)).to.deep.equal([]);
    expect(messages.join("\n")).to.contain("an earlier create of this resource was interrupted");
    await provider.read(id, outs as S3KeyOutputs);
    expect(
      journalEntries(env.env.IONOS_CREATE_JOURNAL!),
      "a refresh sees a state hold the key: the entry ends",
    ).to.deep.equal([]);
  });
});

describe("AccessKey: a plugin host killed mid-create", function () {
  this.timeout(30_000);
  const env = useEmulator({ requestDelayMs: 30 });
  const messages: string[] = [];
  const since = (from: number) =>
    env.emulator.log.slice(from).map((e) => `${e.method} ${e.path.replace(/[0-9a-f-]{36}/, "{id}")}`);

  it("the next create ensures the same key id again, one key, secret known", async () => {
    const from = env.emulator.log.length;
    await killMidCreate(
      env,
      `const { AccessKeyProvider } = require(${dist("access-key", "access-key-provider.js")});
       new AccessKeyProvider({ log: () => {} }).create({ description: "ci", identity: ${JSON.stringify(ACCESS_KEY_URN)} });`,
      () => env.emulator.accessKeys().length > 0,
      30,
    );
    const [made] = env.emulator.accessKeys();
    expect(made, "the killed create's PUT was applied").to.not.equal(undefined);
    expect(since(from).filter((r) => !r.startsWith("GET"))).to.deep.equal(["PUT /accesskeys/{id}"]);
    expect(journalEntries(env.env.IONOS_CREATE_JOURNAL!), "its journal entry survives").to.have.length(1);

    const provider = new AccessKeyProvider(env.options({ log: (m) => void messages.push(m) }));
    const { id, outs } = await provider.create({ description: "ci", identity: ACCESS_KEY_URN });
    expect(id).to.equal(made.id);
    const keys = env.emulator.accessKeys();
    expect(keys.map((k) => k.id)).to.deep.equal([made.id]);
    expect((outs as AccessKeyOutputs).secretKey === keys[0].secretKey, "the renewed secret is held").to.equal(true);
    expect(messages.join("\n")).to.contain(`ensuring its key ${made.id} again`);
    await provider.read(id, outs as AccessKeyOutputs);
    expect(
      journalEntries(env.env.IONOS_CREATE_JOURNAL!),
      "a refresh sees a state hold the key: the entry ends",
    ).to.deep.equal([]);
    await provider.delete(id, {});
  });
});

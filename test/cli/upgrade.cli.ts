import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { writesSince } from "../helpers/emulator";
import { CliProject, installedModules, PROJECT_DIR } from "../helpers/pulumi-cli";

// Users notice nothing when they upgrade: a stack deployed with the last release (its serialized
// providers name that release's files) keeps working after the program installs this checkout.
const LAST_RELEASE = "a05a8b1";
const USER = "9b1b4c62-1466-11e7-87d3-d7bb7dac0087";

const PROGRAM = `"use strict";
const pulumi = require("@pulumi/pulumi");
const { S3Key, AccessKey } = require("pulumi-ionos-s3key");
const key = new S3Key("key", { userId: new pulumi.Config().require("userId") });
const accessKey = new AccessKey("access-key", { description: "upgrade" });
exports.accessKeyId = key.id;
exports.secretKey = key.secretKey;
exports.accessKeySecret = accessKey.secretKey;
`;

/** The last release's tarball, packed from its commit as `npm pack` made it then. */
function packLastRelease(): string {
  const work = mkdtempSync(join(tmpdir(), "ionos-s3key-release-"));
  const source = join(work, "source");
  mkdirSync(source);
  execFileSync("sh", ["-c", `git -C "${PROJECT_DIR}" archive ${LAST_RELEASE} | tar -x -C "${source}"`]);
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: source, stdio: "ignore" });
  const name = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], {
    cwd: source,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  })
    .trim()
    .split("\n")
    .pop()!;
  rmSync(source, { recursive: true, force: true });
  return join(work, name);
}

describe(`an upgrade from the last release (${LAST_RELEASE}) to this checkout, under the real pulumi CLI`, function () {
  this.timeout(600_000);
  let emulator: Emulator;
  before(async () => {
    emulator = await startEmulator({ requestDelayMs: 20 });
  });
  after(() => emulator.close());

  it("plans no create, replace or delete, sends no write on the first up, and destroy deletes every key", async () => {
    const old = installedModules("javascript", { tarball: packLastRelease() });
    const p = new CliProject("javascript", emulator, PROGRAM, { modules: old });
    p.env = { ...p.env, IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: emulator.objectStorageUrl };
    await p.init({ userId: USER });
    await p.ok(["up"]);
    expect(emulator.keys(USER)).to.have.length(1);
    expect(emulator.accessKeys().filter((k) => k.goneAt === undefined)).to.have.length(1);

    // The program now installs this checkout's tarball.
    rmSync(join(p.dir, "node_modules"));
    symlinkSync(join(installedModules("javascript"), "node_modules"), join(p.dir, "node_modules"));
    const from = emulator.log.length;
    const preview = await p.ok(["preview"]);
    expect(preview.stdout).to.not.match(/to create|to replace|to delete/);
    const up = await p.ok(["up"]);
    expect(up.stdout).to.not.match(/created|replaced|deleted/);
    expect(writesSince(emulator, from), "no write to IONOS").to.deep.equal([]);
    const shown = await p.ok(["stack", "output", "secretKey", "--show-secrets"]);
    expect(shown.stdout.trim() === emulator.keys(USER)[0].secretKey, "the state still holds the key's secret").to.equal(
      true,
    );

    await p.ok(["destroy"]);
    expect(emulator.keys(USER)).to.deep.equal([]);
    expect(emulator.accessKeys().filter((k) => k.goneAt === undefined)).to.deep.equal([]);
    expect(await p.stateKeys()).to.deep.equal([]);
  });
});

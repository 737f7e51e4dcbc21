import { expect } from "chai";
import { startEmulator, type Emulator } from "../../emulator";
import { writesSince } from "../helpers/emulator";
import { CliProject } from "../helpers/pulumi-cli";
import { pluginTarball } from "../helpers/plugin-programs";
import { PACKAGE_VERSION } from "../../provider/api/user-agent";

// A stack moves from the dynamic S3Key to the plugin's ionos-s3key:index:S3Key without a new key,
// as docs/plugin.md tells it: `pulumi state delete` the dynamic resource (the key stays), declare the
// plugin's resource with the `import` option, `pulumi up`. Under the real CLI.

const USER = "e3a00002-1466-11e7-87d3-d7bb7dac0087";

const DYNAMIC = `"use strict";
const pulumi = require("@pulumi/pulumi");
const { S3Key } = require("pulumi-ionos-s3key");
const key = new S3Key("key", { userId: new pulumi.Config().require("userId") });
exports.keyId = key.id;
`;

/** The plugin's resource, declared without an SDK (what a generated SDK's class does), importing `importId`. */
const PLUGIN = (importId: string | undefined) => `"use strict";
const pulumi = require("@pulumi/pulumi");
const userId = new pulumi.Config().require("userId");
const key = new pulumi.CustomResource(
  "ionos-s3key:index:S3Key",
  "key",
  { userId, active: true, keyId: undefined, secretKey: undefined },
  { additionalSecretOutputs: ["secretKey"]${importId === undefined ? "" : `, import: "${importId}"`} },
);
exports.keyId = key.id;
exports.secretKey = key.secretKey;
`;

describe("moving a stack from the dynamic S3Key to the plugin's, under the real pulumi CLI", function () {
  this.timeout(300_000);
  let emulator: Emulator;
  before(async () => (emulator = await startEmulator({ requestDelayMs: 20 })));
  after(async () => emulator.close());

  it("keeps the key: no POST, no DELETE, the same key in the state, and later changes go through the plugin", async () => {
    const p = new CliProject("javascript", emulator, DYNAMIC);
    await p.ok(["plugin", "install", "resource", "ionos-s3key", PACKAGE_VERSION, "--file", pluginTarball()]);
    await p.init({ userId: USER });
    await p.ok(["up"]);
    const [keyId] = emulator.keys(USER).map((k) => k.id);
    const from = emulator.log.length;

    const dynamicUrn = (await p.stateKeys())[0].urn;
    await p.ok(["state", "delete", dynamicUrn, "--yes"]);
    p.writeProgram(PLUGIN(`${USER}/${keyId}`));
    await p.ok(["up"]);
    p.writeProgram(PLUGIN(undefined));
    const preview = await p.ok(["preview", "--expect-no-changes"]);
    expect(preview.stdout).to.not.contain("to update");

    expect(writesSince(emulator, from), "no key made or deleted").to.deep.equal([]);
    const keys = await p.stateKeys();
    expect(keys.map((k) => [k.urn.split("::")[2], k.id])).to.deep.equal([["ionos-s3key:index:S3Key", keyId]]);
    expect(emulator.keys(USER).map((k) => k.id)).to.deep.equal([keyId]);

    await p.ok(["destroy"]);
    expect(emulator.keys(USER)).to.deep.equal([]);
  });
});

import { expect } from "chai";
import { checkPluginConfig, configuredValues } from "../provider/plugin/plugin-config";
import { pluginConfigSource } from "../provider/common/config-sources";
import { readConfig } from "../provider/common/config";
import { invokeFunction } from "../provider/plugin/plugin-functions";
import { pendingCreates } from "../provider/recover/pending-creates";
import { SECRET_SIG, SECRET_SIG_KEY, UNKNOWN } from "../provider/common/wire";

const secret = (value: string) => ({ [SECRET_SIG_KEY]: SECRET_SIG, value });

describe("the plugin's provider config", () => {
  it("marks a token given in plain text secret, so the provider's state holds only ciphertext", () => {
    const { inputs, failures } = checkPluginConfig({ token: "plain-token", endpoint: "https://api.ionos.com" }, {});
    expect(failures).to.deep.equal([]);
    expect(inputs.token).to.deep.equal(secret("plain-token"));
    expect(inputs.endpoint).to.equal("https://api.ionos.com");
  });

  it("reports an unknown key and a bad endpoint at once, naming the ionos-s3key key, never the token", () => {
    const { failures } = checkPluginConfig({ tokn: "x", token: secret("t0ken-value"), endpoint: "ftp://x" }, {});
    // Never as the property: the engine would print the value beside it, and `tokn` may hold a token.
    expect(failures.map((f) => f.property)).to.deep.equal(["", ""]);
    expect(failures[0].reason).to.match(/^ionos-s3key:tokn is not a config key of ionos-s3key, which takes token, /);
    const reasons = failures.map((f) => f.reason).join("\n");
    expect(reasons).to.contain("ionos-s3key:endpoint");
    expect(reasons).to.not.contain("t0ken-value");
  });

  it("says where to set credentials when there are none, the plugin's way", () => {
    const { failures } = checkPluginConfig({ endpoint: "https://api.ionos.com" }, {});
    expect(failures.map((f) => f.reason)).to.deep.equal([
      "no IONOS credentials: set IONOS_TOKEN (recommended), or IONOS_USERNAME and IONOS_PASSWORD, or the provider config ionos-s3key:token",
    ]);
  });

  it("falls back to the environment for each key, and leaves values not known yet to Configure", () => {
    expect(checkPluginConfig({}, { IONOS_TOKEN: "from-env" }).failures).to.deep.equal([]);
    expect(checkPluginConfig({ endpoint: UNKNOWN }, {}).failures).to.deep.equal([]);
  });

  it("reads Configure's variables as the settings, provider config winning over the environment", () => {
    const values = configuredValues([
      ["ionos-s3key:config:token", "configured"],
      ["ionos-s3key:config:endpoint", "http://127.0.0.1:4010"],
      ["other:config:token", "not ours"],
    ]);
    const config = readConfig({ env: { IONOS_TOKEN: "env" }, pluginConfig: pluginConfigSource(values) });
    expect(config.api.auth).to.deep.equal({ kind: "token", token: "configured" });
    expect(config.api.baseUrl).to.equal("http://127.0.0.1:4010/cloudapi/v6");
  });
});

describe("the plugin's functions", () => {
  const noClients = () => {
    throw new Error("no request may be sent");
  };

  it("names a missing argument without sending a request", async () => {
    expect(await invokeFunction("ionos-s3key:index:getS3Key", { userId: "u" }, noClients)).to.deep.equal({
      outputs: {},
      failures: [{ property: "keyId", reason: "required: give getS3Key's keyId as a string" }],
    });
  });

  it("names a user id that is not a UUID as the failing argument, sending nothing", async () => {
    const result = await invokeFunction("ionos-s3key:index:getS3Keys", { userId: "../other" }, noClients);
    expect(result.failures).to.deep.equal([
      {
        property: "userId",
        reason: '"../other" is not a UUID: use the IONOS user\'s id, e.g. 9b1b4c62-1466-11e7-87d3-d7bb7dac0087',
      },
    ]);
  });

  it("refuses a function it does not have, naming the ones it has", async () => {
    const error = await invokeFunction("ionos-s3key:index:getBuckets", {}, noClients).catch((e: Error) => e);
    expect((error as Error).message).to.equal(
      "ionos-s3key has no function ionos-s3key:index:getBuckets: it has getS3Keys, getS3Key, getSsoUrl, getAccessKeys, getAccessKey.",
    );
  });
});

describe("recover on a plugin stack", () => {
  const pending = (provider: string) => ({
    deployment: {
      pending_operations: [
        {
          type: "creating",
          resource: { urn: "urn:pulumi:dev::p::ionos-s3key:index:S3Key::k", type: "ionos-s3key:index:S3Key", provider },
        },
      ],
    },
  });

  it("knows the plugin's creates, and which came through an explicit provider", () => {
    const viaDefault = pendingCreates(pending("urn:pulumi:dev::p::pulumi:providers:ionos-s3key::default_0_2_0::abc"));
    expect(viaDefault.creates[0]).to.include({ kind: "S3Key", plugin: true });
    expect(viaDefault.creates[0].explicitProvider).to.equal(undefined);
    // A generated SDK names its default provider after the version and the download URL too.
    const sdkDefault = "pulumi:providers:ionos-s3key::default_0_2_0_https_/github.com/o/r/releases/download/v0.2.0";
    expect(pendingCreates(pending(`urn:pulumi:dev::p::${sdkDefault}::abc`)).creates[0].explicitProvider).to.equal(
      undefined,
    );
    const viaSecond = pendingCreates(pending("urn:pulumi:dev::p::pulumi:providers:ionos-s3key::second::abc"));
    expect(viaSecond.creates[0].explicitProvider).to.equal("urn:pulumi:dev::p::pulumi:providers:ionos-s3key::second");
  });
});

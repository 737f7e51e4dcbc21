import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import type { S3KeyOutputs } from "../provider/s3-key/s3-key-outputs";
import { serializableProvider } from "../provider/common/serializable-provider";
import { USER, useEmulator } from "./helpers/emulator";

// What the plugin host does with the `__provider` text: require it back and call handler().
function requireFromText(text: string): pulumi.dynamic.ResourceProvider {
  const requireFromString: (code: string) => {
    handler: () => pulumi.dynamic.ResourceProvider;
  } = require("require-from-string");
  return requireFromString(text).handler();
}

describe("the serialized provider", () => {
  const env = useEmulator({ requestDelayMs: 10 });
  // The one exception to "tests never write process.env": a serialized provider, as the plugin host
  // loads it, takes no options and reads the host's environment, so these tests set it, and put it back.
  const saved = { ...process.env };
  before(() => Object.assign(process.env, env.env));
  after(() => (process.env = saved));

  it("contains no token, password or secret key, even with all of them in the environment", async () => {
    const provider = serializableProvider();
    // A key created through the provider before serialization must not be captured either.
    const { outs } = await provider.create({ userId: USER, active: true });
    process.env.IONOS_PASSWORD = "a-password-value";
    process.env.IONOS_USERNAME = "someone@example.com";
    try {
      const { text } = await pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
      for (const secret of [env.emulator.options.token, "a-password-value", (outs as S3KeyOutputs).secretKey]) {
        expect(text.includes(secret), "a secret is in the serialized provider").to.equal(false);
      }
      expect(text).to.not.contain("IonosHttpClient");
      expect(text.length).to.be.below(16 * 1024);
    } finally {
      delete process.env.IONOS_PASSWORD;
      delete process.env.IONOS_USERNAME;
    }
  });

  it("works after being required back from its text, as the plugin host does", async () => {
    const { text } = await pulumi.runtime.serializeFunction(() => serializableProvider(), { allowSecrets: true });
    const provider = requireFromText(text);
    const created = await provider.create({ userId: USER, active: false });
    const outs = created.outs as S3KeyOutputs;
    expect(env.emulator.keys(USER).find((k) => k.id === created.id)?.active).to.equal(false);
    const read = await provider.read!(created.id, outs);
    expect(read.props).to.deep.equal(outs);
    await provider.delete!(created.id, outs);
    expect(env.emulator.keys(USER).find((k) => k.id === created.id)).to.equal(undefined);
  });

  it("keeps stack config from configure() for later calls, as one plugin process does", async () => {
    const { text } = await pulumi.runtime.serializeFunction(() => serializableProvider(), { allowSecrets: true });
    const provider = requireFromText(text);
    delete process.env.IONOS_TOKEN;
    try {
      const values: Record<string, string> = { "ionoscloud:token": env.emulator.options.token };
      await provider.configure!({ config: { get: (k: string) => values[k], require: (k: string) => values[k] } });
      const created = await provider.create({ userId: USER, active: true });
      await provider.delete!(created.id, created.outs);
    } finally {
      process.env.IONOS_TOKEN = env.emulator.options.token;
    }
  });
});

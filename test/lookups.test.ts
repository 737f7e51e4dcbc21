import { expect } from "chai";
import { getS3Key, getS3Keys, getSsoUrl } from "../provider/s3-key/s3-key-lookups";
import { getAccessKey, getAccessKeys } from "../provider/access-key/access-key-lookups";
import { withLookupHooks } from "../provider/common/lookup-options";
import { invokeFunction, LOOKUPS } from "../provider/plugin/plugin-functions";
import { pluginSchema } from "../provider/plugin/schema";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { AccessKeyProvider } from "../provider/access-key/access-key-provider";
import { SECRET_SIG, SECRET_SIG_KEY } from "../provider/common/wire";
import { rejection, requestsSince, USER, useEmulator } from "./helpers/emulator";

type Props = Record<string, unknown>;

/** The value with every secret marker taken off, and the paths that carried one. */
function unwrapped(value: unknown, path = "", secrets: string[] = []): { value: unknown; secrets: string[] } {
  if (Array.isArray(value))
    return { value: value.map((v, i) => unwrapped(v, `${path}[${i}]`, secrets).value), secrets };
  if (value === null || typeof value !== "object") return { value, secrets };
  const object = value as Props;
  if (object[SECRET_SIG_KEY] === SECRET_SIG) {
    secrets.push(path);
    return { value: object.value, secrets };
  }
  const out = Object.fromEntries(
    Object.entries(object).map(([k, v]) => [k, unwrapped(v, path ? `${path}.${k}` : k, secrets).value]),
  );
  return { value: out, secrets };
}

describe("one lookup implementation for the Node functions and the plugin's functions", function () {
  this.timeout(20_000);
  const env = useEmulator();
  const s3 = () => new S3KeyProvider(env.options({ log: () => undefined }));
  const access = () => new AccessKeyProvider(env.options({ log: () => undefined }));
  const node = <T>(run: () => Promise<T>) => withLookupHooks(env.options(), run);
  const plugin = (name: string, args: Props) =>
    invokeFunction(`ionos-s3key:index:${name}`, args, (which) =>
      which === "api" ? s3().clientFor("api") : access().clientFor("objectStorage"),
    );

  it("gives the same result both ways for every lookup; the plugin marks exactly the secret values", async () => {
    const { id: keyId } = await s3().create({ userId: USER, active: true } as never);
    const { outs } = await access().create({
      description: "lookups",
      identity: "urn:pulumi:d::p::t::lookups",
    } as never);
    const accessKeyId = (outs as { keyId: string }).keyId;
    const cases: Array<[string, Props, () => Promise<unknown>, string[]]> = [
      ["getS3Keys", { userId: USER }, () => getS3Keys({ userId: USER }), ["keys[0].secretKey"]],
      ["getS3Key", { userId: USER, keyId }, () => getS3Key({ userId: USER, keyId }), ["secretKey"]],
      ["getSsoUrl", { userId: USER }, () => getSsoUrl({ userId: USER }), ["ssoUrl"]],
      ["getAccessKeys", {}, () => getAccessKeys({}), []],
      ["getAccessKey", { keyId: accessKeyId }, () => getAccessKey({ keyId: accessKeyId }), []],
    ];
    expect(cases.map(([name]) => name).sort()).to.deep.equal(Object.keys(LOOKUPS).sort());
    for (const [name, args, direct, secretPaths] of cases) {
      const viaPlugin = await plugin(name, args);
      expect(viaPlugin.failures, name).to.equal(undefined);
      const { value, secrets } = unwrapped(viaPlugin.outputs);
      expect(value, `${name}: the plugin's result is the Node function's`).to.deep.equal(await node(direct));
      expect(secrets, `${name}: the values marked secret`).to.deep.equal(secretPaths);
    }
    expect((await node(() => getS3Key({ userId: USER, keyId }))).userId, "a key names its user both ways").to.equal(
      USER,
    );
    await s3().delete(keyId, { userId: USER });
    await access().delete(accessKeyId, {});
  });

  it("checks the arguments the same way both ways, naming the argument, before any request", async () => {
    const from = env.emulator.log.length;
    const direct = await rejection(() => node(() => getS3Keys({ userId: "../other" })));
    const viaPlugin = await plugin("getS3Keys", { userId: "../other" });
    const reason = '"../other" is not a UUID: use the IONOS user\'s id, e.g. 9b1b4c62-1466-11e7-87d3-d7bb7dac0087';
    expect(viaPlugin.failures).to.deep.equal([{ property: "userId", reason }]);
    expect(direct.message).to.equal(`userId: ${reason}`);
    expect(requestsSince(env.emulator, from)).to.deep.equal([]);
  });

  it("names a missing key the same way both ways", async () => {
    const missing = "00000000000000000000";
    const direct = await rejection(() => node(() => getS3Key({ userId: USER, keyId: missing })));
    const viaPlugin = await rejection(() => plugin("getS3Key", { userId: USER, keyId: missing }));
    expect(direct.message).to.equal(`getS3Key: user ${USER} has no key ${missing}; check keyId and userId.`);
    expect(viaPlugin.message).to.equal(direct.message);
  });

  it("marks secret exactly the fields the schema says are secret, function by function", () => {
    const schema = pluginSchema("0.0.0") as {
      functions: Record<string, { outputs: { properties: Record<string, { secret?: boolean }> } }>;
      types: Record<string, { properties: Record<string, { secret?: boolean }> }>;
    };
    const secretIn = (properties: Record<string, { secret?: boolean; items?: { $ref?: string } }>): string[] =>
      Object.entries(properties).flatMap(([name, p]) => {
        const ref = (p as { items?: { $ref?: string } }).items?.$ref?.replace("#/types/", "");
        if (ref !== undefined) return secretIn(schema.types[ref].properties);
        return p.secret === true ? [name] : [];
      });
    for (const [name, spec] of Object.entries(LOOKUPS))
      expect(
        [...new Set(secretIn(schema.functions[`ionos-s3key:index:${name}`].outputs.properties))].sort(),
        name,
      ).to.deep.equal([...spec.secrets].sort());
  });
});

import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { AccessKey, S3Key } from "../provider";
import { until, USER } from "./helpers/emulator";

interface Registration {
  type: string;
  name: string;
  additionalSecretOutputs: string[];
  deleteBeforeReplace: boolean;
  id: string;
  object: Record<string, unknown>;
}

// Records the full RegisterResourceRequest the SDK sends, which `setMocks` alone does not expose,
// until every resource `names` lists has registered.
async function registrations(names: readonly string[], program: () => void): Promise<Registration[]> {
  const seen: Registration[] = [];
  await pulumi.runtime.setMocks({
    newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }),
    call: (args) => args.inputs,
  });
  const monitor = (
    pulumi.runtime as unknown as {
      getMonitor(): {
        registerResource: (req: any, cb: unknown) => void;
        readResource: (req: any, cb: unknown) => void;
      };
    }
  ).getMonitor();
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req: any, callback: unknown) => {
    seen.push({
      type: req.getType(),
      name: req.getName(),
      additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
      deleteBeforeReplace: req.getDeletebeforereplace(),
      id: "",
      object: req.getObject().toJavaScript(),
    });
    return register(req, callback);
  };
  const read = monitor.readResource.bind(monitor);
  monitor.readResource = (req: any, callback: unknown) => {
    seen.push({
      type: req.getType(),
      name: req.getName(),
      additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
      deleteBeforeReplace: false,
      id: req.getId(),
      object: req.getProperties().toJavaScript(),
    });
    return read(req, callback);
  };
  program();
  await until(() => names.every((name) => seen.some((r) => r.name === name)));
  return seen;
}

describe("the S3Key resource", () => {
  it("registers secretKey as an additional secret output, merged with the caller's options", async () => {
    const seen = await registrations(["ci-key"], () => {
      new S3Key("ci-key", { userId: USER }, { deleteBeforeReplace: true, additionalSecretOutputs: ["keyId"] });
    });
    const key = seen.find((r) => r.name === "ci-key");
    expect(key?.type).to.equal("pulumi-nodejs:dynamic/ionos:S3Key");
    expect(key?.additionalSecretOutputs).to.have.members(["keyId", "secretKey"]);
    expect(key?.deleteBeforeReplace).to.equal(true);
    expect(key?.object.userId).to.equal(USER);
    expect(key?.object.__provider).to.be.a("string");
  });

  it("registers secretKey as secret when the caller passes no options", async () => {
    const seen = await registrations(["plain"], () => {
      new S3Key("plain", { userId: USER, active: false });
    });
    expect(seen.find((r) => r.name === "plain")?.additionalSecretOutputs).to.deep.equal(["secretKey"]);
  });

  it("reads an existing key by userId/keyId with S3Key.get", async () => {
    const seen = await registrations(["existing"], () => {
      S3Key.get("existing", `${USER}/0123456789abcdef0123`);
    });
    const read = seen.find((r) => r.name === "existing");
    expect(read?.id).to.equal(`${USER}/0123456789abcdef0123`);
    expect(read?.additionalSecretOutputs).to.deep.equal(["secretKey"]);
  });

  it("tells its own instances apart: S3Key.isInstance and AccessKey.isInstance each by their type", async () => {
    let key: S3Key | undefined;
    let access: AccessKey | undefined;
    await registrations(["kind-s3", "kind-access"], () => {
      key = new S3Key("kind-s3", { userId: USER });
      access = new AccessKey("kind-access");
    });
    expect([
      S3Key.isInstance(key),
      S3Key.isInstance(access),
      AccessKey.isInstance(access),
      AccessKey.isInstance(key),
    ]).to.deep.equal([true, false, true, false]);
    expect([S3Key.isInstance(undefined), S3Key.isInstance({}), pulumi.CustomResource.isInstance(key)]).to.deep.equal([
      false,
      false,
      true,
    ]);
    // The guard narrows, as a program uses it.
    const some: pulumi.Resource = key!;
    if (S3Key.isInstance(some)) expect(some.secretKey).to.be.an("object");
  });

  it("takes any JSON values as keepers and rotation, as @pulumi/random's keepers do (numbers, lists, objects, outputs)", async () => {
    const keepers = { rotation: 3, tags: ["a", "b"], nested: { on: true }, from: pulumi.output("x") };
    const seen = await registrations(["json-keepers", "json-rotation"], () => {
      new S3Key("json-keepers", { userId: USER, keepers });
      new AccessKey("json-rotation", { rotation: { month: 11, year: "2026" } });
    });
    expect(seen.find((r) => r.name === "json-keepers")?.object.keepers).to.deep.equal({
      rotation: 3,
      tags: ["a", "b"],
      nested: { on: true },
      from: "x",
    });
    expect(seen.find((r) => r.name === "json-rotation")?.object.rotation).to.deep.equal({ month: 11, year: "2026" });
  });
});

import { expect } from "chai";
import { fetch } from "undici";
import { readFileSync } from "node:fs";
import { ACCESS_KEY_TYPE, S3KEY_TYPE } from "../provider/common/wire";
import { recover, type RunPulumi } from "../provider/recover/recover";
import { diffAccessKey } from "../provider/access-key/access-key-diff";
import { diffS3Key } from "../provider/s3-key/s3-key-diff";
import { CREATE_TOKEN_HEADER } from "../provider/common/create-journal";
import { OTHER_USER, USER, useEmulator } from "./helpers/emulator";

// recover against the emulator, with the pulumi commands it runs recorded (the real CLI runs it in
// test/cli/lifecycle.cli.ts: a vanished runner, both kinds of key).
const urn = (type: string, name: string) => `urn:pulumi:dev::proj::${type}::${name}`;

describe("pulumi-ionos-s3key recover", function () {
  this.timeout(20_000);
  const env = useEmulator({ requestDelayMs: 10 });

  /**
   * A stand-in for `pulumi` that answers each `stack export` with the next of `states` (the last one
   * again once they run out), or with `pending` as the only pending operations, and records every command.
   */
  function fakePulumi(
    pending: unknown[],
    states?: unknown[],
  ): { run: RunPulumi; commands: string[][]; imported: unknown[] } {
    const commands: string[][] = [];
    const imported: unknown[] = [];
    const exports = states ?? [{ deployment: { resources: [], pending_operations: pending } }];
    let exported = 0;
    return {
      commands,
      imported,
      run: (args) => {
        commands.push([...args]);
        if (args[0] === "stack" && args[1] === "import") imported.push(JSON.parse(readFileSync(args[3], "utf8")));
        if (args[0] === "stack" && args[1] === "export")
          return { code: 0, stdout: JSON.stringify(exports[Math.min(exported++, exports.length - 1)]), stderr: "" };
        if (args[0] === "stack" && args[1] === "--show-name") return { code: 0, stdout: "dev\n", stderr: "" };
        if (args[0] === "whoami") return { code: 0, stdout: '{"url":"https://api.pulumi.com"}', stderr: "" };
        if (args[0] === "config") return { code: 0, stdout: "{}", stderr: "" };
        return { code: 0, stdout: "", stderr: "" };
      },
    };
  }
  const settings = () => ({ ...env.env, IONOS_REQUEST_LOG_SETTLE: "0.2" });

  it("with nothing pending, says so and sends no API request", async () => {
    const from = env.emulator.log.length;
    const pulumi = fakePulumi([{ type: "updating", resource: { urn: urn(S3KEY_TYPE, "k"), type: S3KEY_TYPE } }]);
    const lines: string[] = [];
    expect(await recover({ env: settings(), pulumi: pulumi.run, out: (l) => void lines.push(l) })).to.equal(0);
    expect(lines).to.deep.equal(["recover: no pending create of an S3Key or AccessKey in the stack: nothing to do."]);
    expect(env.emulator.log.length).to.equal(from);
    expect(pulumi.commands).to.deep.equal([
      ["stack", "--show-name"],
      ["whoami", "--json"],
      ["stack", "export"],
    ]);
  });

  it("imports the key each pending create made, clears those that made none, and never prompts", async () => {
    const token = "fedcba9876543210fedcba9876543210";
    const posted = await fetch(`${env.emulator.url}/cloudapi/v6/um/users/${USER}/s3keys`, {
      method: "POST",
      headers: { Authorization: `Bearer ${env.emulator.options.token}`, [CREATE_TOKEN_HEADER]: token },
    });
    const made = ((await posted.json()) as { id: string }).id;
    const accessKey = "8d2f0a3c-5b7e-4c1d-9a6f-2e4b8c0d1f3a";
    await fetch(`${env.emulator.objectStorageUrl}/accesskeys/${accessKey}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${env.emulator.options.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ properties: { description: "cut off" } }),
    });
    const pulumi = fakePulumi([
      {
        type: "creating",
        resource: { urn: urn(S3KEY_TYPE, "made"), type: S3KEY_TYPE, inputs: { userId: USER, createToken: token } },
      },
      {
        type: "creating",
        resource: {
          urn: urn(S3KEY_TYPE, "none"),
          type: S3KEY_TYPE,
          inputs: { userId: OTHER_USER, createToken: "0".repeat(32) },
        },
      },
      {
        type: "creating",
        resource: { urn: urn(ACCESS_KEY_TYPE, "made"), type: ACCESS_KEY_TYPE, inputs: { createId: accessKey } },
      },
      {
        type: "creating",
        resource: {
          urn: urn(ACCESS_KEY_TYPE, "none"),
          type: ACCESS_KEY_TYPE,
          inputs: { createId: "11111111-2222-4333-8444-555555555555" },
        },
      },
    ]);
    const lines: string[] = [];
    expect(await recover({ env: settings(), pulumi: pulumi.run, out: (l) => void lines.push(l) })).to.equal(0);
    expect(pulumi.commands.map((c) => c.slice(0, 2).join(" "))).to.deep.equal([
      "stack --show-name",
      "whoami --json",
      "stack export",
      "config --json",
      "stack export",
      "stack import",
    ]);
    const [state] = pulumi.imported as Array<{
      deployment: {
        resources: Array<{ urn: string; id: string; outputs: Record<string, unknown> }>;
        pending_operations: unknown[];
      };
    }>;
    expect(state.deployment.pending_operations, "every pending create resolved").to.deep.equal([]);
    expect(state.deployment.resources.map((r) => [r.urn, r.id])).to.deep.equal([
      [urn(S3KEY_TYPE, "made"), made],
      [urn(ACCESS_KEY_TYPE, "made"), accessKey],
    ]);
    expect(state.deployment.resources[0].outputs).to.include({ userId: USER, keyId: made, secretKey: "" });
    expect(lines.join("\n"))
      .to.contain(`shows its POST made key ${made}, which exists: importing it`)
      .and.contain("the create made no key")
      .and.contain(`IONOS has no access key 11111111`);
    env.emulator.deleteKeyOutside(made);
  });

  it("leaves a create it cannot resolve as it is, says why, and clears nothing", async () => {
    const pulumi = fakePulumi([
      { type: "creating", resource: { urn: urn(S3KEY_TYPE, "old"), type: S3KEY_TYPE, inputs: { userId: USER } } },
    ]);
    const lines: string[] = [];
    expect(await recover({ env: settings(), pulumi: pulumi.run, out: (l) => void lines.push(l) })).to.equal(2);
    expect(pulumi.imported, "nothing changed, nothing written").to.deep.equal([]);
    expect(lines.join("\n")).to.contain("made by a release before 0.2.0");
  });

  it("an S3Key or AccessKey taken in without its secret is updated, which reads or renews it", () => {
    expect(
      diffS3Key(
        { keyId: "0123456789abcdef0123", userId: USER, active: true, secretKey: "" },
        { userId: USER, active: true },
      ).changes,
    ).to.equal(true);
    expect(diffAccessKey({ description: "d", secretKey: "" }, { description: "d" }).changes).to.equal(true);
    expect(diffAccessKey({ description: "d", secretKey: "s3cr3t-value" }, { description: "d" }).changes).to.equal(
      false,
    );
  });
});

describe("recover's answers to a pulumi that misbehaves", () => {
  it("never quotes the config output (it holds decrypted secrets) when it is not JSON", async () => {
    const run: RunPulumi = (args) =>
      args[0] === "stack"
        ? {
            code: 0,
            stdout: JSON.stringify({
              deployment: {
                pending_operations: [
                  {
                    type: "creating",
                    resource: { urn: "urn:x", type: S3KEY_TYPE, inputs: { userId: USER, createToken: "0".repeat(32) } },
                  },
                ],
              },
            }),
            stderr: "",
          }
        : { code: 0, stdout: "ionoscloud:token=TOPSECRETvalue123", stderr: "" };
    const lines: string[] = [];
    expect(await recover({ env: { IONOS_TOKEN: "t0k" }, pulumi: run, out: (l) => void lines.push(l) })).to.equal(2);
    expect(lines.join("\n"))
      .to.contain("IONOS could not be asked (pulumi config --json printed something that is not JSON")
      .and.not.contain("TOPSECRET");
  });
});

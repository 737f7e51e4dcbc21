import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { fetch } from "undici";
import { CREATE_TOKEN_HEADER, nextCreateToken } from "../provider/common/create-journal";
import { S3KEY_TYPE } from "../provider/common/wire";
import { recover, type RunPulumi } from "../provider/recover/recover";
import { USER, useEmulator } from "./helpers/emulator";

// recover as a safe edit of the state: it never undoes an update that finished while it waited, resolves
// a cut-off replacement into a state the next up finishes, clears what an up already resolved, reads a
// state of any size, reports malformed entries one by one, and never writes over a locked stack.
const URN = `urn:pulumi:dev::proj::${S3KEY_TYPE}::key`;
const TOKEN = "fedcba9876543210fedcba9876543210";

interface Deployment {
  resources: Array<{ urn: string; id?: string; delete?: boolean; outputs?: Record<string, unknown> }>;
  pending_operations: unknown[];
}

/** `pulumi` as recover runs it: each `stack export` answers the next state; imports are recorded. */
function pulumiWith(states: Array<{ deployment: Deployment }>): { run: RunPulumi; imported: Deployment[] } {
  const imported: Deployment[] = [];
  let exported = 0;
  return {
    imported,
    run: (args) => {
      const ok = (stdout: string) => ({ code: 0, stdout, stderr: "" });
      if (args[0] === "stack" && args[1] === "export")
        return ok(JSON.stringify(states[Math.min(exported++, states.length - 1)]));
      if (args[0] === "stack" && args[1] === "import") {
        imported.push((JSON.parse(readFileSync(args[3], "utf8")) as { deployment: Deployment }).deployment);
        return ok("");
      }
      if (args[0] === "stack") return ok("dev\n");
      if (args[0] === "whoami") return ok('{"url":"https://api.pulumi.com"}');
      return ok("{}");
    },
  };
}

const pendingCreate = (inputs: Record<string, unknown>) => ({
  type: "creating",
  resource: { urn: URN, type: S3KEY_TYPE, inputs: { userId: USER, ...inputs } },
});

describe("recover as a safe edit of the state", function () {
  this.timeout(20_000);
  const env = useEmulator({ requestDelayMs: 10 });
  const settings = () => ({ ...env.env, IONOS_REQUEST_LOG_SETTLE: "0.2" });
  const lines: string[] = [];
  beforeEach(() => lines.splice(0));
  afterEach(() => {
    for (const key of env.emulator.keys(USER)) env.emulator.deleteKeyOutside(key.id);
  });
  const run = (pulumi: RunPulumi) => recover({ env: settings(), pulumi, out: (l) => void lines.push(l) });

  /** A key POSTed with a create token, as a cut-off create's POST was. */
  async function postedKey(token: string): Promise<string> {
    const answer = await fetch(`${env.emulator.url}/cloudapi/v6/um/users/${USER}/s3keys`, {
      method: "POST",
      headers: { Authorization: `Bearer ${env.emulator.options.token}`, [CREATE_TOKEN_HEADER]: token },
    });
    return ((await answer.json()) as { id: string }).id;
  }

  it("never undoes an up that finished while it waited: it reads the state again and writes on that one", async () => {
    const made = await postedKey(TOKEN);
    const cutOff = { deployment: { resources: [], pending_operations: [pendingCreate({ createToken: TOKEN })] } };
    // Meanwhile `pulumi up` finished: it adopted the key (journal) and left the pending create as it was.
    const afterUp = {
      deployment: {
        resources: [{ urn: URN, id: made, outputs: { keyId: made, createToken: TOKEN, secretKey: "ciphertext" } }],
        pending_operations: cutOff.deployment.pending_operations,
      },
    };
    const pulumi = pulumiWith([cutOff, afterUp, afterUp, afterUp]);
    expect(await run(pulumi.run)).to.equal(0);
    expect(lines.join("\n")).to.contain(
      "the stack's state changed while recover worked (an update ran): reading it again",
    );
    expect(pulumi.imported).to.have.length(1);
    expect(pulumi.imported[0].resources, "the up's resource, untouched, and no second one").to.deep.equal(
      afterUp.deployment.resources,
    );
    expect(pulumi.imported[0].pending_operations).to.deep.equal([]);
    expect(lines.join("\n")).to.contain(`an update already resolved it: the state holds its key ${made}`);
  });

  it("clears, without asking IONOS, a pending create an up already resolved (no duplicate URN)", async () => {
    const state = {
      deployment: {
        resources: [{ urn: URN, id: "0123456789abcdef0123", outputs: { createToken: TOKEN } }],
        pending_operations: [pendingCreate({ createToken: TOKEN })],
      },
    };
    const from = env.emulator.log.length;
    const pulumi = pulumiWith([state]);
    expect(await run(pulumi.run)).to.equal(0);
    expect(env.emulator.log.length, "no API request").to.equal(from);
    expect(pulumi.imported[0].resources).to.deep.equal(state.deployment.resources);
    expect(pulumi.imported[0].pending_operations).to.deep.equal([]);
  });

  it("clears a pending create an up adopted and a rotation replaced since: never imports the deleted key, never touches the live one", async () => {
    // kill → cancel → up (the journal adopted the key, the pending create stayed) → a keepers rotation.
    const deleted = await postedKey(TOKEN);
    env.emulator.deleteKeyOutside(deleted);
    const rotated = nextCreateToken(TOKEN);
    const live = await postedKey(rotated);
    const state = {
      deployment: {
        resources: [{ urn: URN, id: live, outputs: { keyId: live, createToken: rotated } }],
        pending_operations: [pendingCreate({ createToken: TOKEN })],
      },
    };
    const from = env.emulator.log.length;
    const pulumi = pulumiWith([state]);
    expect(await run(pulumi.run)).to.equal(0);
    expect(env.emulator.log.length, "no API request: the state's chain of tokens says it").to.equal(from);
    expect(pulumi.imported[0].resources, "the live key untouched, never marked for deletion").to.deep.equal(
      state.deployment.resources,
    );
    expect(pulumi.imported[0].pending_operations).to.deep.equal([]);
    expect(lines.join("\n")).to.contain(`an update already resolved it: the state holds its key ${live}`);
    expect(env.emulator.keys(USER).map((k) => k.id)).to.deep.equal([live]);
  });

  it("clears a key its POST made that is deleted since, instead of importing it", async () => {
    const deleted = await postedKey(TOKEN);
    env.emulator.deleteKeyOutside(deleted);
    const state = { deployment: { resources: [], pending_operations: [pendingCreate({ createToken: TOKEN })] } };
    const pulumi = pulumiWith([state]);
    expect(await run(pulumi.run)).to.equal(0);
    expect(pulumi.imported[0]).to.deep.equal({ resources: [], pending_operations: [] });
    expect(lines.join("\n")).to.contain(`its POST made key ${deleted}, which is deleted since: nothing to import`);
  });

  it("leaves a cut-off replacement to the next up, which adopts its key: nothing imported, no live key marked for deletion", async () => {
    const old = await postedKey("0".repeat(32));
    const made = await postedKey(TOKEN);
    const state = {
      deployment: {
        resources: [{ urn: URN, id: old, outputs: { keyId: old, createToken: "0".repeat(32) } }],
        pending_operations: [pendingCreate({ createToken: TOKEN, keepers: { rotation: "2" } })],
      },
    };
    const pulumi = pulumiWith([state]);
    expect(await run(pulumi.run)).to.equal(0);
    expect(pulumi.imported[0].resources, "nothing imported, no live key marked for deletion").to.deep.equal(
      state.deployment.resources,
    );
    expect(pulumi.imported[0].pending_operations).to.deep.equal([]);
    expect(lines.join("\n")).to.contain(
      `a cut-off replacement of key ${old}: cleared; the next \`pulumi up\` runs it again and adopts key ${made}`,
    );
  });

  it("never imports a key the state already holds under another URN: the pending create is cleared", async () => {
    const made = await postedKey(TOKEN);
    const other = `urn:pulumi:dev::proj::${S3KEY_TYPE}::other`;
    const state = {
      deployment: {
        resources: [{ urn: other, id: made, outputs: { keyId: made } }],
        pending_operations: [pendingCreate({ createToken: TOKEN })],
      },
    };
    const pulumi = pulumiWith([state]);
    expect(await run(pulumi.run)).to.equal(0);
    expect(pulumi.imported[0].resources).to.deep.equal(state.deployment.resources);
    expect(pulumi.imported[0].pending_operations).to.deep.equal([]);
    expect(lines.join("\n")).to.contain(`key ${made} is already held by ${other}`);
  });

  it("never touches another package's pending create: it imports its own, clears what an up resolved, keeps the other", async () => {
    const made = await postedKey(TOKEN);
    const resolvedUrn = `${URN}-resolved`;
    const state = {
      deployment: {
        resources: [{ urn: resolvedUrn, id: "0123456789abcdef0123", outputs: { createToken: "1".repeat(32) } }],
        pending_operations: [
          pendingCreate({ createToken: TOKEN }),
          {
            type: "creating",
            resource: { urn: resolvedUrn, type: S3KEY_TYPE, inputs: { userId: USER, createToken: "1".repeat(32) } },
          },
          {
            type: "creating",
            resource: { urn: "urn:pulumi:dev::proj::aws:s3/bucket:Bucket::b", type: "aws:s3/bucket:Bucket" },
          },
        ],
      },
    };
    const pulumi = pulumiWith([state]);
    expect(await run(pulumi.run)).to.equal(0);
    const [written] = pulumi.imported;
    expect(written.resources.map((r) => [r.urn, r.id])).to.deep.equal([
      [resolvedUrn, "0123456789abcdef0123"],
      [URN, made],
    ]);
    expect(written.pending_operations).to.deep.equal([state.deployment.pending_operations[2]]);
  });

  it("reports malformed pending operations one by one, and still resolves the others", async () => {
    const made = await postedKey(TOKEN);
    const state = {
      deployment: {
        resources: [],
        pending_operations: [
          null,
          { type: "creating", resource: { type: S3KEY_TYPE } },
          { type: "creating", resource: { urn: `${URN}-2`, type: S3KEY_TYPE, inputs: "not an object" } },
          pendingCreate({ createToken: TOKEN }),
        ],
      },
    };
    const pulumi = pulumiWith([state]);
    expect(await run(pulumi.run)).to.equal(2);
    expect(lines).to.include("recover: pending operation 2 (an S3Key create) has no URN: left as it is");
    expect(lines).to.include(`recover: ${URN}-2: its pending create's inputs are not an object: left as it is`);
    expect(pulumi.imported[0].resources.map((r) => r.id)).to.deep.equal([made]);
    expect(pulumi.imported[0].pending_operations, "the malformed ones kept").to.have.length(3);
    expect(lines.join("\n")).not.to.match(/TypeError|Cannot read/);
  });

  it("reads a stack export of any size through the real process boundary (4 MiB here, over the old 1 MiB cap)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "recover-big-"));
    const resources = Array.from({ length: 4000 }, (_, i) => ({
      urn: `urn:pulumi:dev::proj::pulumi:pulumi:Stack::s${i}`,
      outputs: { padding: "x".repeat(1000) },
    }));
    const big = JSON.stringify({ deployment: { resources, pending_operations: [] } });
    writeFileSync(join(dir, "export.json"), big);
    writeFileSync(
      join(dir, "pulumi"),
      `#!/bin/sh\ncase "$1 $2" in\n  "stack export") cat "${join(dir, "export.json")}" ;;\n  "stack --show-name") echo dev ;;\n  "whoami --json") echo '{"url":"https://api.pulumi.com"}' ;;\n  *) echo '{}' ;;\nesac\n`,
    );
    chmodSync(join(dir, "pulumi"), 0o755);
    expect(big.length).to.be.greaterThan(4 * 1024 * 1024);
    const code = await recover({
      env: { ...settings(), PATH: `${dir}${delimiter}${process.env.PATH}` },
      cwd: dir,
      out: (l) => void lines.push(l),
    });
    expect(code).to.equal(0);
    expect(lines).to.deep.equal(["recover: no pending create of an S3Key or AccessKey in the stack: nothing to do."]);
  });

  it("never writes over a stack a file backend's lock holds: says to run pulumi cancel, exit 3", async () => {
    const root = mkdtempSync(join(tmpdir(), "recover-locked-"));
    const locks = join(root, "backend", ".pulumi", "locks", "organization", "proj", "dev");
    mkdirSync(locks, { recursive: true });
    writeFileSync(join(locks, "a1b2c3.json"), "{}");
    writeFileSync(join(root, "Pulumi.yaml"), "name: proj\nruntime: nodejs\n");
    const commands: string[][] = [];
    const pulumi: RunPulumi = (args) => {
      commands.push([...args]);
      if (args[0] === "whoami")
        return { code: 0, stdout: JSON.stringify({ url: `file://${root}/backend` }), stderr: "" };
      return { code: 0, stdout: "dev\n", stderr: "" };
    };
    expect(await recover({ env: settings(), cwd: root, pulumi, out: (l) => void lines.push(l) })).to.equal(3);
    expect(lines[0]).to.contain("the stack is locked by 1 lock(s)").and.contain("run `pulumi cancel --yes`");
    expect(commands.map((c) => c.slice(0, 2).join(" "))).to.deep.equal(["stack --show-name", "whoami --json"]);
  });
});

describe("the recover command's own answers", () => {
  const cli = resolve(__dirname, "..", "provider", "recover", "cli.js");
  const runCli = (...args: string[]) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, [cli, ...args], { encoding: "utf8", stdio: "pipe" }) };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: `${e.stdout}${e.stderr}` };
    }
  };

  it("--help prints the usage with the exit codes; --version the package's version; both exit 0", () => {
    const help = runCli("--help");
    expect(help.code).to.equal(0);
    expect(help.out).to.contain("Usage: pulumi-ionos-s3key recover [--stack NAME]").and.contain("Exit codes: 0");
    const pkg = JSON.parse(readFileSync(resolve(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    expect(runCli("--version")).to.deep.equal({ code: 0, out: `${pkg.version}\n` });
  });

  it("a usage error is one clean line and exit 64", () => {
    expect(runCli("--bogus")).to.deep.equal({
      code: 64,
      out: "pulumi-ionos-s3key: unknown option --bogus. See --help.\n",
    });
    expect(runCli("recover", "--stack")).to.deep.equal({
      code: 64,
      out: "pulumi-ionos-s3key: --stack needs a value. See --help.\n",
    });
    expect(runCli("recovr")).to.deep.equal({
      code: 64,
      out: 'pulumi-ionos-s3key: expected the command recover, got "recovr". See --help.\n',
    });
  });
});

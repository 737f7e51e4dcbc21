import { expect } from "chai";
import { spawn } from "node:child_process";
import { EngineGuard, engineAddressIn, engineHealth } from "../../provider/common/engine-watch";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A stand-in engine in a process of its own: a gRPC server on a local port (the engine's gRPC servers
 * answer the health service; this one, like an engine without it, answers UNIMPLEMENTED), or with
 * `logs`, one that takes Pulumi's Engine.Log and prints each message as a JSON line.
 */
function startEngine(logs = false): Promise<{ address: string; kill: () => void; lines: () => string[] }> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const grpc = require("@grpc/grpc-js");
const server = new grpc.Server();
${
  logs
    ? `const engrpc = require("@pulumi/pulumi/proto/engine_grpc_pb");
const empty = require("google-protobuf/google/protobuf/empty_pb");
server.addService(engrpc.EngineService, { log(call, cb) { const r = call.request; console.log(JSON.stringify({ severity: r.getSeverity(), message: r.getMessage(), urn: r.getUrn() })); cb(null, new empty.Empty()); } });`
    : ""
}
server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, port) => console.log(port));
setInterval(() => {}, 1000);`,
    ],
    { cwd: __dirname, stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const lines = () => out.trim().split("\n").slice(1);
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      const port = out.split("\n")[0];
      if (!/^\d+$/.test(port) || !out.includes("\n")) return;
      clearInterval(poll);
      resolve({ address: `127.0.0.1:${port}`, kill: () => child.kill("SIGKILL"), lines });
    }, 20);
  });
}

describe("the engine check: a gRPC health check of the engine's address, as Pulumi's plugins make", function () {
  this.timeout(20_000);

  it("sees the engine alive while it runs (UNIMPLEMENTED counts as alive), and gone once it is killed", async () => {
    const engine = await startEngine();
    const alive = engineHealth(engine.address);
    expect(await alive()).to.equal(true);
    expect(await alive(), "asked again").to.equal(true);
    engine.kill();
    await sleep(300);
    expect(await alive(), "its port refuses").to.equal(false);
  });

  it("finds the engine's address on a plugin host's command line, whatever flags come first", () => {
    const host = "/x/node_modules/@pulumi/pulumi/cmd/dynamic-provider/index.js";
    expect(engineAddressIn(["node", host, "127.0.0.1:43121"])).to.equal("127.0.0.1:43121");
    expect(engineAddressIn(["node", host, "--logtostderr", "-v=9", "127.0.0.1:5"])).to.equal("127.0.0.1:5");
    expect(engineAddressIn(["node", "/x/dist/provider/plugin/main.js", "localhost:7"])).to.equal("localhost:7");
    expect(engineAddressIn(["node", "/x/program/index.js", "127.0.0.1:5"]), "a program is no host").to.equal(undefined);
  });

  it("sends a host's messages to the engine on their resource's row, in order", async () => {
    const engine = await startEngine(true);
    const urn = "urn:pulumi:dev::p::ionos-s3key:index:S3Key::k";
    const script = `const w = require(${JSON.stringify(require.resolve("../../provider/common/engine-watch"))});
w.setEngineAddress(${JSON.stringify(engine.address)});
for (let i = 0; i < 5; i++) w.tellUser("info", "step " + i, ${JSON.stringify(urn)});
w.tellUser("warning", "careful");
setTimeout(() => process.exit(0), 1500);`;
    await new Promise((resolve) => spawn(process.execPath, ["-e", script], { stdio: "inherit" }).on("exit", resolve));
    engine.kill();
    const got = engine.lines().map((l) => JSON.parse(l) as { severity: number; message: string; urn: string });
    expect(got).to.deep.equal([
      ...[0, 1, 2, 3, 4].map((i) => ({ severity: 1, message: `step ${i}`, urn })),
      { severity: 2, message: "careful", urn: "" },
    ]);
  });
});

describe("EngineGuard: a plugin host whose engine is gone ends itself once nothing is in flight", () => {
  it("lets a create in flight finish, then exits once", async () => {
    let alive = true;
    let exits = 0;
    const guard = new EngineGuard(
      () => alive,
      () => void exits++,
    ).start(10);
    let finish!: () => void;
    const create = guard.during(() => new Promise<string>((r) => (finish = () => r("key"))));
    alive = false;
    await sleep(50);
    expect(exits, "not while the create runs").to.equal(0);
    finish();
    expect(await create).to.equal("key");
    await sleep(30);
    expect(exits).to.equal(1);
  });

  it("never exits while the engine runs, nor when it was never started (a program, a test)", async () => {
    let exits = 0;
    const running = new EngineGuard(
      () => true,
      () => void exits++,
    ).start(5);
    await running.during(async () => "done");
    const idle = new EngineGuard(
      () => false,
      () => void exits++,
    );
    await idle.during(async () => "done");
    await sleep(30);
    expect(exits).to.equal(0);
  });

  it("stopped by a live engine: ends the journal entries of the keys handed over before, and exits at once", async () => {
    const codes: number[] = [];
    const guard = new EngineGuard(
      () => true,
      (code) => void codes.push(code),
    ).start(1000);
    const ended: string[] = [];
    guard.handOver(() => void ended.push("first"));
    let finish!: () => void;
    const create = guard.during(() => new Promise<void>((r) => (finish = r)));
    await guard.stop(130);
    expect(ended).to.deep.equal(["first"]);
    expect(codes, "as the signal would have: a create still in flight keeps its entry").to.deep.equal([130]);
    finish();
    await create;
    expect(codes).to.deep.equal([130]);
  });

  it("stopped with its engine gone: keeps every entry (the engine may not have recorded the keys)", async () => {
    const codes: number[] = [];
    const guard = new EngineGuard(
      () => false,
      (code) => void codes.push(code),
    ).start(1000);
    const ended: string[] = [];
    guard.handOver(() => void ended.push("first"));
    await guard.stop(143);
    expect(ended).to.deep.equal([]);
    expect(codes).to.deep.equal([143]);
  });
});

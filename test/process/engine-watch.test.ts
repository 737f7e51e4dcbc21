import { expect } from "chai";
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { EngineGuard } from "../../provider/common/engine-watch";

// The engine check under the launchers that start a plugin host: Pulumi's own (its three lines, copied
// into test/fixtures: `node` under /bin/sh without exec), one that execs, and the engine killed alone.
const PULUMI_LAUNCHER = resolve(__dirname, "..", "..", "..", "test", "fixtures", "pulumi-resource-pulumi-nodejs");
const ENGINE_WATCH = resolve(__dirname, "..", "..", "provider", "common", "engine-watch.js");
const EXEC_LAUNCHER = `#!/bin/sh\nexec node "$(node -e "console.log(require.resolve('@pulumi/pulumi/cmd/dynamic-provider'))")" "$@"\n`;

/**
 * A project whose `@pulumi/pulumi/cmd/dynamic-provider` is a probe: it writes, every 50 ms, what the
 * engine check and the parent-only check say. Started by `launcher` from a stand-in engine (a node
 * process), as the real engine starts `pulumi-resource-pulumi-nodejs`.
 */
function startUnder(launcher: string): {
  engine: ChildProcess;
  seen: () => Array<{ engine: boolean; parent: boolean }>;
} {
  const dir = mkdtempSync(join(tmpdir(), "engine-watch-"));
  const host = join(dir, "node_modules", "@pulumi", "pulumi", "cmd", "dynamic-provider");
  mkdirSync(host, { recursive: true });
  const out = join(dir, "seen.jsonl");
  writeFileSync(
    join(host, "index.js"),
    `const fs = require("fs");
const { engineStillRuns, parentStillRuns } = require(${JSON.stringify(ENGINE_WATCH)});
const engine = engineStillRuns(), parent = parentStillRuns();
setInterval(() => fs.appendFileSync(${JSON.stringify(out)}, JSON.stringify({ engine: engine(), parent: parent() }) + "\\n"), 50);
setTimeout(() => process.exit(0), 8000);
`,
  );
  const launcherFile = join(dir, "pulumi-resource-pulumi-nodejs");
  if (launcher === PULUMI_LAUNCHER) copyFileSync(PULUMI_LAUNCHER, launcherFile);
  else writeFileSync(launcherFile, launcher);
  chmodSync(launcherFile, 0o755);
  // As the engine starts a plugin: the script itself, run through its #! line (the process is then
  // named after the script, not "sh").
  const engine = spawn(
    process.execPath,
    [
      "-e",
      `require("child_process").spawn(${JSON.stringify(launcherFile)}, [], { stdio: "ignore" }); setInterval(() => {}, 1000);`,
    ],
    { cwd: dir, stdio: "ignore" },
  );
  const seen = () => {
    try {
      return readFileSync(out, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { engine: boolean; parent: boolean });
    } catch {
      return [];
    }
  };
  return { engine, seen };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the engine check, under every launcher", function () {
  this.timeout(20_000);
  for (const [name, launcher, parentNotices] of [
    ["Pulumi's shipped launcher (sh without exec)", PULUMI_LAUNCHER, false],
    ["a launcher that execs node", EXEC_LAUNCHER, true],
  ] as const) {
    it(`${name}: sees the engine alive, then gone once it is killed alone`, async () => {
      const { engine, seen } = startUnder(launcher);
      for (let i = 0; i < 100 && seen().length === 0; i++) await sleep(50);
      expect(seen().at(-1), "alive while the engine runs").to.deep.equal({ engine: true, parent: true });
      engine.kill("SIGKILL");
      await sleep(600);
      const last = seen().at(-1)!;
      expect(last.engine, "the engine check sees it gone").to.equal(false);
      // Under Pulumi's launcher the parent is the shell, which outlives the engine: a parent check never fires.
      expect(last.parent, "what a check of the parent alone says").to.equal(!parentNotices);
    });
  }
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
    guard.stop(130);
    expect(ended).to.deep.equal(["first"]);
    expect(codes, "as the signal would have: a create still in flight keeps its entry").to.deep.equal([130]);
    finish();
    await create;
    expect(codes).to.deep.equal([130]);
  });

  it("stopped with its engine gone: keeps every entry (the engine may not have recorded the keys)", () => {
    const codes: number[] = [];
    const guard = new EngineGuard(
      () => false,
      (code) => void codes.push(code),
    ).start(1000);
    const ended: string[] = [];
    guard.handOver(() => void ended.push("first"));
    guard.stop(143);
    expect(ended).to.deep.equal([]);
    expect(codes).to.deep.equal([143]);
  });
});

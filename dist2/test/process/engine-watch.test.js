"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const engine_watch_1 = require("../../provider/common/engine-watch");
// The engine check under the launchers that start a plugin host: Pulumi's own (its three lines, copied
// into test/fixtures: `node` under /bin/sh without exec), one that execs, and the engine killed alone.
const PULUMI_LAUNCHER = (0, node_path_1.resolve)(__dirname, "..", "..", "..", "test", "fixtures", "pulumi-resource-pulumi-nodejs");
const ENGINE_WATCH = (0, node_path_1.resolve)(__dirname, "..", "..", "provider", "common", "engine-watch.js");
const EXEC_LAUNCHER = `#!/bin/sh\nexec node "$(node -e "console.log(require.resolve('@pulumi/pulumi/cmd/dynamic-provider'))")" "$@"\n`;
/**
 * A project whose `@pulumi/pulumi/cmd/dynamic-provider` is a probe: it writes, every 50 ms, what the
 * engine check and the parent-only check say. Started by `launcher` from a stand-in engine (a node
 * process), as the real engine starts `pulumi-resource-pulumi-nodejs`.
 */
function startUnder(launcher) {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "engine-watch-"));
    const host = (0, node_path_1.join)(dir, "node_modules", "@pulumi", "pulumi", "cmd", "dynamic-provider");
    (0, node_fs_1.mkdirSync)(host, { recursive: true });
    const out = (0, node_path_1.join)(dir, "seen.jsonl");
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(host, "index.js"), `const fs = require("fs");
const { engineStillRuns, parentStillRuns } = require(${JSON.stringify(ENGINE_WATCH)});
const engine = engineStillRuns(), parent = parentStillRuns();
setInterval(() => fs.appendFileSync(${JSON.stringify(out)}, JSON.stringify({ engine: engine(), parent: parent() }) + "\\n"), 50);
setTimeout(() => process.exit(0), 8000);
`);
    const launcherFile = (0, node_path_1.join)(dir, "pulumi-resource-pulumi-nodejs");
    if (launcher === PULUMI_LAUNCHER)
        (0, node_fs_1.copyFileSync)(PULUMI_LAUNCHER, launcherFile);
    else
        (0, node_fs_1.writeFileSync)(launcherFile, launcher);
    (0, node_fs_1.chmodSync)(launcherFile, 0o755);
    // As the engine starts a plugin: the script itself, run through its #! line (the process is then
    // named after the script, not "sh").
    const engine = (0, node_child_process_1.spawn)(process.execPath, [
        "-e",
        `require("child_process").spawn(${JSON.stringify(launcherFile)}, [], { stdio: "ignore" }); setInterval(() => {}, 1000);`,
    ], { cwd: dir, stdio: "ignore" });
    const seen = () => {
        try {
            return (0, node_fs_1.readFileSync)(out, "utf8")
                .trim()
                .split("\n")
                .map((l) => JSON.parse(l));
        }
        catch {
            return [];
        }
    };
    return { engine, seen };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
describe("the engine check, under every launcher", function () {
    this.timeout(20_000);
    for (const [name, launcher, parentNotices] of [
        ["Pulumi's shipped launcher (sh without exec)", PULUMI_LAUNCHER, false],
        ["a launcher that execs node", EXEC_LAUNCHER, true],
    ]) {
        it(`${name}: sees the engine alive, then gone once it is killed alone`, async () => {
            const { engine, seen } = startUnder(launcher);
            for (let i = 0; i < 100 && seen().length === 0; i++)
                await sleep(50);
            (0, chai_1.expect)(seen().at(-1), "alive while the engine runs").to.deep.equal({ engine: true, parent: true });
            engine.kill("SIGKILL");
            await sleep(600);
            const last = seen().at(-1);
            (0, chai_1.expect)(last.engine, "the engine check sees it gone").to.equal(false);
            // Under Pulumi's launcher the parent is the shell, which outlives the engine: a parent check never fires.
            (0, chai_1.expect)(last.parent, "what a check of the parent alone says").to.equal(!parentNotices);
        });
    }
});
describe("EngineGuard: a plugin host whose engine is gone ends itself once nothing is in flight", () => {
    it("lets a create in flight finish, then exits once", async () => {
        let alive = true;
        let exits = 0;
        const guard = new engine_watch_1.EngineGuard(() => alive, () => void exits++).start(10);
        let finish;
        const create = guard.during(() => new Promise((r) => (finish = () => r("key"))));
        alive = false;
        await sleep(50);
        (0, chai_1.expect)(exits, "not while the create runs").to.equal(0);
        finish();
        (0, chai_1.expect)(await create).to.equal("key");
        await sleep(30);
        (0, chai_1.expect)(exits).to.equal(1);
    });
    it("never exits while the engine runs, nor when it was never started (a program, a test)", async () => {
        let exits = 0;
        const running = new engine_watch_1.EngineGuard(() => true, () => void exits++).start(5);
        await running.during(async () => "done");
        const idle = new engine_watch_1.EngineGuard(() => false, () => void exits++);
        await idle.during(async () => "done");
        await sleep(30);
        (0, chai_1.expect)(exits).to.equal(0);
    });
    it("stopped by a live engine: ends the journal entries of the keys handed over before, lets a create in flight finish, then exits", async () => {
        const codes = [];
        const guard = new engine_watch_1.EngineGuard(() => true, (code) => void codes.push(code)).start(1000);
        const ended = [];
        guard.handOver(() => void ended.push("first"));
        let finish;
        const create = guard.during(() => new Promise((r) => (finish = r)));
        guard.stop(130);
        (0, chai_1.expect)(ended).to.deep.equal(["first"]);
        (0, chai_1.expect)(codes, "not while a create runs").to.deep.equal([]);
        finish();
        await create;
        (0, chai_1.expect)(codes).to.deep.equal([130]);
    });
    it("stopped with its engine gone: keeps every entry (the engine may not have recorded the keys)", () => {
        const codes = [];
        const guard = new engine_watch_1.EngineGuard(() => false, (code) => void codes.push(code)).start(1000);
        const ended = [];
        guard.handOver(() => void ended.push("first"));
        guard.stop(143);
        (0, chai_1.expect)(ended).to.deep.equal([]);
        (0, chai_1.expect)(codes).to.deep.equal([143]);
    });
});
//# sourceMappingURL=engine-watch.test.js.map
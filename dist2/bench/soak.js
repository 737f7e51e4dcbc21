#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runSoak = runSoak;
exports.formatSoak = formatSoak;
// Soak: N keys of two stacks, for the same users, created, toggled and destroyed through real plugin
// hosts against the emulator injecting 10 % 5xx, 5 % 429, 2 % dropped connections (half of them after
// the write was applied), latency, and lists and a request log that lag behind writes, from a seed,
// while plugin hosts are killed at random. It counts what a user would lose: keys shared between
// resources, duplicated, leaked (on the emulator after recovery), lost (in a state, not on the
// emulator), and unclear errors.
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_util_1 = require("node:util");
const soak_run_1 = require("./soak-run");
const forward_proxy_1 = require("../tools/forward-proxy");
const soak_stacks_1 = require("./soak-stacks");
const config_1 = require("../provider/common/config");
const recover_1 = require("../provider/recover/recover");
/**
 * Two stacks create, toggle and delete keys for the same users at once, through real plugin hosts,
 * against an emulator that injects faults, lags its lists and its request log, while plugin hosts are
 * killed at random. Then a recovery run (the next `pulumi up` and `pulumi destroy` of each stack)
 * finishes every lifecycle. It counts what a user would lose.
 */
async function runSoak(options) {
    const started = Date.now();
    const emulator = await (0, soak_stacks_1.startFaultyEmulator)(options.seed);
    const proxy = options.proxy !== true ? undefined : await (0, forward_proxy_1.startForwardProxy)({ [soak_stacks_1.PROXIED_HOST]: "127.0.0.1" });
    let recoveredByJournal = 0;
    const lines = [];
    const hosts = new soak_stacks_1.Hosts(emulator, (line) => {
        lines.push(line);
        if (/an earlier create of this (resource was interrupted.*adopting it|access key was cut off)/.test(line))
            recoveredByJournal++;
    }, proxy?.url);
    const users = (0, soak_stacks_1.soakUsers)(options.keys);
    let secretsUnknown = 0;
    const kinds = await (0, soak_stacks_1.soakKinds)(emulator, users, () => secretsUnknown++);
    const soak = new soak_run_1.SoakRun(hosts, (0, recover_1.resolverOf)((0, config_1.readConfig)({ env: hosts.env }), () => { }), options.clockSkewMs ?? 0);
    await soak.startStacks();
    const killer = soak.startKiller(options.seed, options.killEveryMs ?? 0, options.vanishedRunners === true);
    await runLifecycles(soak, kinds, options);
    const accessKeys = options.accessKeys ?? 0;
    await killer.stop();
    const { lost, duplicates } = soak.lostAndDuplicated(emulator, users);
    // The recovery run: every key whose create never reached the state is created again (the next
    // `pulumi up`, which finds an interrupted create's key), then every stack is destroyed.
    for (let index = 0; index < options.keys; index++)
        await soak.recover(kinds.s3Key, index);
    for (let index = 0; index < accessKeys; index++)
        await soak.recover(kinds.accessKey, index);
    const { leakedIds, leakedTrail } = leftover(emulator, users, lines);
    const leaked = leakedIds.length;
    const report = {
        ...{ keys: options.keys, accessKeys, users: users.length, stacks: soak.stacks.length, seed: options.seed },
        ...{ attempted: soak.attempted, succeeded: soak.succeeded, failedClearly: soak.failedClearly },
        ...{ interrupted: soak.interrupted, pluginHostsKilled: soak.pluginHostsKilled, recoveredByJournal },
        ...{ clockSkewMs: options.clockSkewMs ?? 0, runnersVanished: soak.runnersVanished },
        ...{ importedByRecover: soak.importedByRecover, clearedByRecover: soak.clearedByRecover },
        ...{ unclearErrors: soak.unclear.length, shared: soak.shared, leaked, lost, duplicates, secretsUnknown },
        ...{ requests: emulator.log.length, proxied: proxy?.seen.length ?? 0, injected: (0, soak_run_1.injectedFaults)(emulator) },
        seconds: Math.round((Date.now() - started) / 100) / 10,
        errors: [...soak.errors, ...soak.unclear.slice(0, 5), ...leakedIds.map((id) => `leaked: ${id}`), ...leakedTrail],
    };
    for (const stack of soak.stacks)
        await stack.host.stop();
    await proxy?.close();
    await emulator.close();
    hosts.remove();
    return report;
}
/** The keys left on the emulator after every stack was destroyed, and what the plugin hosts said of them. */
function leftover(emulator, users, lines) {
    const leakedIds = [
        ...users.flatMap((u) => emulator.keys(u).map((k) => k.id)),
        ...emulator
            .accessKeys()
            .filter((k) => k.goneAt === undefined)
            .map((k) => k.id),
    ];
    const leakedTrail = lines.filter((line) => leakedIds.some((id) => line.includes(id))).slice(0, 10);
    return { leakedIds, leakedTrail };
}
/** Every lifecycle of the first run. Key i belongs to stack i % 2; both stacks' keys of a pair share a user, so they race. */
async function runLifecycles(soak, kinds, options) {
    let next = 0;
    let nextAccessKey = 0;
    const accessKeys = options.accessKeys ?? 0;
    await Promise.all([
        ...Array.from({ length: options.parallelism }, async () => {
            while (next < options.keys)
                await soak.lifecycle(kinds.s3Key, next++);
        }),
        // Access keys: both stacks at once, four lifecycles at a time (five keys per user at most).
        ...Array.from({ length: Math.min(4, accessKeys) }, async () => {
            while (nextAccessKey < accessKeys)
                await soak.lifecycle(kinds.accessKey, nextAccessKey++);
        }),
    ]);
}
function formatSoak(r) {
    return [
        `soak: ${r.keys} keys and ${r.accessKeys} access keys of ${r.stacks} stacks across ${r.users} users, seed ${r.seed}, ${r.seconds} s, ${r.requests} requests (${r.proxied} through the proxy), ${r.pluginHostsKilled} plugin hosts killed`,
        `  injected: ${Object.entries(r.injected)
            .map(([k, v]) => `${v} ${k}`)
            .join(", ") || "none"}`,
        `  operations attempted ${r.attempted}, succeeded ${r.succeeded}, failed with a clear error ${r.failedClearly}, interrupted by a kill ${r.interrupted}, unclear errors ${r.unclearErrors}`,
        `  machine clocks ${r.clockSkewMs / 60_000} min ahead of IONOS's (stack ${"a"}) and behind (stack ${"b"}); runners vanished with their disks ${r.runnersVanished}`,
        `  creates that found an interrupted create's key ${r.recoveredByJournal}; pending creates recover imported ${r.importedByRecover}, cleared ${r.clearedByRecover}`,
        `  keys shared ${r.shared}, duplicated ${r.duplicates}, leaked after recovery ${r.leaked}, lost ${r.lost}, access keys whose secret the state does not hold ${r.secretsUnknown}`,
        ...r.errors.map((e) => `  error: ${e}`),
    ].join("\n");
}
if (require.main === module) {
    const { values } = (0, node_util_1.parseArgs)({
        options: {
            keys: { type: "string" },
            seed: { type: "string" },
            parallelism: { type: "string" },
            "kill-every": { type: "string" },
            "access-keys": { type: "string" },
            proxy: { type: "boolean" },
            "clock-skew": { type: "string" },
            "vanished-runners": { type: "boolean" },
        },
    });
    const options = {
        keys: Number(values.keys ?? 500),
        seed: Number(values.seed ?? 1),
        parallelism: Number(values.parallelism ?? 16),
        killEveryMs: Number(values["kill-every"] ?? 3000),
        accessKeys: Number(values["access-keys"] ?? 100),
        proxy: values.proxy === true,
        clockSkewMs: Number(values["clock-skew"] ?? 10) * 60_000,
        vanishedRunners: values["vanished-runners"] !== false,
    };
    runSoak(options).then((report) => {
        console.log(formatSoak(report));
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(soak_stacks_1.PROJECT_DIR, "bench", "results", `soak-${options.keys}.json`), JSON.stringify(report, null, 2) + "\n");
        const clean = report.leaked === 0 &&
            report.lost === 0 &&
            report.duplicates === 0 &&
            report.shared === 0 &&
            report.secretsUnknown === 0 &&
            report.unclearErrors === 0;
        process.exit(clean ? 0 : 1);
    }, (error) => {
        console.error(error);
        process.exit(2);
    });
}
//# sourceMappingURL=soak.js.map
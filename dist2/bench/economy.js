"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.accessKeysSection = exports.economySection = void 0;
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const access_key_provider_1 = require("../provider/access-key/access-key-provider");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const cli_1 = require("../tools/pulumi-driver/cli");
const measure_1 = require("./measure");
const bench_common_1 = require("./bench-common");
/** 1. Requests per operation, counted from the emulator's log. */
async function requestEconomy() {
    return (0, bench_common_1.withEmulator)({ requestDelayMs: 0 }, async (e) => {
        const p = new s3_key_provider_1.S3KeyProvider({ log: bench_common_1.quiet });
        const user = (0, bench_common_1.newUser)();
        const rows = [];
        const measure = async (name, floor, op) => {
            const from = e.log.length;
            await op();
            const c = (0, bench_common_1.count)(e, from);
            rows.push([name, c.total, c.writes, c.polls, floor]);
        };
        let key;
        await measure("create (active: true)", "1 write + polls", async () => (key = (await p.create({ userId: user, active: true })).outs));
        let off;
        await measure("create (active: false)", "2 writes + polls", async () => (off = (await p.create({ userId: user, active: false })).outs));
        await measure("read", "1 GET", () => p.read(key.keyId, { userId: user }));
        await measure("update (toggle active)", "1 write + polls", () => p.update(key.keyId, key, { userId: user, active: false }));
        await measure("delete", "1 write + polls", () => p.delete(key.keyId, key));
        await measure("check", "0", () => p.check({}, { userId: user, active: true }));
        await measure("diff", "0", () => p.diff(off.keyId, off, { userId: user, active: false }));
        await p.delete(off.keyId, off);
        // A whole `pulumi up` with no change, through the driver and the plugin host.
        const state = (0, node_path_1.join)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "bench-")), "dev.json");
        const silent = () => undefined;
        await (0, cli_1.main)(["up", "--cwd", bench_common_1.ROOT, "--state", state, "--config", `userId=${user}`], silent, silent);
        await measure("up with no change (2 keys)", "0", () => (0, cli_1.main)(["up", "--cwd", bench_common_1.ROOT, "--state", state, "--config", `userId=${user}`], silent, silent));
        await (0, cli_1.main)(["destroy", "--cwd", bench_common_1.ROOT, "--state", state, "--config", `userId=${user}`], silent, silent);
        return rows;
    });
}
/** 1b. The same for AccessKey (the Object Storage Management API), where waits are GETs of the key. */
async function accessKeyEconomy() {
    return (0, bench_common_1.withEmulator)({ requestDelayMs: 0 }, async (e) => {
        process.env.IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT = e.objectStorageUrl;
        const journal = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "bench-journal-"));
        const p = new access_key_provider_1.AccessKeyProvider({ log: bench_common_1.quiet, env: { ...process.env, IONOS_CREATE_JOURNAL: journal } });
        const rows = [];
        const measure = async (name, floor, op) => {
            const from = e.log.length;
            await op();
            const slice = e.log.slice(from);
            const writes = slice.filter((l) => l.method !== "GET").length;
            rows.push([name, slice.length, writes, slice.length - writes, floor]);
        };
        const inputs = { description: "bench", rotation: { month: "1" }, identity: "urn:pulumi:b::b::ak::k" };
        let key;
        await measure("create", "1 PUT + GETs until AVAILABLE", async () => (key = (await p.create(inputs)).outs));
        await measure("update (description)", "1 PUT + GETs", async () => p.update(key.keyId, key, { ...inputs, description: "other" }));
        await measure("update (rotation: renew)", "1 PUT + GETs", async () => p.update(key.keyId, { ...key, description: "other" }, { ...inputs, description: "other", rotation: { month: "2" } }));
        await measure("read", "1 GET", () => p.read(key.keyId, key));
        await measure("delete", "1 DELETE + GETs until 404", () => p.delete(key.keyId, key));
        e.injectFault({ method: "PUT", kind: "drop-after-write" });
        let lost;
        await measure("create, its answer lost", "2 PUTs + a renewal + GETs", async () => (lost = (await p.create(inputs)).outs));
        await p.delete(lost.keyId, lost);
        (0, node_fs_1.rmSync)(journal, { recursive: true, force: true });
        delete process.env.IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT;
        return rows;
    });
}
/** A section that prints one table of rows: requests per operation, counted from the emulator's log. */
function economyTable(name, heading, columns, measure) {
    const key = name === "economy" ? "economy" : "accessKeys";
    return (0, bench_common_1.benchSection)(name, async () => ({ [key]: await measure() }), (results) => [heading, (0, measure_1.table)(columns, results[key])]);
}
exports.economySection = economyTable("economy", "## Requests per operation (emulator log)", ["operation", "requests", "writes", "status polls", "floor"], requestEconomy);
exports.accessKeysSection = economyTable("access-keys", "## AccessKey: requests per operation (emulator log, keys ready at once)", ["operation", "requests", "writes", "GETs", "floor"], accessKeyEconomy);
//# sourceMappingURL=economy.js.map
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const node_fetch_1 = __importDefault(require("node-fetch"));
const create_journal_1 = require("../provider/common/create-journal");
const wire_1 = require("../provider/common/wire");
const recover_1 = require("../provider/recover/recover");
const emulator_1 = require("./helpers/emulator");
// recover as a safe edit of the state: it never undoes an update that finished while it waited, resolves
// a cut-off replacement into a state the next up finishes, clears what an up already resolved, reads a
// state of any size, reports malformed entries one by one, and never writes over a locked stack.
const URN = `urn:pulumi:dev::proj::${wire_1.S3KEY_TYPE}::key`;
const TOKEN = "fedcba9876543210fedcba9876543210";
/** `pulumi` as recover runs it: each `stack export` answers the next state; imports are recorded. */
function pulumiWith(states) {
    const imported = [];
    let exported = 0;
    return {
        imported,
        run: (args) => {
            const ok = (stdout) => ({ code: 0, stdout, stderr: "" });
            if (args[0] === "stack" && args[1] === "export")
                return ok(JSON.stringify(states[Math.min(exported++, states.length - 1)]));
            if (args[0] === "stack" && args[1] === "import") {
                imported.push(JSON.parse((0, node_fs_1.readFileSync)(args[3], "utf8")).deployment);
                return ok("");
            }
            if (args[0] === "stack")
                return ok("dev\n");
            if (args[0] === "whoami")
                return ok('{"url":"https://api.pulumi.com"}');
            return ok("{}");
        },
    };
}
const pendingCreate = (inputs) => ({
    type: "creating",
    resource: { urn: URN, type: wire_1.S3KEY_TYPE, inputs: { userId: emulator_1.USER, ...inputs } },
});
describe("recover as a safe edit of the state", function () {
    this.timeout(20_000);
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 10 });
    const settings = () => ({ ...env.env, IONOS_REQUEST_LOG_SETTLE: "0.2" });
    const lines = [];
    beforeEach(() => lines.splice(0));
    afterEach(() => {
        for (const key of env.emulator.keys(emulator_1.USER))
            env.emulator.deleteKeyOutside(key.id);
    });
    const run = (pulumi) => (0, recover_1.recover)({ env: settings(), pulumi, out: (l) => void lines.push(l) });
    /** A key POSTed with a create token, as a cut-off create's POST was. */
    async function postedKey(token) {
        const answer = await (0, node_fetch_1.default)(`${env.emulator.url}/cloudapi/v6/um/users/${emulator_1.USER}/s3keys`, {
            method: "POST",
            headers: { Authorization: `Bearer ${env.emulator.options.token}`, [create_journal_1.CREATE_TOKEN_HEADER]: token },
        });
        return (await answer.json()).id;
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
        (0, chai_1.expect)(await run(pulumi.run)).to.equal(0);
        (0, chai_1.expect)(lines.join("\n")).to.contain("the stack's state changed while recover worked (an update ran): reading it again");
        (0, chai_1.expect)(pulumi.imported).to.have.length(1);
        const [written] = pulumi.imported;
        (0, chai_1.expect)(written.resources, "the up's resource, untouched, and no second one").to.deep.equal(afterUp.deployment.resources);
        (0, chai_1.expect)(written.pending_operations).to.deep.equal([]);
        (0, chai_1.expect)(lines.join("\n")).to.contain(`an update already resolved it: the state holds its key ${made}`);
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
        (0, chai_1.expect)(await run(pulumi.run)).to.equal(0);
        (0, chai_1.expect)(env.emulator.log.length, "no API request").to.equal(from);
        (0, chai_1.expect)(pulumi.imported[0].resources).to.deep.equal(state.deployment.resources);
        (0, chai_1.expect)(pulumi.imported[0].pending_operations).to.deep.equal([]);
    });
    it("resolves a cut-off replacement: the new key becomes the resource, the old one is marked for deletion", async () => {
        const old = await postedKey("0".repeat(32));
        const made = await postedKey(TOKEN);
        const state = {
            deployment: {
                resources: [{ urn: URN, id: old, outputs: { keyId: old, createToken: "0".repeat(32) } }],
                pending_operations: [pendingCreate({ createToken: TOKEN, keepers: { rotation: "2" } })],
            },
        };
        const pulumi = pulumiWith([state]);
        (0, chai_1.expect)(await run(pulumi.run)).to.equal(0);
        const [written] = pulumi.imported;
        (0, chai_1.expect)(written.resources.map((r) => [r.id, r.delete ?? false])).to.deep.equal([
            [old, true],
            [made, false],
        ]);
        (0, chai_1.expect)(written.pending_operations).to.deep.equal([]);
        (0, chai_1.expect)(lines.join("\n")).to.contain(`a cut-off replacement: key ${made} is now the resource`);
    });
    it("never imports a key the state already holds under another URN: the pending create is dropped", async () => {
        const made = await postedKey(TOKEN);
        const other = `urn:pulumi:dev::proj::${wire_1.S3KEY_TYPE}::other`;
        const state = {
            deployment: {
                resources: [{ urn: other, id: made, outputs: { keyId: made } }],
                pending_operations: [pendingCreate({ createToken: TOKEN })],
            },
        };
        const pulumi = pulumiWith([state]);
        (0, chai_1.expect)(await run(pulumi.run)).to.equal(0);
        (0, chai_1.expect)(pulumi.imported[0].resources).to.deep.equal(state.deployment.resources);
        (0, chai_1.expect)(lines.join("\n")).to.contain(`key ${made} is already held by ${other}`);
    });
    it("reports malformed pending operations one by one, and still resolves the others", async () => {
        const made = await postedKey(TOKEN);
        const state = {
            deployment: {
                resources: [],
                pending_operations: [
                    null,
                    { type: "creating", resource: { type: wire_1.S3KEY_TYPE } },
                    { type: "creating", resource: { urn: `${URN}-2`, type: wire_1.S3KEY_TYPE, inputs: "not an object" } },
                    pendingCreate({ createToken: TOKEN }),
                ],
            },
        };
        const pulumi = pulumiWith([state]);
        (0, chai_1.expect)(await run(pulumi.run)).to.equal(2);
        (0, chai_1.expect)(lines).to.include("recover: pending operation 2 (an S3Key create) has no URN: left as it is");
        (0, chai_1.expect)(lines).to.include(`recover: ${URN}-2: its pending create's inputs are not an object: left as it is`);
        (0, chai_1.expect)(pulumi.imported[0].resources.map((r) => r.id)).to.deep.equal([made]);
        (0, chai_1.expect)(pulumi.imported[0].pending_operations).to.have.length(3);
        (0, chai_1.expect)(lines.join("\n")).not.to.match(/TypeError|Cannot read/);
    });
    it("reads a stack export of any size through the real process boundary (4 MiB here, over the old 1 MiB cap)", async () => {
        const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "recover-big-"));
        const resources = Array.from({ length: 4000 }, (_, i) => ({
            urn: `urn:pulumi:dev::proj::pulumi:pulumi:Stack::s${i}`,
            outputs: { padding: "x".repeat(1000) },
        }));
        const big = JSON.stringify({ deployment: { resources, pending_operations: [] } });
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, "export.json"), big);
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, "pulumi"), `#!/bin/sh\ncase "$1 $2" in\n  "stack export") cat "${(0, node_path_1.join)(dir, "export.json")}" ;;\n  "stack --show-name") echo dev ;;\n  "whoami --json") echo '{"url":"https://api.pulumi.com"}' ;;\n  *) echo '{}' ;;\nesac\n`);
        (0, node_fs_1.chmodSync)((0, node_path_1.join)(dir, "pulumi"), 0o755);
        (0, chai_1.expect)(big.length).to.be.greaterThan(4 * 1024 * 1024);
        const code = await (0, recover_1.recover)({
            env: { ...settings(), PATH: `${dir}${node_path_1.delimiter}${process.env.PATH}` },
            cwd: dir,
            out: (l) => void lines.push(l),
        });
        (0, chai_1.expect)(code).to.equal(0);
        (0, chai_1.expect)(lines).to.deep.equal(["recover: no pending create of an S3Key or AccessKey in the stack: nothing to do."]);
    });
    it("never writes over a stack a file backend's lock holds: says to run pulumi cancel, exit 3", async () => {
        const root = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "recover-locked-"));
        const locks = (0, node_path_1.join)(root, "backend", ".pulumi", "locks", "organization", "proj", "dev");
        (0, node_fs_1.mkdirSync)(locks, { recursive: true });
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(locks, "a1b2c3.json"), "{}");
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(root, "Pulumi.yaml"), "name: proj\nruntime: nodejs\n");
        const commands = [];
        const pulumi = (args) => {
            commands.push([...args]);
            if (args[0] === "whoami")
                return { code: 0, stdout: JSON.stringify({ url: `file://${root}/backend` }), stderr: "" };
            return { code: 0, stdout: "dev\n", stderr: "" };
        };
        (0, chai_1.expect)(await (0, recover_1.recover)({ env: settings(), cwd: root, pulumi, out: (l) => void lines.push(l) })).to.equal(3);
        (0, chai_1.expect)(lines[0]).to.contain("the stack is locked by 1 lock(s)").and.contain("run `pulumi cancel --yes`");
        (0, chai_1.expect)(commands.map((c) => c.slice(0, 2).join(" "))).to.deep.equal(["stack --show-name", "whoami --json"]);
    });
});
describe("the recover command's own answers", () => {
    const cli = (0, node_path_1.resolve)(__dirname, "..", "provider", "recover", "cli.js");
    const runCli = (...args) => {
        try {
            return { code: 0, out: (0, node_child_process_1.execFileSync)(process.execPath, [cli, ...args], { encoding: "utf8", stdio: "pipe" }) };
        }
        catch (error) {
            const e = error;
            return { code: e.status, out: `${e.stdout}${e.stderr}` };
        }
    };
    it("--help prints the usage with the exit codes; --version the package's version; both exit 0", () => {
        const help = runCli("--help");
        (0, chai_1.expect)(help.code).to.equal(0);
        (0, chai_1.expect)(help.out).to.contain("Usage: pulumi-ionos-s3key recover [--stack NAME]").and.contain("Exit codes: 0");
        const pkg = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.resolve)(__dirname, "..", "..", "package.json"), "utf8"));
        (0, chai_1.expect)(runCli("--version")).to.deep.equal({ code: 0, out: `${pkg.version}\n` });
    });
    it("a usage error is one clean line and exit 64", () => {
        (0, chai_1.expect)(runCli("--bogus")).to.deep.equal({
            code: 64,
            out: "pulumi-ionos-s3key: unknown option --bogus. See --help.\n",
        });
        (0, chai_1.expect)(runCli("recover", "--stack")).to.deep.equal({
            code: 64,
            out: "pulumi-ionos-s3key: --stack needs a value. See --help.\n",
        });
        (0, chai_1.expect)(runCli("recovr")).to.deep.equal({
            code: 64,
            out: 'pulumi-ionos-s3key: expected the command recover, got "recovr". See --help.\n',
        });
    });
});
//# sourceMappingURL=recover-safe-edit.test.js.map
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_fetch_1 = __importDefault(require("node-fetch"));
const node_fs_1 = require("node:fs");
const wire_1 = require("../provider/common/wire");
const recover_1 = require("../provider/recover/recover");
const access_key_diff_1 = require("../provider/access-key/access-key-diff");
const s3_key_diff_1 = require("../provider/s3-key/s3-key-diff");
const create_journal_1 = require("../provider/common/create-journal");
const emulator_1 = require("./helpers/emulator");
// recover against the emulator, with the pulumi commands it runs recorded (the real CLI runs it in
// test/cli/lifecycle.cli.ts: a vanished runner, both kinds of key).
const urn = (type, name) => `urn:pulumi:dev::proj::${type}::${name}`;
describe("pulumi-ionos-s3key recover", function () {
    this.timeout(20_000);
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 10 });
    /**
     * A stand-in for `pulumi` that answers each `stack export` with the next of `states` (the last one
     * again once they run out), or with `pending` as the only pending operations, and records every command.
     */
    function fakePulumi(pending, states) {
        const commands = [];
        const imported = [];
        const exports = states ?? [{ deployment: { resources: [], pending_operations: pending } }];
        let exported = 0;
        return {
            commands,
            imported,
            run: (args) => {
                commands.push([...args]);
                if (args[0] === "stack" && args[1] === "import")
                    imported.push(JSON.parse((0, node_fs_1.readFileSync)(args[3], "utf8")));
                if (args[0] === "stack" && args[1] === "export")
                    return { code: 0, stdout: JSON.stringify(exports[Math.min(exported++, exports.length - 1)]), stderr: "" };
                if (args[0] === "stack" && args[1] === "--show-name")
                    return { code: 0, stdout: "dev\n", stderr: "" };
                if (args[0] === "whoami")
                    return { code: 0, stdout: '{"url":"https://api.pulumi.com"}', stderr: "" };
                if (args[0] === "config")
                    return { code: 0, stdout: "{}", stderr: "" };
                return { code: 0, stdout: "", stderr: "" };
            },
        };
    }
    const settings = () => ({ ...env.env, IONOS_REQUEST_LOG_SETTLE: "0.2" });
    it("with nothing pending, says so and sends no API request", async () => {
        const from = env.emulator.log.length;
        const pulumi = fakePulumi([{ type: "updating", resource: { urn: urn(wire_1.S3KEY_TYPE, "k"), type: wire_1.S3KEY_TYPE } }]);
        const lines = [];
        (0, chai_1.expect)(await (0, recover_1.recover)({ env: settings(), pulumi: pulumi.run, out: (l) => void lines.push(l) })).to.equal(0);
        (0, chai_1.expect)(lines).to.deep.equal(["recover: no pending create of an S3Key or AccessKey in the stack: nothing to do."]);
        (0, chai_1.expect)(env.emulator.log.length).to.equal(from);
        (0, chai_1.expect)(pulumi.commands).to.deep.equal([
            ["stack", "--show-name"],
            ["whoami", "--json"],
            ["stack", "export"],
        ]);
    });
    it("imports the key each pending create made, clears those that made none, and never prompts", async () => {
        const token = "fedcba9876543210fedcba9876543210";
        const posted = await (0, node_fetch_1.default)(`${env.emulator.url}/cloudapi/v6/um/users/${emulator_1.USER}/s3keys`, {
            method: "POST",
            headers: { Authorization: `Bearer ${env.emulator.options.token}`, [create_journal_1.CREATE_TOKEN_HEADER]: token },
        });
        const made = (await posted.json()).id;
        const accessKey = "8d2f0a3c-5b7e-4c1d-9a6f-2e4b8c0d1f3a";
        await (0, node_fetch_1.default)(`${env.emulator.objectStorageUrl}/accesskeys/${accessKey}`, {
            method: "PUT",
            headers: { Authorization: `Bearer ${env.emulator.options.token}`, "Content-Type": "application/json" },
            body: JSON.stringify({ properties: { description: "cut off" } }),
        });
        const pulumi = fakePulumi([
            {
                type: "creating",
                resource: { urn: urn(wire_1.S3KEY_TYPE, "made"), type: wire_1.S3KEY_TYPE, inputs: { userId: emulator_1.USER, createToken: token } },
            },
            {
                type: "creating",
                resource: {
                    urn: urn(wire_1.S3KEY_TYPE, "none"),
                    type: wire_1.S3KEY_TYPE,
                    inputs: { userId: emulator_1.OTHER_USER, createToken: "0".repeat(32) },
                },
            },
            {
                type: "creating",
                resource: { urn: urn(wire_1.ACCESS_KEY_TYPE, "made"), type: wire_1.ACCESS_KEY_TYPE, inputs: { createId: accessKey } },
            },
            {
                type: "creating",
                resource: {
                    urn: urn(wire_1.ACCESS_KEY_TYPE, "none"),
                    type: wire_1.ACCESS_KEY_TYPE,
                    inputs: { createId: "11111111-2222-4333-8444-555555555555" },
                },
            },
        ]);
        const lines = [];
        (0, chai_1.expect)(await (0, recover_1.recover)({ env: settings(), pulumi: pulumi.run, out: (l) => void lines.push(l) })).to.equal(0);
        (0, chai_1.expect)(pulumi.commands.map((c) => c.slice(0, 2).join(" "))).to.deep.equal([
            "stack --show-name",
            "whoami --json",
            "stack export",
            "config --json",
            "stack export",
            "stack import",
        ]);
        const [state] = pulumi.imported;
        (0, chai_1.expect)(state.deployment.pending_operations, "every pending create resolved").to.deep.equal([]);
        (0, chai_1.expect)(state.deployment.resources.map((r) => [r.urn, r.id])).to.deep.equal([
            [urn(wire_1.S3KEY_TYPE, "made"), made],
            [urn(wire_1.ACCESS_KEY_TYPE, "made"), accessKey],
        ]);
        (0, chai_1.expect)(state.deployment.resources[0].outputs).to.include({ userId: emulator_1.USER, keyId: made, secretKey: "" });
        (0, chai_1.expect)(lines.join("\n"))
            .to.contain(`shows its POST made key ${made}: importing it`)
            .and.contain("the create made no key")
            .and.contain(`IONOS has no access key 11111111`);
        env.emulator.deleteKeyOutside(made);
    });
    it("leaves a create it cannot resolve as it is, says why, and clears nothing", async () => {
        const pulumi = fakePulumi([
            { type: "creating", resource: { urn: urn(wire_1.S3KEY_TYPE, "old"), type: wire_1.S3KEY_TYPE, inputs: { userId: emulator_1.USER } } },
        ]);
        const lines = [];
        (0, chai_1.expect)(await (0, recover_1.recover)({ env: settings(), pulumi: pulumi.run, out: (l) => void lines.push(l) })).to.equal(2);
        (0, chai_1.expect)(pulumi.imported, "nothing changed, nothing written").to.deep.equal([]);
        (0, chai_1.expect)(lines.join("\n")).to.contain("made by a release before 0.2.0");
    });
    it("an S3Key or AccessKey taken in without its secret is updated, which reads or renews it", () => {
        (0, chai_1.expect)((0, s3_key_diff_1.diffS3Key)({ keyId: "0123456789abcdef0123", userId: emulator_1.USER, active: true, secretKey: "" }, { userId: emulator_1.USER, active: true }).changes).to.equal(true);
        (0, chai_1.expect)((0, access_key_diff_1.diffAccessKey)({ description: "d", secretKey: "" }, { description: "d" }).changes).to.equal(true);
        (0, chai_1.expect)((0, access_key_diff_1.diffAccessKey)({ description: "d", secretKey: "s3cr3t-value" }, { description: "d" }).changes).to.equal(false);
    });
});
describe("recover's answers to a pulumi that misbehaves", () => {
    it("never quotes the config output (it holds decrypted secrets) when it is not JSON", async () => {
        const run = (args) => args[0] === "stack"
            ? {
                code: 0,
                stdout: JSON.stringify({
                    deployment: {
                        pending_operations: [{ type: "creating", resource: { urn: "urn:x", type: wire_1.S3KEY_TYPE, inputs: {} } }],
                    },
                }),
                stderr: "",
            }
            : { code: 0, stdout: "ionoscloud:token=TOPSECRETvalue123", stderr: "" };
        const error = await (0, emulator_1.rejection)(() => (0, recover_1.recover)({ env: { IONOS_TOKEN: "t0k" }, pulumi: run, out: () => undefined }));
        (0, chai_1.expect)(error.message).to.equal("pulumi config --json printed something that is not JSON: check the Pulumi CLI's version.");
    });
});
//# sourceMappingURL=recover.test.js.map
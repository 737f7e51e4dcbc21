"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_fs_1 = require("node:fs");
const emulator_1 = require("../../emulator");
const emulator_2 = require("../helpers/emulator");
const driver_1 = require("../helpers/driver");
const pulumi_cli_1 = require("../helpers/pulumi-cli");
// The lifecycle driver (tools/pulumi-driver) stands in for the engine on machines without the CLI.
// This holds it to the real thing: the same program and steps through both, against two emulators,
// comparing what each emulator saw (methods and paths in order, ids normalised) and the state after
// every step (resources, ids, outputs, which values are secret).
//
// Known difference, by design: `pulumi refresh` previews first, which reads every resource once more
// (two GETs per key where the driver, which has no refresh preview, sends one). The CLI's refresh runs
// with --skip-preview here so that the two are compared on the refresh itself.
const PROGRAM = `"use strict";
const pulumi = require("@pulumi/pulumi");
const { S3Key } = require("pulumi-ionos-s3key");
const config = new pulumi.Config();
const rotation = config.get("rotation");
const key = new S3Key("key", {
  userId: config.require("userId"),
  active: config.getBoolean("active") ?? true,
  keepers: rotation ? { rotation } : undefined,
});
exports.accessKeyId = key.id;
exports.secretKey = key.secretKey;
`;
const USER = "e3d00001-1466-11e7-87d3-d7bb7dac0087";
const STEPS = [
    { title: "preview", op: "preview", config: {} },
    { title: "create", op: "up", config: {} },
    { title: "no change", op: "up", config: {} },
    { title: "toggle active", op: "up", config: { active: "false" } },
    { title: "rotate", op: "up", config: { active: "false", rotation: "b" } },
    {
        title: "refresh after a delete outside",
        op: "refresh",
        config: { active: "false", rotation: "b" },
        before: (emulator) => emulator.keys(USER).forEach((k) => emulator.deleteKeyOutside(k.id)),
    },
    { title: "recreate", op: "up", config: { active: "false", rotation: "b" } },
    { title: "destroy", op: "destroy", config: { active: "false", rotation: "b" } },
];
/** Replaces key ids, request ids and dates by stable names, in order of first appearance. */
class Normaliser {
    names = new Map();
    text(value) {
        return value
            .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z?/g, "<date>")
            .replace(/\b[0-9a-f]{20}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, (id) => {
            if (id === USER)
                return "<user>";
            if (!this.names.has(id))
                this.names.set(id, `<id${this.names.size + 1}>`);
            return this.names.get(id);
        });
    }
}
/**
 * A resource as compared: its name, id and outputs, secrets shown as "<secret>", the provider as
 * "<provider>", a create token (random per create) as "<token>".
 */
function comparable(resources, n) {
    return resources.map((r) => ({
        name: r.urn.split("::").pop(),
        id: n.text(r.id),
        outputs: Object.fromEntries(Object.entries(r.outputs)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [
            k,
            k === "__provider"
                ? "<provider>"
                : k === "createToken" && typeof v === "string" && /^[0-9a-f]{32}$/.test(v)
                    ? "<token>" // random per create, by design
                    : typeof v === "object" && v !== null && "4dabf18193072939515e22adb298388d" in v
                        ? "<secret>"
                        : JSON.parse(n.text(JSON.stringify(v))),
        ])),
    }));
}
describe("the lifecycle driver, held to the real pulumi CLI", function () {
    this.timeout(600_000);
    let cliEmulator;
    let driverEmulator;
    before(async () => {
        [cliEmulator, driverEmulator] = await Promise.all([
            (0, emulator_1.startEmulator)({ requestDelayMs: 20 }),
            (0, emulator_1.startEmulator)({ requestDelayMs: 20 }),
        ]);
    });
    after(async () => {
        await cliEmulator.close();
        await driverEmulator.close();
    });
    it("sends the same requests and keeps the same state, step by step", async () => {
        const modules = (0, pulumi_cli_1.installedModules)("javascript");
        const cli = new pulumi_cli_1.CliProject("javascript", cliEmulator, PROGRAM, { modules });
        const driverProject = new pulumi_cli_1.CliProject("javascript", driverEmulator, PROGRAM, { modules });
        const driver = new driver_1.ExampleStack(driverEmulator, USER, undefined, driverProject.dir);
        await cli.init({ userId: USER });
        const [cliNames, driverNames] = [new Normaliser(), new Normaliser()];
        for (const step of STEPS) {
            step.before?.(cliEmulator);
            step.before?.(driverEmulator);
            const [cliFrom, driverFrom] = [cliEmulator.log.length, driverEmulator.log.length];
            for (const [key, value] of Object.entries(step.config))
                await cli.ok(["config", "set", key, value]);
            await cli.ok(step.op === "refresh" ? ["refresh", "--skip-preview"] : [step.op]);
            const driven = await driver.run(step.op, step.config);
            (0, chai_1.expect)(driven.code, `driver ${step.op}: ${driven.stderr}`).to.equal(0);
            const seen = {
                cli: (0, emulator_2.requestsSince)(cliEmulator, cliFrom).map((r) => cliNames.text(r)),
                driver: (0, emulator_2.requestsSince)(driverEmulator, driverFrom).map((r) => driverNames.text(r)),
            };
            (0, chai_1.expect)(seen.driver, `requests of "${step.title}"`).to.deep.equal(seen.cli);
            const cliState = comparable(await cli.stateKeys(), cliNames);
            const driverResources = step.op === "preview" && !existsState(driver) ? [] : driverState(driver);
            (0, chai_1.expect)(comparable(driverResources, driverNames), `state after "${step.title}"`).to.deep.equal(cliState);
        }
        (0, chai_1.expect)(cliEmulator.keys(USER)).to.deep.equal([]);
        (0, chai_1.expect)(driverEmulator.keys(USER)).to.deep.equal([]);
    });
});
function existsState(driver) {
    try {
        (0, node_fs_1.readFileSync)(driver.stateFile);
        return true;
    }
    catch {
        return false;
    }
}
function driverState(driver) {
    const state = JSON.parse(driver.stateText());
    return state.resources.filter((r) => r.type === "pulumi-nodejs:dynamic/ionos:S3Key");
}
//# sourceMappingURL=differential.cli.js.map
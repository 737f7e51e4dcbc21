import { expect } from "chai";
import { readFileSync } from "node:fs";
import { startEmulator, type Emulator } from "../../emulator";
import { requestsSince } from "../helpers/emulator";
import { ExampleStack } from "../helpers/driver";
import { CliProject, installedModules } from "../helpers/pulumi-cli";

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

interface Step {
  readonly title: string;
  readonly op: "preview" | "up" | "refresh" | "destroy";
  readonly config: Record<string, string>;
  /** Done to the emulator before the step. */
  readonly before?: (emulator: Emulator) => void;
}

const STEPS: readonly Step[] = [
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
  private readonly names = new Map<string, string>();
  text(value: string): string {
    return value
      .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z?/g, "<date>")
      .replace(/\b[0-9a-f]{20}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, (id) => {
        if (id === USER) return "<user>";
        if (!this.names.has(id)) this.names.set(id, `<id${this.names.size + 1}>`);
        return this.names.get(id)!;
      });
  }
}

type Resource = { urn: string; id: string; outputs: Record<string, unknown> };

/**
 * A resource as compared: its name, id and outputs, secrets shown as "<secret>", the provider as
 * "<provider>", a create token (random per create) as "<token>", the account (each emulator's own) as "<account>".
 */
function comparable(resources: Resource[], n: Normaliser): unknown[] {
  return resources.map((r) => ({
    name: r.urn.split("::").pop(),
    id: n.text(r.id),
    outputs: Object.fromEntries(
      Object.entries(r.outputs)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [
          k,
          k === "__provider"
            ? "<provider>"
            : k === "createToken" && typeof v === "string" && /^[0-9a-f]{32}$/.test(v)
              ? "<token>" // random per create, by design
              : k === "account" &&
                  typeof v === "string" &&
                  /^contract \d+ at http:\/\/127\.0\.0\.1:\d+\/cloudapi\/v6$/.test(v)
                ? "<account>" // each emulator is an account of its own
                : typeof v === "object" && v !== null && "4dabf18193072939515e22adb298388d" in v
                  ? "<secret>"
                  : JSON.parse(n.text(JSON.stringify(v))),
        ]),
    ),
  }));
}

describe("the lifecycle driver, held to the real pulumi CLI", function () {
  this.timeout(600_000);
  let cliEmulator: Emulator;
  let driverEmulator: Emulator;
  before(async () => {
    [cliEmulator, driverEmulator] = await Promise.all([
      startEmulator({ requestDelayMs: 20 }),
      startEmulator({ requestDelayMs: 20 }),
    ]);
  });
  after(async () => {
    await cliEmulator.close();
    await driverEmulator.close();
  });

  it("sends the same requests and keeps the same state, step by step", async () => {
    const modules = installedModules("javascript");
    const cli = new CliProject("javascript", cliEmulator, PROGRAM, { modules });
    const driverProject = new CliProject("javascript", driverEmulator, PROGRAM, { modules });
    const driver = new ExampleStack(driverEmulator, USER, undefined, driverProject.dir);
    await cli.init({ userId: USER });
    const [cliNames, driverNames] = [new Normaliser(), new Normaliser()];

    for (const step of STEPS) {
      step.before?.(cliEmulator);
      step.before?.(driverEmulator);
      const [cliFrom, driverFrom] = [cliEmulator.log.length, driverEmulator.log.length];
      for (const [key, value] of Object.entries(step.config)) await cli.ok(["config", "set", key, value]);
      await cli.ok(step.op === "refresh" ? ["refresh", "--skip-preview"] : [step.op]);
      const driven = await driver.run(step.op, step.config);
      expect(driven.code, `driver ${step.op}: ${driven.stderr}`).to.equal(0);

      // The account is asked once per plugin host process, and the two engines run different numbers of them.
      const own = (r: string) => r !== "GET /contracts";
      const seen = {
        cli: requestsSince(cliEmulator, cliFrom)
          .filter(own)
          .map((r) => cliNames.text(r)),
        driver: requestsSince(driverEmulator, driverFrom)
          .filter(own)
          .map((r) => driverNames.text(r)),
      };
      expect(seen.driver, `requests of "${step.title}"`).to.deep.equal(seen.cli);

      const cliState = comparable(await cli.stateKeys(), cliNames);
      const driverResources = step.op === "preview" && !existsState(driver) ? [] : driverState(driver);
      expect(comparable(driverResources, driverNames), `state after "${step.title}"`).to.deep.equal(cliState);
    }
    expect(cliEmulator.keys(USER)).to.deep.equal([]);
    expect(driverEmulator.keys(USER)).to.deep.equal([]);
  });
});

function existsState(driver: ExampleStack): boolean {
  try {
    readFileSync(driver.stateFile);
    return true;
  } catch {
    return false;
  }
}

function driverState(driver: ExampleStack): Resource[] {
  const state = JSON.parse(driver.stateText()) as { resources: Array<Resource & { type: string }> };
  return state.resources.filter((r) => r.type === "pulumi-nodejs:dynamic/ionos:S3Key");
}

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AccessKeyProvider } from "../provider/access-key/access-key-provider";
import type { AccessKeyOutputs } from "../provider/access-key/access-key-types";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import type { S3KeyOutputs } from "../provider/s3-key/s3-key-outputs";
import { main as driver } from "../tools/pulumi-driver/cli";
import { table } from "./measure";
import { benchSection, count, newUser, quiet, ROOT, withEmulator } from "./bench-common";

/** 1. Requests per operation, counted from the emulator's log. */
async function requestEconomy(): Promise<Array<[string, number, number, number, string]>> {
  return withEmulator({ requestDelayMs: 0 }, async (e) => {
    const p = new S3KeyProvider({ log: quiet });
    const user = newUser();
    const rows: Array<[string, number, number, number, string]> = [];
    const measure = async (name: string, floor: string, op: () => Promise<unknown>) => {
      const from = e.log.length;
      await op();
      const c = count(e, from);
      rows.push([name, c.total, c.writes, c.polls, floor]);
    };
    let key: S3KeyOutputs | undefined;
    // As the S3Key class creates: with its URN, so the create first looks in the request log for an
    // earlier create of the resource (no journal entry here: every create is a fresh machine's).
    const identity = (name: string) => `urn:pulumi:bench::economy::pulumi-nodejs:dynamic/ionos:S3Key::${name}`;
    // A process's first request asks which account its credentials act for (GET /contracts), once.
    await measure(
      "create (active: true)",
      "1 account look (a process's first) + 1 log look + 1 write + polls",
      async () => (key = (await p.create({ userId: user, active: true, identity: identity("on") })).outs),
    );
    let off: S3KeyOutputs | undefined;
    await measure(
      "create (active: false)",
      "1 log look + 2 writes + polls",
      async () => (off = (await p.create({ userId: user, active: false, identity: identity("off") })).outs),
    );
    await measure("read", "1 GET", () => p.read(key!.keyId, { userId: user }));
    await measure("update (toggle active)", "1 write + polls", () =>
      p.update(key!.keyId, key!, { userId: user, active: false }),
    );
    await measure("delete", "1 write + polls", () => p.delete(key!.keyId, key!));
    await measure("check", "0", () => p.check({}, { userId: user, active: true }));
    await measure("diff", "0", () => p.diff(off!.keyId, off!, { userId: user, active: false }));
    await p.delete(off!.keyId, off!);
    // A whole `pulumi up` with no change, through the driver and the plugin host.
    const state = join(mkdtempSync(join(tmpdir(), "bench-")), "dev.json");
    const silent = () => undefined;
    await driver(["up", "--cwd", ROOT, "--state", state, "--config", `userId=${user}`], silent, silent);
    await measure("up with no change (2 keys)", "1 account look (the plugin host's first)", () =>
      driver(["up", "--cwd", ROOT, "--state", state, "--config", `userId=${user}`], silent, silent),
    );
    await driver(["destroy", "--cwd", ROOT, "--state", state, "--config", `userId=${user}`], silent, silent);
    return rows;
  });
}

/** 1b. The same for AccessKey (the Object Storage Management API), where waits are GETs of the key. */
async function accessKeyEconomy(): Promise<Array<[string, number, number, number, string]>> {
  return withEmulator({ requestDelayMs: 0 }, async (e) => {
    process.env.IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT = e.objectStorageUrl;
    const journal = mkdtempSync(join(tmpdir(), "bench-journal-"));
    const p = new AccessKeyProvider({ log: quiet, env: { ...process.env, IONOS_CREATE_JOURNAL: journal } });
    const rows: Array<[string, number, number, number, string]> = [];
    const measure = async (name: string, floor: string, op: () => Promise<unknown>) => {
      const from = e.log.length;
      await op();
      const slice = e.log.slice(from);
      const writes = slice.filter((l) => l.method !== "GET").length;
      rows.push([name, slice.length, writes, slice.length - writes, floor]);
    };
    const inputs = { description: "bench", rotation: { month: "1" }, identity: "urn:pulumi:b::b::ak::k" };
    let key: AccessKeyOutputs | undefined;
    await measure(
      "create",
      "1 account look (a process's first) + 1 PUT + GETs until AVAILABLE",
      async () => (key = (await p.create(inputs)).outs),
    );
    await measure("update (description)", "1 PUT + GETs", async () =>
      p.update(key!.keyId, key!, { ...inputs, description: "other" }),
    );
    await measure("update (rotation: renew)", "1 PUT + GETs", async () =>
      p.update(
        key!.keyId,
        { ...key!, description: "other" },
        { ...inputs, description: "other", rotation: { month: "2" } },
      ),
    );
    await measure("read", "1 GET", () => p.read(key!.keyId, key!));
    await measure("delete", "1 DELETE + GETs until 404", () => p.delete(key!.keyId, key!));
    e.injectFault({ method: "PUT", kind: "drop-after-write" });
    let lost: AccessKeyOutputs | undefined;
    await measure(
      "create, its answer lost",
      "2 PUTs + a renewal + GETs",
      async () => (lost = (await p.create(inputs)).outs),
    );
    await p.delete(lost!.keyId, lost!);
    rmSync(journal, { recursive: true, force: true });
    delete process.env.IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT;
    return rows;
  });
}

/** A section that prints one table of rows: requests per operation, counted from the emulator's log. */
function economyTable(
  name: string,
  heading: string,
  columns: string[],
  measure: () => Promise<ReadonlyArray<ReadonlyArray<string | number>>>,
) {
  const key = name === "economy" ? "economy" : "accessKeys";
  return benchSection(
    name,
    async () => ({ [key]: await measure() }),
    (results) => [heading, table(columns, results[key])],
  );
}

export const economySection = economyTable(
  "economy",
  "## Requests per operation (emulator log)",
  ["operation", "requests", "writes", "status polls", "floor"],
  requestEconomy,
);

export const accessKeysSection = economyTable(
  "access-keys",
  "## AccessKey: requests per operation (emulator log, keys ready at once)",
  ["operation", "requests", "writes", "GETs", "floor"],
  accessKeyEconomy,
);

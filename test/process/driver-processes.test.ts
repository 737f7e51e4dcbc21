import { expect } from "chai";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PluginHost } from "../../tools/pulumi-driver/plugin-host";
import { USER, useEmulator } from "../helpers/emulator";
import { PROJECT_DIR } from "../helpers/driver";

/** Whether a process is alive (a zombie counts as gone). */
function alive(pid: number): boolean {
  try {
    return !readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].startsWith("Z");
  } catch {
    return false;
  }
}

/** The child processes of `pid` whose command line contains `part`. */
function childrenOf(pid: number, part: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
        return ppid === pid && readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(part);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (condition()) return true;
  return condition();
}

describe("the driver's processes", function () {
  this.timeout(60_000);
  const env = useEmulator({ requestDelayMs: 20 });

  it("stops a plugin host that already died without waiting for an exit event that has fired", async () => {
    const host = await PluginHost.start(PROJECT_DIR, undefined, () => undefined);
    process.kill(host.pid!, "SIGKILL");
    expect(await until(() => !alive(host.pid!), 5000)).to.equal(true);
    await new Promise((r) => setTimeout(r, 100));
    const stopped = await Promise.race([
      host.stop().then(() => "stopped"),
      new Promise((r) => setTimeout(() => r("still waiting after 2 s"), 2000)),
    ]);
    expect(stopped).to.equal("stopped");
  });

  it("stops its plugin host and program when it is killed mid-create", async () => {
    env.emulator.setRequestDelay(30_000);
    const driver = spawn(
      process.execPath,
      [
        join(PROJECT_DIR, "dist", "tools", "pulumi-driver", "cli.js"),
        "up",
        "--cwd",
        PROJECT_DIR,
        "--state",
        join(mkdtempSync(join(tmpdir(), "ionos-s3key-kill-")), "dev.json"),
        "--config",
        `userId=${USER}`,
      ],
      {
        env: { ...process.env, IONOS_API_URL: env.emulator.url, IONOS_TOKEN: env.emulator.options.token },
        stdio: "ignore",
      },
    );
    try {
      expect(await until(() => env.emulator.log.some((l) => l.method === "POST"), 30_000), "a POST was sent").to.equal(
        true,
      );
      const hosts = childrenOf(driver.pid!, "dynamic-provider");
      expect(hosts, "the plugin host runs").to.have.length(1);
      driver.kill("SIGTERM");
      expect(await until(() => driver.exitCode !== null || driver.signalCode !== null, 5000)).to.equal(true);
      expect(await until(() => !alive(hosts[0]), 5000), "the plugin host stopped with the driver").to.equal(true);
    } finally {
      env.emulator.setRequestDelay(20);
      driver.kill("SIGKILL");
    }
  });
});

describe("the driver's command line", () => {
  it("prints its usage for --help and exits 0", () => {
    const out = execFileSync(
      process.execPath,
      [join(PROJECT_DIR, "dist", "tools", "pulumi-driver", "cli.js"), "--help"],
      {
        encoding: "utf8",
      },
    );
    expect(out).to.match(/^Usage: pulumi-driver <preview\|up\|refresh\|destroy> \[options\]/);
    expect(out).to.contain("--state FILE");
  });
});

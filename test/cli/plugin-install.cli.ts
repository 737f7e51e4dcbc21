import { expect } from "chai";
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, dirname, join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { CliProject } from "../helpers/pulumi-cli";
import { pluginTarball } from "../helpers/plugin-programs";
import { PACKAGE_VERSION } from "../../provider/api/user-agent";

// How the CLI gets the plugin: from a release page (a loopback server stands in for it, serving the
// tarballs `npm run plugin` names as Pulumi expects), and what it reads from it (the schema).

describe("installing the plugin as the pulumi CLI does", function () {
  this.timeout(300_000);
  let emulator: Emulator;
  let server: Server;
  let served: string[];
  before(async () => {
    emulator = await startEmulator();
    served = [];
    const dir = dirname(pluginTarball());
    server = createServer((req, res) => {
      served.push(req.url ?? "");
      const name = basename(req.url ?? "");
      if (!/^pulumi-resource-ionos-s3key-v[\d.]+-[a-z]+-[a-z0-9]+\.tar\.gz$/.test(name))
        return void res.writeHead(404).end();
      // The CLI checks the body's length against the header, as against a real release page.
      res.writeHead(200, { "Content-Type": "application/gzip", "Content-Length": statSync(join(dir, name)).size });
      createReadStream(join(dir, name))
        .on("error", () => res.destroy())
        .pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  after(async () => {
    server?.close();
    await emulator?.close();
  });

  it("installs from a release page by the tarball name Pulumi asks for, and serves the schema of this repository", async () => {
    const p = new CliProject("yaml", emulator, "name: install-check\nruntime: yaml\n");
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/releases/v${PACKAGE_VERSION}/`;
    await p.ok(["plugin", "install", "resource", "ionos-s3key", PACKAGE_VERSION, "--server", url]);
    expect(served).to.deep.equal([
      `/releases/v${PACKAGE_VERSION}/pulumi-resource-ionos-s3key-v${PACKAGE_VERSION}-linux-amd64.tar.gz`,
    ]);
    const schema = await p.ok(["package", "get-schema", `ionos-s3key@${PACKAGE_VERSION}`]);
    const repository = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "schema.json"), "utf8")) as unknown;
    expect(JSON.parse(schema.stdout)).to.deep.equal(repository);
  });

  it("a bad provider config fails the preview naming each key, once, and sends nothing", async () => {
    const p = new CliProject(
      "yaml",
      emulator,
      "name: bad-config\nruntime: yaml\nresources:\n  key:\n    type: ionos-s3key:index:S3Key\n    properties:\n      userId: 9b1b4c62-1466-11e7-87d3-d7bb7dac0087\n",
    );
    p.env = {};
    await p.ok(["plugin", "install", "resource", "ionos-s3key", PACKAGE_VERSION, "--file", pluginTarball()]);
    await p.init({ "ionos-s3key:endpoint": "ftp://api.example.com", "ionos-s3key:tokn": "a-token-mistyped" });
    const from = emulator.log.length;
    const run = await p.pulumi(["preview"]);
    expect(run.code).to.not.equal(0);
    expect(run.output).to.contain("ionos-s3key:endpoint").and.contain("tokn").and.contain("no IONOS credentials");
    const diagnostics = run.output.slice(run.output.indexOf("Diagnostics:"));
    expect(diagnostics.split("not a config key of ionos-s3key").length - 1, "said once").to.equal(1);
    expect(run.output, "the mistyped key's value").to.not.contain("a-token-mistyped");
    expect(run.output).to.not.match(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(emulator.log.length).to.equal(from);
  });
});

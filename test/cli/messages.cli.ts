import { expect } from "chai";
import { startEmulator, type Emulator } from "../../emulator";
import { CliProject } from "../helpers/pulumi-cli";

const PROGRAM = `"use strict";
const pulumi = require("@pulumi/pulumi");
const { S3Key } = require("pulumi-ionos-s3key");
const key = new S3Key("noisy-key", { userId: new pulumi.Config().require("userId") });
exports.accessKeyId = key.id;
`;

/** The lines of one heading's block in the CLI's "Diagnostics:" section. */
function diagnosticsOf(output: string, heading: RegExp): string[] {
  const lines = output.slice(output.indexOf("Diagnostics:")).split("\n");
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return [];
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!/^ {4}/.test(line)) break;
    block.push(line.trim());
  }
  return block;
}

// What the user reads: a retry's message under the resource it belongs to, not on the Stack's row as
// the host's stdout ("info: [runtime] …"), in Pulumi's own dynamic-provider host under the real CLI.
describe("progress and retry messages under the real pulumi CLI", function () {
  this.timeout(600_000);
  let emulator: Emulator;
  before(async () => (emulator = await startEmulator({ requestDelayMs: 20 })));
  after(() => emulator.close());

  it("a retried request is named on the key's own row and in its diagnostics, not the Stack's", async () => {
    const p = new CliProject("javascript", emulator, PROGRAM);
    const userId = "a11e0000-1466-11e7-87d3-d7bb7dac0087";
    await p.init({ userId });
    emulator.injectFault({ method: "GET", kind: "status", status: 503 });
    const up = await p.ok(["up"]);
    const onKey = diagnosticsOf(up.output, /^ {2}pulumi-nodejs:dynamic\/ionos:S3Key \(noisy-key\):$/);
    expect(onKey.join("\n"), up.output).to.match(/^GET \/\S+: .*503.*retrying in \d+ ms \(attempt 2 of \d+\)$/m);
    expect(up.output).to.match(/noisy-key creating \(\d+s\) GET \/\S+: .*retrying in/);
    const onStack = diagnosticsOf(up.output, /^ {2}pulumi:pulumi:Stack /);
    expect(
      onStack.filter((line) => /retrying|\[runtime\]/.test(line)),
      "on the Stack's row",
    ).to.deep.equal([]);
    expect(emulator.keys(userId)).to.have.length(1);
    await p.ok(["destroy"]);
    expect(emulator.keys(userId)).to.deep.equal([]);
  });
});

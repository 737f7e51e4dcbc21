import { expect } from "chai";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { connect, type AddressInfo, type Socket } from "node:net";
import { join } from "node:path";
import { createServer } from "node:tls";
import { promisify } from "node:util";
import { startEmulator, type Emulator } from "../../emulator";
import { USER, writesSince } from "../helpers/emulator";
import { startForwardProxy } from "../../tools/forward-proxy";
import { PROJECT_DIR } from "../helpers/project";

// HTTPS_PROXY as corporate networks use it: a CONNECT tunnel to an https endpoint whose certificate
// a company CA signed (given to Node.js with NODE_EXTRA_CA_CERTS, read when a process starts, so the
// provider runs in a process of its own, as the plugin host is).
const fixture = (name: string) => join(PROJECT_DIR, "test", "fixtures", name);

/** TLS in front of the emulator, with a certificate for api.ionos.test. */
async function tlsFront(emulator: Emulator): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer(
    { key: readFileSync(fixture("api-ionos-test-key.pem")), cert: readFileSync(fixture("api-ionos-test-cert.pem")) },
    (socket) => {
      sockets.add(socket);
      const upstream = connect(Number(new URL(emulator.url).port), "127.0.0.1");
      socket.pipe(upstream).pipe(socket);
      socket.on("error", () => upstream.destroy());
      upstream.on("error", () => socket.destroy());
      socket.on("close", () => sockets.delete(socket));
    },
  );
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

describe("HTTPS_PROXY through a real CONNECT proxy", function () {
  this.timeout(30_000);

  it("tunnels every request of a create and a delete, the emulator behind TLS a company CA signed", async () => {
    const emulator = await startEmulator({ requestDelayMs: 10 });
    const front = await tlsFront(emulator);
    const proxy = await startForwardProxy({ "api.ionos.test": "127.0.0.1" });
    try {
      const script = `
        const { S3KeyProvider } = require(${JSON.stringify(join(PROJECT_DIR, "dist", "provider", "s3-key", "s3-key-provider.js"))});
        (async () => {
          const p = new S3KeyProvider({ log: () => {} });
          const { id, outs } = await p.create({ userId: ${JSON.stringify(USER)}, active: true });
          await p.delete(id, outs);
          console.log(JSON.stringify({ id }));
        })().catch((e) => { console.error(e.message); process.exit(1); });`;
      const { stdout } = await promisify(execFile)(process.execPath, ["-e", script], {
        env: {
          ...process.env,
          IONOS_API_URL: `https://api.ionos.test:${front.port}`,
          IONOS_TOKEN: emulator.options.token,
          IONOS_CREATE_JOURNAL: "off",
          HTTPS_PROXY: proxy.url,
          NODE_EXTRA_CA_CERTS: fixture("api-ionos-test-cert.pem"),
        },
      });
      const { id } = JSON.parse(stdout) as { id: string };
      expect(writesSince(emulator, 0)).to.deep.equal([
        `POST /um/users/${USER}/s3keys`,
        `DELETE /um/users/${USER}/s3keys/${id}`,
      ]);
      expect(emulator.keys(USER)).to.deep.equal([]);
      expect(proxy.seen.length).to.be.greaterThan(0);
      expect(
        proxy.seen.every((line) => line === `CONNECT api.ionos.test:${front.port}`),
        proxy.seen.join("\n"),
      ).to.equal(true);
    } finally {
      await proxy.close();
      await front.close();
      await emulator.close();
    }
  });
});

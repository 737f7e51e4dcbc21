"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_net_1 = require("node:net");
const node_path_1 = require("node:path");
const node_tls_1 = require("node:tls");
const node_util_1 = require("node:util");
const emulator_1 = require("../../emulator");
const emulator_2 = require("../helpers/emulator");
const forward_proxy_1 = require("../../tools/forward-proxy");
const project_1 = require("../helpers/project");
// HTTPS_PROXY as corporate networks use it: a CONNECT tunnel to an https endpoint whose certificate
// a company CA signed (given to Node.js with NODE_EXTRA_CA_CERTS, read when a process starts, so the
// provider runs in a process of its own, as the plugin host is).
const fixture = (name) => (0, node_path_1.join)(project_1.PROJECT_DIR, "test", "fixtures", name);
/** TLS in front of the emulator, with a certificate for api.ionos.test. */
async function tlsFront(emulator) {
    const sockets = new Set();
    const server = (0, node_tls_1.createServer)({ key: (0, node_fs_1.readFileSync)(fixture("api-ionos-test-key.pem")), cert: (0, node_fs_1.readFileSync)(fixture("api-ionos-test-cert.pem")) }, (socket) => {
        sockets.add(socket);
        const upstream = (0, node_net_1.connect)(Number(new URL(emulator.url).port), "127.0.0.1");
        socket.pipe(upstream).pipe(socket);
        socket.on("error", () => upstream.destroy());
        upstream.on("error", () => socket.destroy());
        socket.on("close", () => sockets.delete(socket));
    });
    await new Promise((done) => server.listen(0, "127.0.0.1", done));
    return {
        port: server.address().port,
        close: () => new Promise((done) => {
            for (const socket of sockets)
                socket.destroy();
            server.close(() => done());
        }),
    };
}
describe("HTTPS_PROXY through a real CONNECT proxy", function () {
    this.timeout(30_000);
    it("tunnels every request of a create and a delete, the emulator behind TLS a company CA signed", async () => {
        const emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 10 });
        const front = await tlsFront(emulator);
        const proxy = await (0, forward_proxy_1.startForwardProxy)({ "api.ionos.test": "127.0.0.1" });
        try {
            const script = `
        const { S3KeyProvider } = require(${JSON.stringify((0, node_path_1.join)(project_1.PROJECT_DIR, "dist", "provider", "s3-key", "s3-key-provider.js"))});
        (async () => {
          const p = new S3KeyProvider({ log: () => {} });
          const { id, outs } = await p.create({ userId: ${JSON.stringify(emulator_2.USER)}, active: true });
          await p.delete(id, outs);
          console.log(JSON.stringify({ id }));
        })().catch((e) => { console.error(e.message); process.exit(1); });`;
            const { stdout } = await (0, node_util_1.promisify)(node_child_process_1.execFile)(process.execPath, ["-e", script], {
                env: {
                    ...process.env,
                    IONOS_API_URL: `https://api.ionos.test:${front.port}`,
                    IONOS_TOKEN: emulator.options.token,
                    IONOS_CREATE_JOURNAL: "off",
                    HTTPS_PROXY: proxy.url,
                    NODE_EXTRA_CA_CERTS: fixture("api-ionos-test-cert.pem"),
                },
            });
            const { id } = JSON.parse(stdout);
            (0, chai_1.expect)((0, emulator_2.writesSince)(emulator, 0)).to.deep.equal([
                `POST /um/users/${emulator_2.USER}/s3keys`,
                `DELETE /um/users/${emulator_2.USER}/s3keys/${id}`,
            ]);
            (0, chai_1.expect)(emulator.keys(emulator_2.USER)).to.deep.equal([]);
            (0, chai_1.expect)(proxy.seen.length).to.be.greaterThan(0);
            (0, chai_1.expect)(proxy.seen.every((line) => line === `CONNECT api.ionos.test:${front.port}`), proxy.seen.join("\n")).to.equal(true);
        }
        finally {
            await proxy.close();
            await front.close();
            await emulator.close();
        }
    });
});
//# sourceMappingURL=proxy-connect.test.js.map
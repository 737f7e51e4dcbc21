"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_http_1 = require("node:http");
const access_key_provider_1 = require("../provider/access-key/access-key-provider");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const emulator_1 = require("./helpers/emulator");
/**
 * A server in front of the emulator that answers 404 (with `body`) for the requests `hide` picks and
 * passes every other one on: what a gateway, a proxy or another service at the configured address does.
 */
async function answering404(target, hide, body = "") {
    const server = (0, node_http_1.createServer)((req, res) => {
        if (hide(req.method ?? "", req.url ?? "")) {
            res.writeHead(404, { "content-type": body.startsWith("{") ? "application/json" : "text/html" });
            res.end(body);
            return;
        }
        const upstream = new URL(target());
        const forwarded = (0, node_http_1.request)({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
        });
        req.pipe(forwarded);
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((resolve) => server.close(() => resolve())),
    };
}
const GATEWAY_404 = JSON.stringify({
    httpStatus: 404,
    messages: [{ errorCode: "309", message: "Resource does not exist" }],
});
describe("a key is gone only when IONOS says so about that key", function () {
    this.timeout(20_000);
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 10 });
    const messages = [];
    const s3Keys = (url) => new s3_key_provider_1.S3KeyProvider(env.options({ log: (m) => void messages.push(m), env: url ? { IONOS_API_URL: url } : {} }));
    const accessKeys = (url) => new access_key_provider_1.AccessKeyProvider(env.options({
        log: (m) => void messages.push(m),
        env: url ? { IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: url } : {},
    }));
    const newKey = async () => {
        const { id, outs } = await s3Keys().create({ userId: emulator_1.USER, active: true });
        return { id, outs: outs };
    };
    it("keeps an S3 key on refresh and on delete when every path answers 404, naming the URL and the setting", async () => {
        const { id, outs } = await newKey();
        const gateway = await answering404(() => env.emulator.url, () => true, GATEWAY_404);
        try {
            const read = await (0, emulator_1.rejection)(() => s3Keys(gateway.url).read(id, outs));
            (0, chai_1.expect)(read.message).to.equal(`IONOS API GET ${gateway.url}/cloudapi/v6/um/users/${emulator_1.USER}/s3keys/${id} answered HTTP 404, which does not say that key ${id} of user ${emulator_1.USER} is gone, ` +
                `and the list that would show it (GET ${gateway.url}/cloudapi/v6/um/users/${emulator_1.USER}/s3keys?depth=1) did not answer either (HTTP 404). ` +
                `The state keeps the key and nothing was deleted. Check IONOS_API_URL (now ${gateway.url}/cloudapi/v6): it names the host alone, or the host with the API's base path; ` +
                "if the owner itself was deleted with its keys, remove the resource from the state with `pulumi state delete <urn>`.");
            const deleted = await (0, emulator_1.rejection)(() => s3Keys(gateway.url).delete(id, outs));
            (0, chai_1.expect)(deleted.message).to.contain(`IONOS API DELETE ${gateway.url}/cloudapi/v6/um/users/${emulator_1.USER}/s3keys/${id} answered HTTP 404`);
            (0, chai_1.expect)(deleted.stack).to.equal(`IonosNotProvenGoneError: ${deleted.message}`);
        }
        finally {
            await gateway.close();
        }
        (0, chai_1.expect)(env.emulator.keys(emulator_1.USER).map((k) => k.id)).to.deep.equal([id]);
        await s3Keys().delete(id, outs);
        (0, chai_1.expect)(env.emulator.keys(emulator_1.USER)).to.deep.equal([]);
    });
    it("keeps an S3 key when its GET answers a bare 404 but the user's key list still holds it", async () => {
        const { id, outs } = await newKey();
        const gateway = await answering404(() => env.emulator.url, (method, path) => method === "GET" && path.split("?")[0].endsWith(`/s3keys/${id}`));
        try {
            const error = await (0, emulator_1.rejection)(() => s3Keys(gateway.url).read(id, outs));
            (0, chai_1.expect)(error.message).to.contain("answered HTTP 404, which does not say that key").and.contain("yet the list");
            (0, chai_1.expect)(error.message).to.contain("holds it. The state keeps the key and nothing was deleted.");
        }
        finally {
            await gateway.close();
        }
        await s3Keys().delete(id, outs);
    });
    it("drops an S3 key whose bare 404 the user's key list confirms, and one IONOS answers [VDC-21-2] for", async () => {
        const first = await newKey();
        const second = await newKey();
        env.emulator.deleteKeyOutside(first.id);
        env.emulator.deleteKeyOutside(second.id);
        const gateway = await answering404(() => env.emulator.url, (method, path) => method === "GET" && path.split("?")[0].endsWith(`/s3keys/${first.id}`));
        try {
            (0, chai_1.expect)(await s3Keys(gateway.url).read(first.id, first.outs)).to.deep.equal({});
        }
        finally {
            await gateway.close();
        }
        const from = env.emulator.log.length;
        (0, chai_1.expect)(await s3Keys().read(second.id, second.outs)).to.deep.equal({});
        (0, chai_1.expect)(env.emulator.log.length - from, "[VDC-21-2] proves it without a list").to.equal(1);
    });
    it("keeps an access key on refresh and delete when its API answers 404 for everything, and drops one the list lacks", async () => {
        const { id, outs } = await accessKeys().create({ description: "ci" });
        const gateway = await answering404(() => env.emulator.objectStorageUrl, () => true, "<html>Not Found</html>");
        try {
            const read = await (0, emulator_1.rejection)(() => accessKeys(gateway.url).read(id, outs));
            (0, chai_1.expect)(read.message).to.contain(`IONOS API GET ${gateway.url}/accesskeys/${id} answered HTTP 404, which does not say that access key ${id} is gone`);
            (0, chai_1.expect)(read.message).to.contain("Check IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT");
            const deleted = await (0, emulator_1.rejection)(() => accessKeys(gateway.url).delete(id, outs));
            (0, chai_1.expect)(deleted.message).to.contain(`IONOS API DELETE ${gateway.url}/accesskeys/${id} answered HTTP 404`);
        }
        finally {
            await gateway.close();
        }
        (0, chai_1.expect)(env.emulator
            .accessKeys()
            .filter((k) => k.goneAt === undefined)
            .map((k) => k.id)).to.deep.equal([id]);
        env.emulator.deleteAccessKeyOutside(id);
        (0, chai_1.expect)(await accessKeys().read(id, outs)).to.deep.equal({});
    });
});
//# sourceMappingURL=gone-proof.test.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startStub = startStub;
exports.reply = reply;
const node_http_1 = require("node:http");
/** A real HTTP server on a free port that answers as `handler` says: for responses no real API would give. */
async function startStub(handler) {
    const requests = [];
    const server = (0, node_http_1.createServer)((req, res) => {
        requests.push(`${req.method} ${(req.url ?? "").split("?")[0].replace(/^\/cloudapi\/v6/, "")}`);
        handler(req, res);
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        requests,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
/** Answers `status` with `body` (JSON unless a string) and optional headers. */
function reply(res, status, body, headers = {}) {
    const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
    res.writeHead(status, { "Content-Type": typeof body === "string" ? "text/html" : "application/json", ...headers });
    res.end(text);
}
//# sourceMappingURL=stub-server.js.map
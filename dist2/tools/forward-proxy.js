"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startForwardProxy = startForwardProxy;
const node_http_1 = require("node:http");
const node_net_1 = require("node:net");
/**
 * A real forward proxy on loopback, as corporate networks have: CONNECT tunnels for https, and
 * absolute-form requests (`GET http://host/path`) for http. It resolves the names in `hosts` itself
 * (as a proxy with its own DNS does), so a test can use a name this machine cannot resolve. It logs
 * every request it sees.
 */
async function startForwardProxy(hosts = {}) {
    const seen = [];
    const sockets = new Set();
    const resolve = (host) => hosts[host] ?? host;
    const server = (0, node_http_1.createServer)((req, res) => {
        seen.push(`${req.method} ${req.url}`);
        const target = new URL(req.url ?? "");
        const upstream = (0, node_http_1.request)({
            host: resolve(target.hostname),
            port: target.port || 80,
            path: `${target.pathname}${target.search}`,
            method: req.method,
            headers: req.headers,
        }, (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
        });
        upstream.on("error", () => res.writeHead(502).end());
        req.pipe(upstream);
    });
    server.on("connect", (req, client, head) => {
        seen.push(`CONNECT ${req.url}`);
        const [host, port] = (req.url ?? "").split(":");
        const upstream = (0, node_net_1.connect)(Number(port), resolve(host), () => {
            client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
            upstream.write(head);
            upstream.pipe(client);
            client.pipe(upstream);
        });
        upstream.on("error", () => client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n"));
        client.on("error", () => upstream.destroy());
    });
    server.on("connection", (socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
    });
    await new Promise((done) => server.listen(0, "127.0.0.1", done));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        seen,
        close: () => new Promise((done) => {
            for (const socket of sockets)
                socket.destroy();
            server.close(() => done());
        }),
    };
}
//# sourceMappingURL=forward-proxy.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeReply = writeReply;
exports.readBody = readBody;
const MAX_BODY = 1 << 20;
/** Writes one answer in the IONOS shape, with the rate-limit headers every answer carries. */
function writeReply(res, reply, rateHeaders, pretty) {
    const body = reply.body === undefined ? "" : JSON.stringify(reply.body, null, pretty ? 2 : undefined);
    res.writeHead(reply.status, {
        ...rateHeaders,
        ...(body ? { "Content-Type": "application/json" } : {}),
        "Content-Length": String(Buffer.byteLength(body)),
        ...reply.headers,
    });
    res.end(body);
}
/** The body (undefined past 1 MiB or on a broken stream), or "timeout" when it did not end within `timeoutMs`. */
function readBody(req, timeoutMs) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let tooLarge = false;
        const timer = setTimeout(() => resolve("timeout"), timeoutMs);
        const done = (value) => {
            clearTimeout(timer);
            resolve(value);
        };
        req.on("data", (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY)
                tooLarge = true;
            else
                chunks.push(chunk);
        });
        req.on("end", () => done(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")));
        req.on("error", () => done(undefined));
    });
}
//# sourceMappingURL=http-io.js.map
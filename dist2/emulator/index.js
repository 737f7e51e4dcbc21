"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultEmulatorOptions = void 0;
exports.emulatorSettings = emulatorSettings;
exports.startEmulator = startEmulator;
const node_http_1 = require("node:http");
const options_1 = require("./options");
const server_1 = require("./server");
var options_2 = require("./options");
Object.defineProperty(exports, "defaultEmulatorOptions", { enumerable: true, get: function () { return options_2.defaultEmulatorOptions; } });
/**
 * The settings that point a program, the Pulumi CLI or a test suite at an emulator at `url`: both
 * APIs (the Cloud API for S3Key and the Object Storage Management API for AccessKey, one server),
 * and the token. Set them all, so that nothing goes to IONOS by accident.
 */
function emulatorSettings(url, token) {
    return { IONOS_API_URL: url, IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: url, IONOS_TOKEN: token };
}
/**
 * Starts a local IONOS Cloud API v6 emulator for object storage keys. `clock` (default `Date.now`)
 * drives request timelines, visibility, dates and the rate limit, so a test can move time itself.
 */
async function startEmulator(input = {}, { clock = Date.now } = {}) {
    const options = (0, options_1.resolveOptions)(input);
    const handler = new server_1.EmulatorHandler(options, clock);
    const server = (0, node_http_1.createServer)((req, res) => void handler.handle(req, res));
    server.on("clientError", (_error, socket) => {
        if (socket.writable)
            socket.end("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" +
                JSON.stringify({
                    httpStatus: 400,
                    messages: [{ errorCode: "[VDC-1-2]", message: "Malformed HTTP request." }],
                }));
    });
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port, options.host, () => resolve());
    });
    const port = server.address().port;
    const url = `http://${options.host}:${port}`;
    handler.origin = url;
    return {
        url,
        objectStorageUrl: url,
        port,
        options,
        accessKeys: () => handler.accessKeys.ownedBy(server_1.ACCOUNT),
        seedForeignAccessKey: (id) => handler.accessKeys.seedForeign(id),
        deleteAccessKeyOutside: (id) => handler.accessKeys.keys.delete(id),
        get log() {
            return handler.log;
        },
        clearLog: () => void handler.log.splice(0),
        keys: (userId) => handler.store.keysOf(userId),
        request: (requestId) => handler.store.requests.get(requestId),
        deleteKeyOutside: (keyId) => {
            const deleted = handler.store.keys.delete(keyId);
            handler.store.save();
            return deleted;
        },
        failNextRequest: (message = "Injected failure: the request could not be processed.", method) => handler.controls.failNextRequest(message, method),
        injectFault: (fault) => handler.controls.injectFault(fault),
        withholdPrivilege: (userId, ms) => handler.controls.withholdPrivilege(userId, ms),
        setRequestDelay: (ms) => handler.controls.setRequestDelay(ms),
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
//# sourceMappingURL=index.js.map
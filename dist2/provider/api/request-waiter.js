"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.waitForRequest = waitForRequest;
const errors_1 = require("./errors");
const poll_schedule_1 = require("./poll-schedule");
const poll_until_1 = require("./poll-until");
const requests_api_1 = require("./requests-api");
/**
 * Polls `/requests/{id}/status` until the request is DONE (through `pollUntil`). Throws
 * `IonosRequestError` when it ends FAILED (with the API's message), `IonosWaitTimeoutError` when it
 * is still running at the timeout. With `learn`, the poll times follow what the process learned
 * about requests of that kind, and the wait teaches it more.
 */
async function waitForRequest(client, requestId, what, options = poll_schedule_1.defaultWaitOptions, learn) {
    const requests = new requests_api_1.RequestsApi(client);
    await (0, poll_until_1.pollUntil)(client, {
        what: `IONOS request ${requestId} (${what})`,
        options,
        ...(learn !== undefined ? { learn } : {}),
        initialStatus: "QUEUED",
        hint: "It may still complete: run `pulumi refresh` later.",
        poll: async () => {
            const status = await requests.status(requestId);
            if (status.status === "DONE")
                return { done: true, value: undefined };
            if (status.status === "FAILED")
                throw new errors_1.IonosRequestError({
                    requestId,
                    status: status.status,
                    message: `IONOS request ${requestId} (${what}) FAILED: ${status.message ?? "no reason given"}. Nothing was changed by it; fix the cause and run the command again.`,
                });
            return { done: false, status: status.status };
        },
    });
}
//# sourceMappingURL=request-waiter.js.map
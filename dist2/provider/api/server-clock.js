"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ServerClock = void 0;
/**
 * IONOS's clock as this machine sees it, learned from the `Date` header of its answers (as AWS's
 * SDKs keep a `systemClockOffset`): a machine whose clock is minutes off still asks IONOS's request
 * log for the right window. Shared by the clients of one process. Before any answer, it knows nothing.
 */
class ServerClock {
    offsetMs;
    /** Learns from one answer's `Date` header, received at local time `receivedAt`. */
    observe(dateHeader, receivedAt) {
        if (dateHeader === null || dateHeader === undefined)
            return;
        const server = Date.parse(dateHeader);
        // The header is to the second, rounded down: the middle of that second is at most 500 ms off.
        if (!Number.isNaN(server))
            this.offsetMs = server + 500 - receivedAt;
    }
    /** Whether an answer has shown the server's clock yet. */
    get known() {
        return this.offsetMs !== undefined;
    }
    /** The server's time at local time `local`, or undefined while no answer has shown its clock. */
    toServer(local) {
        return this.offsetMs === undefined ? undefined : local + this.offsetMs;
    }
}
exports.ServerClock = ServerClock;
//# sourceMappingURL=server-clock.js.map
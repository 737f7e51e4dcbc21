"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.track = track;
exports.stopChildren = stopChildren;
exports.stopChildrenOnSignals = stopChildrenOnSignals;
// The processes this driver started (program, plugin host) and that have not exited yet, so that a
// driver stopped by a signal stops them too instead of leaving them running.
const running = new Set();
/** Remembers a child until it exits. */
function track(child) {
    running.add(child);
    child.once("exit", () => running.delete(child));
    return child;
}
/** Sends SIGTERM to every child still running. */
function stopChildren() {
    for (const child of running)
        child.kill("SIGTERM");
}
/** On SIGINT, SIGTERM or SIGHUP: stop the children, then exit as the signal would have. */
function stopChildrenOnSignals() {
    for (const [signal, number] of [
        ["SIGINT", 2],
        ["SIGTERM", 15],
        ["SIGHUP", 1],
    ]) {
        process.once(signal, () => {
            stopChildren();
            process.exit(128 + number);
        });
    }
}
//# sourceMappingURL=children.js.map
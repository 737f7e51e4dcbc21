"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decideFaults = decideFaults;
/**
 * Decides the faults of one request from the seeded rates, then from the one-off fault that matches
 * it (taken only when no drawn fault came first, so it waits for the next request). Pure but for
 * `random`, the seeded generator, so runs repeat; draws are made in a fixed order whatever the outcome.
 */
function decideFaults(faults, random, takeInjected) {
    const draw = (rate) => rate > 0 && random() < rate;
    const latencyMs = faults.latencyMs + (faults.latencyJitterMs > 0 ? random() * faults.latencyJitterMs : 0);
    const rateLimited = draw(faults.rateLimitRate);
    const dropped = draw(faults.dropRate);
    const errored = draw(faults.errorRate);
    const errorStatus = faults.errorRate > 0 && random() < 0.5 ? 500 : 503;
    const droppedAfterWrite = draw(faults.dropAfterWriteRate);
    if (rateLimited)
        return { latencyMs, before: { kind: "status", status: 429 } };
    if (dropped)
        return { latencyMs, before: { kind: "drop" } };
    if (errored)
        return { latencyMs, before: { kind: "status", status: errorStatus } };
    const injected = takeInjected();
    if (injected?.kind === "drop")
        return { latencyMs, before: { kind: "drop" } };
    if (injected?.kind === "status" && !injected.afterWrite)
        return { latencyMs, before: { kind: "status", status: injected.status ?? 500 } };
    if (injected?.kind === "drop-after-write")
        return { latencyMs, afterWrite: { kind: "drop" } };
    if (injected?.kind === "status")
        return { latencyMs, afterWrite: { kind: "status", status: injected.status ?? 500 } };
    return droppedAfterWrite ? { latencyMs, afterWrite: { kind: "drop", drawn: true } } : { latencyMs };
}
//# sourceMappingURL=fault-decision.js.map
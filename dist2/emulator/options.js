"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultEmulatorOptions = exports.defaultFaults = void 0;
exports.resolveOptions = resolveOptions;
exports.defaultFaults = {
    seed: 1,
    errorRate: 0,
    rateLimitRate: 0,
    dropRate: 0,
    dropAfterWriteRate: 0,
    failRequestRate: 0,
    latencyMs: 0,
    latencyJitterMs: 0,
};
exports.defaultEmulatorOptions = {
    port: 0,
    host: "127.0.0.1",
    token: "emulator-token",
    restrictedToken: "emulator-restricted-token",
    username: "emulator@example.com",
    password: "emulator-password",
    users: [],
    maxKeysPerUser: 5,
    requestDelayMs: 50,
    requestDelayJitter: 0,
    visibilityDelayMs: 0,
    keyNotFoundStatus: 422,
    rateLimitPerMinute: 6000,
    rateLimitBurst: 100,
    privilegeDelays: {},
    requestListLagMs: 0,
    recordCustomHeaders: true,
    logLimit: 100_000,
    bodyTimeoutMs: 10_000,
    faults: exports.defaultFaults,
};
function resolveOptions(input = {}) {
    return { ...exports.defaultEmulatorOptions, ...input, faults: { ...exports.defaultFaults, ...input.faults } };
}
//# sourceMappingURL=options.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shiftedClockEnv = shiftedClockEnv;
// Preloaded into a process (`node --require …/shifted-clock.js`) to set its clock off by
// `SHIFTED_CLOCK_OFFSET_MS` (positive: ahead), as a machine whose clock drifted is: `Date.now()` and
// `new Date()` move; timers, which run on the monotonic clock, do not. For the soak's plugin hosts.
const offset = Number(process.env.SHIFTED_CLOCK_OFFSET_MS ?? "0");
if (Number.isFinite(offset) && offset !== 0) {
    const RealDate = Date;
    class ShiftedDate extends RealDate {
        constructor(...args) {
            if (args.length === 0)
                super(RealDate.now() + offset);
            else
                super(...args);
        }
        static now() {
            return RealDate.now() + offset;
        }
    }
    globalThis.Date = ShiftedDate;
}
/** The environment that starts a Node.js process with its clock `offsetMs` off. */
function shiftedClockEnv(env, offsetMs) {
    if (offsetMs === 0)
        return env;
    return {
        ...env,
        NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(__filename)}`.trim(),
        SHIFTED_CLOCK_OFFSET_MS: String(offsetMs),
    };
}
//# sourceMappingURL=shifted-clock.js.map
"use strict";
// Limits shared by S3Key's keepers and AccessKey's rotation.
Object.defineProperty(exports, "__esModule", { value: true });
exports.KEEPERS_LIMITS = void 0;
exports.keepersProblem = keepersProblem;
exports.reservedKeyProblem = reservedKeyProblem;
/** Limits on `keepers`: they are compared on every diff and stored in the state twice. */
exports.KEEPERS_LIMITS = { maxDepth: 8, maxBytes: 16 * 1024 };
/**
 * Why `keepers` is too deep or too large, or undefined. Walks with its own stack (no recursion, no
 * JSON.stringify), so a value nested a million levels deep is reported instead of overflowing the stack.
 */
function keepersProblem(value) {
    const stack = [[value, 1]];
    let bytes = 0;
    while (stack.length > 0) {
        const [item, depth] = stack.pop();
        if (depth > exports.KEEPERS_LIMITS.maxDepth)
            return `nested more than ${exports.KEEPERS_LIMITS.maxDepth} levels deep`;
        if (item !== null && typeof item === "object") {
            for (const [key, child] of Object.entries(item)) {
                bytes += key.length + 4;
                stack.push([child, depth + 1]);
            }
        }
        else {
            bytes += String(item).length + 2;
        }
        if (bytes > exports.KEEPERS_LIMITS.maxBytes)
            return `larger than ${exports.KEEPERS_LIMITS.maxBytes / 1024} KiB: keep them to a few short values, e.g. { rotation: "2026-11" }`;
    }
    return undefined;
}
/** Keys that JavaScript objects treat specially: as keepers they would be dropped, so a change would never rotate. */
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Why `value` (keepers, rotation) holds a reserved key at any depth, or undefined. Walks with its own stack. */
function reservedKeyProblem(value) {
    const stack = [value];
    let depth = 0;
    while (stack.length > 0 && depth++ < 10_000) {
        const item = stack.pop();
        if (item === null || typeof item !== "object")
            continue;
        for (const key of Object.keys(item)) {
            if (RESERVED_KEYS.has(key))
                return `has the key "${key}", which JavaScript objects treat specially (a change to it would never be seen): rename it, e.g. "${key.replace(/_/g, "")}Version"`;
            stack.push(item[key]);
        }
    }
    return undefined;
}
//# sourceMappingURL=keepers.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isUnknown = isUnknown;
exports.containsUnknown = containsUnknown;
exports.changed = changed;
const wire_1 = require("./wire");
/** Whether a value is the one Pulumi sends for an input not known yet during a preview. */
function isUnknown(value) {
    return value === wire_1.UNKNOWN;
}
/** Whether a value, or anything inside it, is not known yet. */
function containsUnknown(value) {
    return (isUnknown(value) || (value !== null && typeof value === "object" && Object.values(value).some(containsUnknown)));
}
/** Whether an input differs from what the state holds; a value not known yet counts as different. */
function changed(old, value) {
    return JSON.stringify(old ?? null) !== JSON.stringify(value ?? null) || containsUnknown(value);
}
//# sourceMappingURL=unknowns.js.map
"use strict";
// The creates a stack's state holds as pending: what `pulumi up` was doing when it was cut off.
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseExport = parseExport;
exports.pendingCreates = pendingCreates;
exports.resolvedBy = resolvedBy;
const errors_1 = require("../api/errors");
const wire_1 = require("../common/wire");
/** `pulumi stack export`'s output, parsed; an error that never quotes it (it may hold secrets). */
function parseExport(exported) {
    let parsed;
    try {
        parsed = JSON.parse(exported);
    }
    catch {
        throw new errors_1.IonosError("pulumi stack export printed something that is not a state: check the Pulumi CLI's version.");
    }
    const deployment = parsed?.deployment;
    if (deployment === null || typeof deployment !== "object" || Array.isArray(deployment))
        throw new errors_1.IonosError("pulumi stack export printed a state without a deployment: check the Pulumi CLI's version.");
    return parsed;
}
/**
 * The pending creates of this package's resources, each checked on its own: an entry that is not one
 * (no URN, inputs that are not an object) is a problem said in one line, and the others still count.
 * Other pending operations (updates, deletes, other packages' creates) are not recover's. Pure.
 */
function pendingCreates(state) {
    const operations = state.deployment.pending_operations;
    if (operations === undefined || operations === null)
        return { creates: [], problems: [] };
    if (!Array.isArray(operations))
        return { creates: [], problems: ["the state's pending_operations is not a list: left as it is"] };
    const creates = [];
    const problems = [];
    operations.forEach((operation, index) => {
        const { type, resource } = (operation ?? {});
        if (type !== "creating" || resource === null || typeof resource !== "object")
            return;
        const r = resource;
        const kind = r.type === wire_1.S3KEY_TYPE ? "S3Key" : r.type === wire_1.ACCESS_KEY_TYPE ? "AccessKey" : undefined;
        if (kind === undefined)
            return;
        if (typeof r.urn !== "string" || r.urn === "") {
            problems.push(`pending operation ${index + 1} (an ${kind} create) has no URN: left as it is`);
            return;
        }
        if (r.inputs !== undefined && (r.inputs === null || typeof r.inputs !== "object" || Array.isArray(r.inputs))) {
            problems.push(`${r.urn.slice(0, 200)}: its pending create's inputs are not an object: left as it is`);
            return;
        }
        creates.push({ index, urn: r.urn, kind, inputs: (r.inputs ?? {}) });
    });
    return { creates, problems };
}
/**
 * The resource of the state that shows an `up` already resolved this pending create: one of the same
 * URN that holds the key its token made (S3Key) or its id (AccessKey). Pure.
 */
function resolvedBy(state, create) {
    return (state.deployment.resources ?? []).find((r) => r.urn === create.urn &&
        r.delete !== true &&
        (create.kind === "S3Key"
            ? typeof create.inputs.createToken === "string" && r.outputs?.createToken === create.inputs.createToken
            : typeof create.inputs.createId === "string" && r.id === create.inputs.createId));
}
//# sourceMappingURL=pending-creates.js.map
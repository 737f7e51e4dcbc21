"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ResourceLines = void 0;
// What this plugin host saw of each resource in the state during this run. When the engine replaces a
// resource it calls check a second time with no old inputs ("recompute the default values") and
// creates the replacement with what that check returns, so the replacement's create would know nothing
// of the resource it replaces: this keeps it, by URN, from the first check and the diff.
const create_journal_1 = require("../common/create-journal");
class ResourceLines {
    lines = new Map();
    /**
     * The old inputs a check chains from: `olds` when the engine gave them (and they are recorded), else
     * what the first check of this run saw for the URN (the engine's second check of a replacement).
     */
    previous(urn, olds) {
        if (urn === undefined)
            return olds;
        if (Object.keys(olds).length > 0) {
            const line = { ...this.lines.get(urn), createToken: olds.createToken, adoptKeyId: olds.adoptKeyId };
            this.lines.set(urn, line);
            return line;
        }
        return this.lines.get(urn) ?? {};
    }
    /** Records the key the state holds for a resource (its diff's old outputs). */
    holds(state) {
        const urn = (0, create_journal_1.identityOf)(state);
        if (urn === undefined || typeof state.keyId !== "string")
            return;
        this.lines.set(urn, {
            ...this.lines.get(urn),
            keyId: state.keyId,
            ...(typeof state.createToken === "string" ? { madeBy: state.createToken } : {}),
        });
    }
    /** The resource of the state a create of `urn` replaces, as this run saw it; undefined for a new one. */
    replaced(urn) {
        return urn === undefined ? undefined : this.lines.get(urn);
    }
}
exports.ResourceLines = ResourceLines;
//# sourceMappingURL=resource-lines.js.map
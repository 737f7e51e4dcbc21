"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.planStep = planStep;
const sdk_1 = require("./sdk");
/**
 * The step for a registered resource, decided as the engine decides it: create when new; for a
 * resource whose create failed to finish, update (or replace when a replacing property changed);
 * else same, update or replace from the provider's diff and `replaceOnChanges`.
 */
function planStep({ old, inputs, diff, replaceOnChanges, deleteBeforeReplace }) {
    if (old === undefined || diff === undefined)
        return { op: "create", deleteBeforeReplace };
    const changed = diff.changes === "some" ||
        (diff.changes === "unknown" &&
            JSON.stringify(withoutProvider(old.inputs)) !== JSON.stringify(withoutProvider(inputs)));
    const replaces = [
        ...diff.replaces,
        ...replaceOnChanges.filter((p) => JSON.stringify(inputs[p]) !== JSON.stringify(old.inputs[p])),
    ];
    const op = old.initErrors
        ? replaces.length > 0
            ? "replace"
            : "update"
        : !changed
            ? "same"
            : replaces.length > 0
                ? "replace"
                : "update";
    return { op, deleteBeforeReplace: deleteBeforeReplace || diff.deleteBeforeReplace };
}
function withoutProvider(props) {
    const { [sdk_1.PROVIDER_KEY]: _provider, ...rest } = props;
    return rest;
}
//# sourceMappingURL=step-planner.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stepLine = stepLine;
exports.failureLine = failureLine;
const SYMBOL = {
    create: "+",
    update: "~",
    replace: "+-",
    delete: "-",
    "delete-replaced": "--",
    same: " ",
    read: ">",
    refresh: "~",
};
const DONE = {
    create: "created",
    update: "updated",
    replace: "replaced",
    delete: "deleted",
    "delete-replaced": "deleted original",
    same: "",
    read: "read",
    refresh: "refreshed",
};
/** The line Pulumi prints for a step: planned in a preview, done otherwise; none for an unchanged resource. */
function stepLine(step, preview) {
    if (step.op === "same")
        return undefined;
    return ` ${SYMBOL[step.op].padEnd(2)} ${step.type}  ${step.name}  ${preview ? step.op : DONE[step.op]}`;
}
/** The line for a failed step. */
function failureLine(step, message) {
    return ` ${SYMBOL[step.op].padEnd(2)} ${step.type}  ${step.name}  **${step.op} failed**: ${message}`;
}
//# sourceMappingURL=summary.js.map
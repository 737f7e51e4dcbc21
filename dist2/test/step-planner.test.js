"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const step_planner_1 = require("../tools/pulumi-driver/step-planner");
// The driver's step decisions, as the engine makes them (the differential test holds the two together).
describe("the driver's step planner", () => {
    const inputs = { userId: "u", active: true, __provider: "p2" };
    const old = { inputs: { userId: "u", active: true, __provider: "p1" } };
    const none = { changes: "none", replaces: [], deleteBeforeReplace: false };
    const cases = [
        [
            "creates a new resource",
            { inputs, replaceOnChanges: [], deleteBeforeReplace: false },
            { op: "create", deleteBeforeReplace: false },
        ],
        [
            "keeps an unchanged one",
            { old, inputs, diff: none, replaceOnChanges: [], deleteBeforeReplace: false },
            { op: "same", deleteBeforeReplace: false },
        ],
        [
            "updates on a change without replaces",
            { old, inputs, diff: { ...none, changes: "some" }, replaceOnChanges: [], deleteBeforeReplace: false },
            { op: "update", deleteBeforeReplace: false },
        ],
        [
            "replaces when the diff names a replacing property, delete-before-replace when the diff asks",
            {
                old,
                inputs,
                diff: { changes: "some", replaces: ["userId"], deleteBeforeReplace: true },
                replaceOnChanges: [],
                deleteBeforeReplace: false,
            },
            { op: "replace", deleteBeforeReplace: true },
        ],
        [
            "replaces on replaceOnChanges, and keeps the option deleteBeforeReplace",
            {
                old,
                inputs: { ...inputs, active: false },
                diff: { ...none, changes: "some" },
                replaceOnChanges: ["active"],
                deleteBeforeReplace: true,
            },
            { op: "replace", deleteBeforeReplace: true },
        ],
        [
            "compares inputs without the provider when the diff is unknown",
            { old, inputs, diff: { ...none, changes: "unknown" }, replaceOnChanges: [], deleteBeforeReplace: false },
            { op: "same", deleteBeforeReplace: false },
        ],
        [
            "updates a resource whose create failed to finish, even without changes",
            {
                old: { ...old, initErrors: ["timed out"] },
                inputs,
                diff: none,
                replaceOnChanges: [],
                deleteBeforeReplace: false,
            },
            { op: "update", deleteBeforeReplace: false },
        ],
        [
            "replaces a resource whose create failed to finish when a replacing property changed",
            {
                old: { ...old, initErrors: ["timed out"] },
                inputs,
                diff: { ...none, changes: "some", replaces: ["userId"] },
                replaceOnChanges: [],
                deleteBeforeReplace: false,
            },
            { op: "replace", deleteBeforeReplace: false },
        ],
    ];
    for (const [title, input, expected] of cases) {
        it(title, () => (0, chai_1.expect)((0, step_planner_1.planStep)(input)).to.deep.equal(expected));
    }
});
//# sourceMappingURL=step-planner.test.js.map
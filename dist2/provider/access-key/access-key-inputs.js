"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_DESCRIPTION = void 0;
exports.checkAccessKeyInputs = checkAccessKeyInputs;
const zod_1 = require("zod");
const keepers_1 = require("../common/keepers");
/** The longest description accepted: IONOS documents none, and it is stored in the state twice. */
exports.MAX_DESCRIPTION = 1024;
const AccessKeyInputsSchema = zod_1.z.strictObject({
    description: zod_1.z
        .string({
        error: (i) => i.input === undefined
            ? "required: the AccessKey class sets it to the resource's name when you give none"
            : "not a string: give a short text that says what the key is for",
    })
        .max(exports.MAX_DESCRIPTION, { error: `longer than ${exports.MAX_DESCRIPTION} characters: keep it to a short text` }),
    rotation: zod_1.z
        .record(zod_1.z.string(), zod_1.z.unknown(), { error: 'not an object of values: give e.g. { month: "2026-11" }' })
        .superRefine((rotation, ctx) => {
        const problem = (0, keepers_1.keepersProblem)(rotation);
        if (problem !== undefined)
            ctx.addIssue({ code: "custom", message: problem });
    })
        .optional(),
    identity: zod_1.z.string({ error: "not a string: the AccessKey class sets it to the resource's URN" }).max(2048).optional(),
    /** Set by check, not by users: the id the next create ensures. */
    createId: zod_1.z.uuid({ error: "not a key id: it is set by the provider, leave it out" }).optional(),
});
const _schemaYieldsInputs = (value) => value;
void _schemaYieldsInputs;
/** Validates raw inputs (without `__provider`) and reports every problem at once. */
function checkAccessKeyInputs(raw) {
    const reserved = (0, keepers_1.reservedKeyProblem)(raw.rotation);
    const reservedFailures = reserved !== undefined ? [{ property: "rotation", reason: reserved }] : [];
    const parsed = AccessKeyInputsSchema.safeParse(raw);
    if (parsed.success)
        return reserved === undefined ? { inputs: parsed.data, failures: [] } : { failures: reservedFailures };
    return {
        failures: [
            ...reservedFailures,
            ...parsed.error.issues.flatMap((issue) => issue.code === "unrecognized_keys"
                ? issue.keys.map((key) => ({
                    property: key,
                    reason: "not an input of AccessKey, which takes description and rotation",
                }))
                : [{ property: issue.path.join(".") || "description", reason: issue.message }]),
        ],
    };
}
//# sourceMappingURL=access-key-inputs.js.map
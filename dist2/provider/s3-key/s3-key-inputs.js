"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3KeyInputsSchema = void 0;
exports.checkInputs = checkInputs;
const zod_1 = require("zod");
const ids_1 = require("../api/ids");
const redact_1 = require("../api/redact");
const keepers_1 = require("../common/keepers");
const wire_1 = require("../common/wire");
exports.S3KeyInputsSchema = zod_1.z.strictObject({
    userId: zod_1.z
        .string({
        error: (i) => i.input === undefined
            ? "required: set it to the IONOS user's UUID (e.g. user.id)"
            : "not a string: give the IONOS user's UUID",
    })
        .refine((v) => v === wire_1.UNKNOWN || ids_1.USER_ID_PATTERN.test(v), {
        error: (i) => `"${(0, redact_1.shown)(i.input)}" is not a UUID: use the IONOS user's id, e.g. 9b1b4c62-1466-11e7-87d3-d7bb7dac0087`,
    }),
    active: zod_1.z
        .union([zod_1.z.boolean(), zod_1.z.literal(wire_1.UNKNOWN)], { error: "not true or false: give a boolean, not a string" })
        .default(true),
    keepers: zod_1.z
        .record(zod_1.z.string(), zod_1.z.unknown(), { error: 'not an object of values: give e.g. { rotation: "2026-11" }' })
        .superRefine((keepers, ctx) => {
        const problem = (0, keepers_1.keepersProblem)(keepers);
        if (problem !== undefined)
            ctx.addIssue({ code: "custom", message: problem });
    })
        .optional(),
    adoptKeyId: zod_1.z
        .string({ error: "not a string: give the id of an existing key of this user" })
        .refine((v) => v === wire_1.UNKNOWN || ids_1.KEY_ID_PATTERN.test(v), {
        error: (i) => `"${(0, redact_1.shown)(i.input)}" is not a key id: use the access key id of an existing key, e.g. 78fa888e106456c1482d`,
    })
        .optional(),
    /** Set by the S3Key class, not by users: the resource's URN, from which check derives the create token. */
    identity: zod_1.z.string({ error: "not a string: the S3Key class sets it to the resource's URN" }).max(2048).optional(),
    /** Set by check, not by users: the adopted key is already this resource's (see `S3KeyInputs.adoptedBefore`). */
    adoptedBefore: zod_1.z.literal(true, { error: "set by the provider, leave it out" }).optional(),
    /** Set by check, not by users: the next create's token (see `nextCreateToken`). */
    createToken: zod_1.z
        .string()
        .regex(/^[0-9a-f]{32}$/, { error: "not a create token: it is set by the provider, leave it out" })
        .optional(),
});
// The published, zod-free S3KeyInputs must describe what the schema yields (the compiler checks).
const _schemaYieldsInputs = (value) => value;
void _schemaYieldsInputs;
/** Validates raw inputs (without `__provider`) and reports every problem at once. */
function checkInputs(raw) {
    const reserved = (0, keepers_1.reservedKeyProblem)(raw.keepers);
    const reservedFailures = reserved !== undefined ? [{ property: "keepers", reason: reserved }] : [];
    const parsed = exports.S3KeyInputsSchema.safeParse(raw);
    if (parsed.success)
        return reserved === undefined ? { inputs: parsed.data, failures: [] } : { failures: reservedFailures };
    const failures = parsed.error.issues.flatMap((issue) => {
        if (issue.code === "unrecognized_keys") {
            return issue.keys.map((key) => ({
                property: key,
                reason: "not an input of S3Key, which takes userId, active, keepers and adoptKeyId",
            }));
        }
        return [{ property: issue.path.join(".") || "userId", reason: issue.message }];
    });
    return { failures: [...reservedFailures, ...failures] };
}
//# sourceMappingURL=s3-key-inputs.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AccessKeyListSchema = exports.AccessKeySchema = exports.ErrorBodySchema = exports.RecordedRequestsSchema = exports.RecordedRequestSchema = exports.RequestStatusSchema = exports.SsoUrlSchema = exports.S3KeysSchema = exports.S3KeySchema = exports.S3KeyMetadataSchema = void 0;
exports.requestIdFromLocation = requestIdFromLocation;
const zod_1 = require("zod");
const ids_1 = require("./ids");
// Loose objects throughout: a field the API adds later must not break parsing.
exports.S3KeyMetadataSchema = zod_1.z.looseObject({
    etag: zod_1.z.string().optional(),
    createdDate: zod_1.z.string().optional(),
    lastModifiedDate: zod_1.z.string().optional(),
});
exports.S3KeySchema = zod_1.z.looseObject({
    // Checked here too: a key id from an answer goes into URLs and into the state.
    id: zod_1.z.string().regex(ids_1.KEY_ID_PATTERN, "not an IONOS key id (10 to 64 letters and digits)"),
    type: zod_1.z.string().optional(),
    href: zod_1.z.string().optional(),
    metadata: exports.S3KeyMetadataSchema.optional(),
    properties: zod_1.z
        .looseObject({
        secretKey: zod_1.z.string().optional(),
        active: zod_1.z.boolean().optional(),
    })
        .optional(),
});
exports.S3KeysSchema = zod_1.z.looseObject({
    id: zod_1.z.string().optional(),
    type: zod_1.z.string().optional(),
    items: zod_1.z.array(exports.S3KeySchema).default([]),
});
exports.SsoUrlSchema = zod_1.z.looseObject({ ssoUrl: zod_1.z.string() });
exports.RequestStatusSchema = zod_1.z.looseObject({
    metadata: zod_1.z.looseObject({
        status: zod_1.z.enum(["QUEUED", "RUNNING", "DONE", "FAILED"]),
        message: zod_1.z.string().optional(),
        /** For a POST that creates a key: the key. */
        targets: zod_1.z
            .array(zod_1.z.looseObject({ target: zod_1.z.looseObject({ id: zod_1.z.string().optional(), type: zod_1.z.string().optional() }) }))
            .optional(),
    }),
});
/** A write as IONOS recorded it (`GET /requests?depth=1`). */
exports.RecordedRequestSchema = zod_1.z.looseObject({
    id: zod_1.z.string(),
    metadata: zod_1.z.looseObject({ createdDate: zod_1.z.string().optional(), createdBy: zod_1.z.string().optional() }).optional(),
    properties: zod_1.z
        .looseObject({
        method: zod_1.z.string().optional(),
        url: zod_1.z.string().optional(),
        headers: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).optional(),
    })
        .optional(),
});
exports.RecordedRequestsSchema = zod_1.z.looseObject({
    items: zod_1.z.array(exports.RecordedRequestSchema).default([]),
});
exports.ErrorBodySchema = zod_1.z.looseObject({
    httpStatus: zod_1.z.number().optional(),
    messages: zod_1.z.array(zod_1.z.looseObject({ errorCode: zod_1.z.string().optional(), message: zod_1.z.string().optional() })).default([]),
});
/** The request id in a `Location` header such as `…/requests/{id}/status`. */
function requestIdFromLocation(location) {
    const match = location ? /\/requests\/([^/?#]+)\/status/.exec(location) : null;
    return match ? decodeURIComponent(match[1]) : undefined;
}
// The Object Storage Management API's access keys.
exports.AccessKeySchema = zod_1.z.looseObject({
    // Checked here too: the id goes into URLs and into the state.
    id: zod_1.z.string().regex(ids_1.USER_ID_PATTERN, "not an access key id (a UUID)"),
    type: zod_1.z.string().optional(),
    href: zod_1.z.string().optional(),
    metadata: zod_1.z.looseObject({
        status: zod_1.z.enum(["PROVISIONING", "AVAILABLE", "FAILED", "DESTROYING"]),
        statusMessage: zod_1.z.string().nullish(),
        createdDate: zod_1.z.string().nullish(),
        lastModifiedDate: zod_1.z.string().nullish(),
        administrative: zod_1.z.boolean().nullish(),
        supportedRegions: zod_1.z.array(zod_1.z.string()).nullish(),
    }),
    properties: zod_1.z.looseObject({
        description: zod_1.z.string().nullish(),
        accessKey: zod_1.z.string().nullish(),
        secretKey: zod_1.z.string().nullish(),
        canonicalUserId: zod_1.z.string().nullish(),
        contractUserId: zod_1.z.string().nullish(),
    }),
});
exports.AccessKeyListSchema = zod_1.z.looseObject({
    items: zod_1.z.array(exports.AccessKeySchema).default([]),
    offset: zod_1.z.number().optional(),
    limit: zod_1.z.number().optional(),
    _links: zod_1.z.looseObject({ next: zod_1.z.string().nullish() }).optional(),
});
//# sourceMappingURL=schemas.js.map
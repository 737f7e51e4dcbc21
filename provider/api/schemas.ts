import { z } from "zod";
import { KEY_ID_PATTERN, USER_ID_PATTERN } from "./ids";

// Loose objects throughout: a field the API adds later must not break parsing.

export const S3KeyMetadataSchema = z.looseObject({
  etag: z.string().optional(),
  createdDate: z.string().optional(),
  lastModifiedDate: z.string().optional(),
});

export const S3KeySchema = z.looseObject({
  // Checked here too: a key id from an answer goes into URLs and into the state.
  id: z.string().regex(KEY_ID_PATTERN, "not an IONOS key id (10 to 64 letters and digits)"),
  type: z.string().optional(),
  href: z.string().optional(),
  metadata: S3KeyMetadataSchema.optional(),
  properties: z
    .looseObject({
      secretKey: z.string().optional(),
      active: z.boolean().optional(),
    })
    .optional(),
});
export type S3Key = z.infer<typeof S3KeySchema>;
/** What a PUT may set of a key: its properties but the secret. */
export type S3KeySettable = Omit<NonNullable<S3Key["properties"]>, "secretKey">;

export const S3KeysSchema = z.looseObject({
  id: z.string().optional(),
  type: z.string().optional(),
  items: z.array(S3KeySchema).default([]),
});
export type S3Keys = z.infer<typeof S3KeysSchema>;

export const SsoUrlSchema = z.looseObject({ ssoUrl: z.string() });
export type SsoUrl = z.infer<typeof SsoUrlSchema>;

export const RequestStatusSchema = z.looseObject({
  metadata: z.looseObject({
    status: z.enum(["QUEUED", "RUNNING", "DONE", "FAILED"]),
    message: z.string().optional(),
    /** For a POST that creates a key: the key. */
    targets: z
      .array(z.looseObject({ target: z.looseObject({ id: z.string().optional(), type: z.string().optional() }) }))
      .optional(),
  }),
});
export type RequestStatus = z.infer<typeof RequestStatusSchema>;

/** A write as IONOS recorded it (`GET /requests?depth=1`). */
export const RecordedRequestSchema = z.looseObject({
  id: z.string(),
  metadata: z.looseObject({ createdDate: z.string().optional(), createdBy: z.string().optional() }).optional(),
  properties: z
    .looseObject({
      method: z.string().optional(),
      url: z.string().optional(),
      headers: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
});
export type RecordedRequest = z.infer<typeof RecordedRequestSchema>;

export const RecordedRequestsSchema = z.looseObject({
  items: z.array(RecordedRequestSchema).default([]),
});

export const ErrorBodySchema = z.looseObject({
  httpStatus: z.number().optional(),
  messages: z.array(z.looseObject({ errorCode: z.string().optional(), message: z.string().optional() })).default([]),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** The request id in a `Location` header such as `…/requests/{id}/status`. */
export function requestIdFromLocation(location: string | null): string | undefined {
  const match = location ? /\/requests\/([^/?#]+)\/status/.exec(location) : null;
  return match ? decodeURIComponent(match[1]) : undefined;
}

// The Object Storage Management API's access keys.

export const AccessKeySchema = z.looseObject({
  // Checked here too: the id goes into URLs and into the state.
  id: z.string().regex(USER_ID_PATTERN, "not an access key id (a UUID)"),
  type: z.string().optional(),
  href: z.string().optional(),
  metadata: z.looseObject({
    status: z.enum(["PROVISIONING", "AVAILABLE", "FAILED", "DESTROYING"]),
    statusMessage: z.string().nullish(),
    createdDate: z.string().nullish(),
    lastModifiedDate: z.string().nullish(),
    administrative: z.boolean().nullish(),
    supportedRegions: z.array(z.string()).nullish(),
  }),
  properties: z.looseObject({
    description: z.string().nullish(),
    accessKey: z.string().nullish(),
    secretKey: z.string().nullish(),
    canonicalUserId: z.string().nullish(),
    contractUserId: z.string().nullish(),
  }),
});
export type AccessKey = z.infer<typeof AccessKeySchema>;

export const AccessKeyListSchema = z.looseObject({
  items: z.array(AccessKeySchema).default([]),
  offset: z.number().optional(),
  limit: z.number().optional(),
  _links: z.looseObject({ next: z.string().nullish() }).optional(),
});

/** `GET /contracts`: the contract the credentials act for (a collection of one, in API v6). */
export const ContractsSchema = z.looseObject({
  items: z
    .array(z.looseObject({ properties: z.looseObject({ contractNumber: z.number().int() }) }))
    .min(1, { error: "no contract: the credentials act for none" }),
});
export type Contracts = z.infer<typeof ContractsSchema>;

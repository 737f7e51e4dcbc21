/** An answer the emulator sends, in the IONOS shape for errors. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** `{httpStatus, messages: [{errorCode, message}]}`, as the real API sends it. */
export function ionosError(
  status: number,
  errorCode: string,
  message: string,
  headers?: Record<string, string>,
): Reply {
  return { status, body: { httpStatus: status, messages: [{ errorCode, message }] }, ...(headers ? { headers } : {}) };
}

export const errors = {
  unauthorized: () =>
    ionosError(401, "315", "Unauthorized: the Authorization header is missing or the credentials are wrong."),
  forbidden: () =>
    ionosError(
      403,
      "[VDC-5-1]",
      "The user is not authorized to perform this operation: the privilege to manage users is missing.",
    ),
  pathNotFound: (path: string) => ionosError(404, "309", `Resource does not exist: ${path}`),
  userNotFound: (userId: string) =>
    ionosError(404, "309", `Resource does not exist: the user ${userId} was not found.`),
  keyNotFound: (status: 404 | 422) =>
    ionosError(
      status,
      "[VDC-21-2]",
      "[VDC-21-2] The access key cannot be found, please double-check the key id and try again.",
    ),
  methodNotAllowed: (method: string, allowed: readonly string[]) =>
    ionosError(405, "305", `Method ${method} is not allowed here; allowed: ${allowed.join(", ")}.`, {
      Allow: allowed.join(", "),
    }),
  unsupportedMediaType: (type: string) =>
    ionosError(415, "306", `Unsupported content type "${type}": send application/json.`),
  malformedJson: (reason: string) => ionosError(400, "[VDC-1-1]", `Malformed JSON in the request body: ${reason}.`),
  malformedRequest: (reason: string) => ionosError(400, "[VDC-1-2]", `Malformed request: ${reason}.`),
  invalid: (field: string, reason: string) =>
    ionosError(422, "[VDC-21-3]", `Attribute '${field}' is invalid: ${reason}.`),
  tooManyKeys: (max: number) =>
    ionosError(
      422,
      "[VDC-21-5]",
      `The user has reached the maximum of ${max} access keys; delete a key before creating a new one.`,
    ),
  noPrivilege: () =>
    ionosError(422, "[VDC-21-7]", "The user needs to be part of a group that has ACCESS_S3_OBJECT_STORAGE privilege."),
  rateLimited: (retryAfterS: number) =>
    ionosError(429, "429", "Too many requests: the rate limit was exceeded; retry after the Retry-After delay.", {
      "Retry-After": String(retryAfterS),
    }),
  serverError: (status: number) =>
    ionosError(
      status,
      String(status),
      status === 503 ? "The service is under maintenance; try again later." : "Internal server error.",
    ),
  bodyTooLarge: () => ionosError(413, "413", "The request body is too large."),
  bodyTimeout: (seconds: number) =>
    ionosError(408, "408", `The request body did not arrive within ${seconds} s; send it at once.`, {
      Connection: "close",
    }),
} as const;

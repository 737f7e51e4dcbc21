/** The credentials' setting when none is named (a client made without the config boundary). */
const ANY_CREDENTIALS = "IONOS_TOKEN (or IONOS_USERNAME and IONOS_PASSWORD)";

/** What a user should do about an IONOS API error, in one sentence; `credentials` names the setting the user wrote. */
export function hintFor(
  status: number,
  codes: readonly string[],
  message: string,
  credentials: string = ANY_CREDENTIALS,
): string {
  if (status === 422 && isKeyNotFound(codes, message))
    return "The key does not exist (any more): check the key id, or run `pulumi refresh` to drop it from the state.";
  if (/ACCESS_S3_OBJECT_STORAGE/i.test(message))
    return "Add the user to a group with the ACCESS_S3_OBJECT_STORAGE privilege; right after granting it, IONOS may need a few minutes before keys can be created.";
  if (status === 422 && /maximum|at most \d+ (access )?keys|five|5 keys|limit/i.test(message))
    return (
      "A user can have at most five keys. Pulumi creates a key before it deletes the one it replaces, and runs " +
      "creates before deletes in one `pulumi up`: going from six keys to five, or replacing one of five, " +
      "meets the limit. Delete an unused key, run `pulumi up --target` on the deletions first, or set " +
      "`deleteBeforeReplace: true` on a key that is being replaced."
    );
  switch (status) {
    case 400:
      return "The request was malformed; this is a bug in pulumi-ionos-s3key, please report it.";
    case 401:
      return `Check ${credentials}: the credentials were refused or have expired.`;
    case 402:
      return "The IONOS contract does not allow this (trial access); upgrade the contract or ask IONOS support.";
    case 403:
      return "The credentials lack the privilege: use a contract administrator's token or grant the privilege to the user.";
    case 404:
      return "The user or path does not exist: check `userId` (the IONOS user's UUID) and IONOS_API_URL.";
    case 405:
    case 415:
      return "The API refused the method or content type; check IONOS_API_URL points at the Cloud API v6.";
    case 422:
      return "IONOS rejected the request; the message above says which value.";
    case 429:
      return "IONOS rate limits were exceeded after every retry (for up to IONOS_RATE_LIMIT_WAIT, 300 s unless set); wait a minute, or lower `pulumi up --parallel`.";
    case 503:
      return "The IONOS API is under maintenance; try again later.";
    default:
      return status >= 500
        ? "The IONOS API had an internal error; try again later."
        : "See the IONOS API message above.";
  }
}

/**
 * IONOS's own answer for a key that does not exist: `[VDC-21-2]` "The access key cannot be found". A
 * bare 404 is not: a mistyped endpoint or a gateway answers it too (see `unlessProvenGone`).
 */
export function isKeyNotFound(codes: readonly string[], message: string): boolean {
  return codes.some((c) => /VDC-21-2/.test(c)) || /VDC-21-2|access key cannot be found/i.test(message);
}

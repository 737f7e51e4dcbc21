import { IonosError } from "./errors";

/** A UUID: IONOS's user ids and access key ids. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An IONOS user id: a UUID. */
export const USER_ID_PATTERN = UUID_PATTERN;
/** An object storage key id, which is also the S3 access key id: letters and digits (20 today, e.g. 78fa888e106456c1482d). */
export const KEY_ID_PATTERN = /^[0-9A-Za-z]{10,64}$/;

/**
 * A user or key id as a URL path segment, after checking it: an id from a response, the state or
 * a user such as `..` or `a/b` would otherwise change which path the request goes to.
 */
export function idSegment(kind: "user" | "key", id: string): string {
  const pattern = kind === "user" ? USER_ID_PATTERN : KEY_ID_PATTERN;
  if (typeof id !== "string" || !pattern.test(id)) {
    const shown = JSON.stringify(String(id).slice(0, 80));
    throw new IonosError(
      kind === "user"
        ? `the user id ${shown} is not an IONOS user id (a UUID), so no request was sent with it: check userId, or the id in the state (pulumi stack export).`
        : `the key id ${shown} is not an IONOS key id (10 to 64 letters and digits), so no request was sent with it: check adoptKeyId, or the id in the state (pulumi stack export).`,
    );
  }
  return id;
}

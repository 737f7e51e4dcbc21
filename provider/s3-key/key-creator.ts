// Which Pulumi resource made a key, as far as IONOS's request log still tells: every create's POST
// carries its resource's mark (`RESOURCE_HEADER`, a hash of its URN). An import of a key another
// resource made, in this stack or another, is refused while the log shows it.
import type { IonosHttpClient } from "../api/client";
import { IonosError } from "../api/errors";
import { createdKeyId, recordedHeader, RequestsApi } from "../api/requests-api";
import { keysPath } from "../api/s3-keys-api";
import { RESOURCE_HEADER, resourceMark } from "../common/create-journal";
import { PLUGIN_S3KEY_TYPE, S3KEY_TYPE } from "../common/wire";

/** How far back the request log is searched for a key's creating POST. */
const LOG_WINDOW_MS = 7 * 24 * 3600_000;

/** The mark of the resource whose POST made `keyId`, when the request log still lists it; else undefined. */
export async function creatorMark(client: IonosHttpClient, userId: string, keyId: string): Promise<string | undefined> {
  const requests = new RequestsApi(client);
  const posts = await requests.postsTo(keysPath(userId), client.now() - LOG_WINDOW_MS);
  for (const post of posts) {
    const mark = recordedHeader(post, RESOURCE_HEADER);
    if (mark === undefined) continue;
    const status = await requests.status(post.id);
    if (status.status !== "FAILED" && createdKeyId(status) === keyId) return mark;
  }
  return undefined;
}

/** The marks `urn` may have made a key under: its own and its twin's of the other path (the documented move). */
function ownMarks(urn: string): string[] {
  const parts = urn.split("::");
  const types = (parts[2] ?? "").split("$");
  const last = types.pop();
  const twin = last === S3KEY_TYPE ? PLUGIN_S3KEY_TYPE : last === PLUGIN_S3KEY_TYPE ? S3KEY_TYPE : undefined;
  const urns = [urn];
  if (twin !== undefined) urns.push([...parts.slice(0, 2), [...types, twin].join("$"), ...parts.slice(3)].join("::"));
  return urns.map(resourceMark);
}

/** Throws when IONOS's request log shows that another Pulumi resource made the key `urn` would import. */
export async function refuseImportOfAnothersKey(
  client: IonosHttpClient,
  userId: string,
  keyId: string,
  urn: string,
): Promise<void> {
  const mark = await creatorMark(client, userId, keyId);
  if (mark === undefined || ownMarks(urn).includes(mark)) return;
  throw new IonosError(
    `key ${keyId} was made by another Pulumi resource (IONOS's request log shows its create marked for another URN, in this stack or another): ` +
      "importing it would give it two owners, each deleting it when removed. Nothing was imported. Read it with the " +
      "lookup (getS3Key) instead; if no stack holds it any more, take it in with `adoptKeyId` on this resource.",
  );
}

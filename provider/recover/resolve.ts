import { AccessKeysApi } from "../api/access-keys-api";
import type { IonosHttpClient } from "../api/client";
import { createdKeyId, recordedHeader, RequestsApi } from "../api/requests-api";
import { keysPath, S3KeysApi } from "../api/s3-keys-api";
import { CREATE_TOKEN_HEADER } from "../common/create-journal";
import type { PendingCreate } from "./pending-creates";

/** What IONOS says a pending create made: a key to import, proof that none was made, or neither. */
export type Resolution =
  | { readonly action: "import"; readonly id: string; readonly why: string }
  | { readonly action: "clear"; readonly why: string }
  | { readonly action: "leave"; readonly why: string };

/** How far back the request log is searched for a cut-off create's POST (its time is not in the state). */
const LOG_WINDOW_MS = 7 * 24 * 3600_000;

/** The clients recover asks, and how long IONOS's request log may take to list a POST. */
export interface Resolver {
  readonly cloudApi: IonosHttpClient;
  readonly objectStorage: IonosHttpClient;
  readonly settleMs: number;
}

/** Resolves one pending create: an S3Key by its create token in the request log, an AccessKey by its id. */
export async function resolve(
  resolver: Resolver,
  pending: Pick<PendingCreate, "kind" | "inputs">,
): Promise<Resolution> {
  return RESOLVERS[pending.kind](resolver, pending);
}

/** How each kind of pending create is resolved: a kind recover does not handle here does not compile. */
const RESOLVERS: Readonly<
  Record<PendingCreate["kind"], (resolver: Resolver, pending: Pick<PendingCreate, "inputs">) => Promise<Resolution>>
> = {
  S3Key: (resolver, pending) => resolveS3Key(resolver, pending),
  AccessKey: (resolver, pending) => resolveAccessKey(resolver, pending),
};

async function resolveAccessKey(resolver: Resolver, pending: Pick<PendingCreate, "inputs">): Promise<Resolution> {
  const id = pending.inputs.createId;
  if (typeof id !== "string")
    return {
      action: "leave",
      why: "its inputs hold no key id (made by a release before 0.2.0): look for it with getAccessKeys",
    };
  const key = await new AccessKeysApi(resolver.objectStorage).get(id);
  return key !== undefined
    ? { action: "import", id, why: `access key ${id} exists: importing it (its secret is renewed on the next up)` }
    : { action: "clear", why: `IONOS has no access key ${id}: the create made none` };
}

async function resolveS3Key(resolver: Resolver, pending: Pick<PendingCreate, "inputs">): Promise<Resolution> {
  const { userId, createToken } = pending.inputs;
  if (typeof userId !== "string" || typeof createToken !== "string")
    return {
      action: "leave",
      why: "its inputs hold no create token (made by a release before 0.2.0): look at the user's keys in the DCD",
    };
  const client = resolver.cloudApi;
  const requests = new RequestsApi(client);
  for (let round = 1; ; round++) {
    const posts = await requests.postsTo(keysPath(userId), client.now() - LOG_WINDOW_MS);
    for (const post of posts.filter((p) => recordedHeader(p, CREATE_TOKEN_HEADER) === createToken)) {
      const status = await requests.status(post.id);
      const keyId = createdKeyId(status);
      if (status.status === "FAILED" || keyId === undefined) continue;
      // Only a key that exists now is imported: one deleted since (a rotation) is not brought back.
      if ((await new S3KeysApi(client).get(userId, keyId)) === undefined)
        return { action: "clear", why: `its POST made key ${keyId}, which is deleted since: nothing to import` };
      return {
        action: "import",
        id: keyId,
        why: `IONOS's request log shows its POST made key ${keyId}, which exists: importing it`,
      };
    }
    const unmarked = posts.filter((p) => recordedHeader(p, CREATE_TOKEN_HEADER) === undefined).length;
    if (unmarked > 0)
      return {
        action: "leave",
        why: `IONOS's request log lists ${unmarked} POST(s) for user ${userId} without a create token, so it cannot tell: look at the user's keys in the DCD`,
      };
    // The log may lag behind writes: absent twice, the second time after it has had its time, is proof.
    if (round === 2)
      return { action: "clear", why: `IONOS's request log shows no POST with its token: the create made no key` };
    await client.sleep(resolver.settleMs);
  }
}

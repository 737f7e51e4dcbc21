import type { IonosHttpClient } from "./client";
import { IonosError } from "./errors";
import { unlessProvenGone, type GoneProof } from "./gone-proof";
import { USER_ID_PATTERN } from "./ids";
import { AccessKeyListSchema, AccessKeySchema, type AccessKey } from "./schemas";

/** An access key id as a URL path segment, after checking that it is a UUID. */
function keyPath(id: string): string {
  if (!USER_ID_PATTERN.test(id))
    throw new IonosError(
      `the access key id ${JSON.stringify(String(id).slice(0, 80))} is not a UUID, so no request was sent with it: check the id in the state (pulumi stack export).`,
    );
  return `/accesskeys/${id}`;
}

/** Pages read at most by `list`: 1000 keys a page, far beyond IONOS's five keys a user. */
const MAX_PAGES = 20;

/** The Object Storage Management API's `/accesskeys…` endpoints. */
export class AccessKeysApi {
  constructor(private readonly client: IonosHttpClient) {}

  /** Every key of the caller, or the one whose S3 access key id is `accessKey`. Follows the pages. */
  async list(accessKey?: string): Promise<AccessKey[]> {
    const keys: AccessKey[] = [];
    for (let page = 0, offset = 0; page < MAX_PAGES; page++) {
      const { data } = await this.client.request({
        method: "GET",
        path: "/accesskeys",
        query: {
          offset: String(offset),
          limit: "1000",
          ...(accessKey !== undefined ? { "filter.accesskeyId": accessKey } : {}),
        },
        schema: AccessKeyListSchema,
      });
      keys.push(...data.items);
      if (!data._links?.next || data.items.length === 0) return keys;
      offset += data.items.length;
    }
    return keys;
  }

  /** The key, or undefined when it is proven gone: a 404 while the list of the caller's keys answers without it. */
  async get(id: string): Promise<AccessKey | undefined> {
    const path = keyPath(id);
    return unlessProvenGone(
      this.client,
      async () => (await this.client.request({ method: "GET", path, schema: AccessKeySchema })).data,
      this.goneProof(id),
    );
  }

  /**
   * "Ensure": creates the key with this client-chosen id (201, its secret in the answer), or updates
   * the caller's key that has it (200, no secret). Another party's id is a 409 error.
   */
  async ensure(id: string, description: string): Promise<{ created: boolean; key: AccessKey }> {
    const path = keyPath(id);
    const response = await this.client.request({
      method: "PUT",
      path,
      body: { id, properties: { description } },
      schema: AccessKeySchema,
    });
    return { created: response.status === 201, key: response.data };
  }

  /** A new secret for the key; the answer is the one place it appears. */
  async renew(id: string): Promise<AccessKey> {
    const path = `${keyPath(id)}/renew`;
    return (await this.client.request({ method: "PUT", path, schema: AccessKeySchema })).data;
  }

  /** DELETE; false when the key was already gone, as `get` proves it. */
  async delete(id: string): Promise<boolean> {
    const path = keyPath(id);
    return (
      (await unlessProvenGone(
        this.client,
        async () => (await this.client.request({ method: "DELETE", path }), true),
        this.goneProof(id),
      )) ?? false
    );
  }

  // IONOS documents no error body of its own for a missing access key: only the list proves one gone.
  private goneProof(id: string): GoneProof {
    return {
      what: `access key ${id}`,
      saysMissing: () => false,
      list: { path: "/accesskeys", holdsKey: async () => (await this.list()).some((key) => key.id === id) },
    };
  }
}

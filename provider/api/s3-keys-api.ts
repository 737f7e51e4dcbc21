import type { IonosHttpClient } from "./client";
import { IonosResponseError, type IonosApiError } from "./errors";
import { unlessProvenGone, type GoneProof } from "./gone-proof";
import { isKeyNotFound } from "./hints";
import { idSegment } from "./ids";
import {
  requestIdFromLocation,
  S3KeySchema,
  S3KeysSchema,
  SsoUrlSchema,
  type S3Key,
  type S3KeySettable,
} from "./schemas";

/** The write was accepted; `requestId` is the async request to wait for. */
export interface Accepted<T> {
  readonly value: T;
  readonly requestId: string;
}

/** A POST accepted: the key as answered (its secret may be missing) and its request, when the answer names it. */
export interface AcceptedKey {
  readonly value: S3Key;
  readonly requestId?: string;
}

// Every id is checked before it becomes part of a URL (ids.ts).
export const keysPath = (userId: string) => `/um/users/${idSegment("user", userId)}/s3keys`;
const keyPath = (userId: string, keyId: string) => `${keysPath(userId)}/${idSegment("key", keyId)}`;

/** The `/um/users/{userId}/s3keys…` endpoints. */
export class S3KeysApi {
  constructor(private readonly client: IonosHttpClient) {}

  async list(userId: string): Promise<S3Key[]> {
    const { data } = await this.client.request({
      method: "GET",
      path: keysPath(userId),
      query: { depth: "1" },
      schema: S3KeysSchema,
    });
    return data.items;
  }

  /**
   * The key, or undefined when it is proven gone: IONOS's `[VDC-21-2]` answer, or a 404 while the
   * user's key list answers without it (see `unlessProvenGone`).
   */
  async get(userId: string, keyId: string): Promise<S3Key | undefined> {
    return unlessProvenGone(
      this.client,
      async () => {
        const { data } = await this.client.request({
          method: "GET",
          path: keyPath(userId, keyId),
          schema: S3KeySchema,
        });
        return data;
      },
      this.goneProof(userId, keyId),
    );
  }

  /**
   * POSTs a new key. An answer without a `Location` or a secret still names the key IONOS made, so it
   * is returned as it is (create then finds the rest); only an unreadable body is an error.
   */
  async create(userId: string, headers: Readonly<Record<string, string>>): Promise<AcceptedKey> {
    const response = await this.client.request({
      method: "POST",
      path: keysPath(userId),
      headers,
      schema: S3KeySchema,
    });
    const requestId = requestIdFromLocation(response.headers.get("location"));
    return { value: response.data, ...(requestId !== undefined ? { requestId } : {}) };
  }

  /** PUTs the key's settable properties (`active`). */
  async setProperties(userId: string, keyId: string, properties: S3KeySettable): Promise<Accepted<S3Key>> {
    const path = keyPath(userId, keyId);
    const response = await this.client.request({
      method: "PUT",
      path,
      body: { properties },
      schema: S3KeySchema,
    });
    return { value: response.data, requestId: this.requestId("PUT", path, response) };
  }

  /** Undefined when the key was already gone, as `get` proves it. */
  async delete(userId: string, keyId: string): Promise<Accepted<undefined> | undefined> {
    const path = keyPath(userId, keyId);
    return unlessProvenGone(
      this.client,
      async () => {
        const response = await this.client.request({ method: "DELETE", path });
        return { value: undefined, requestId: this.requestId("DELETE", path, response) };
      },
      this.goneProof(userId, keyId),
    );
  }

  private goneProof(userId: string, keyId: string): GoneProof {
    return {
      what: `key ${keyId} of user ${userId}`,
      saysMissing: keyGone,
      list: {
        path: `${keysPath(userId)}?depth=1`,
        holdsKey: async () => (await this.list(userId)).some((key) => key.id === keyId),
      },
    };
  }

  async ssoUrl(userId: string): Promise<string> {
    const { data } = await this.client.request({
      method: "GET",
      path: `/um/users/${idSegment("user", userId)}/s3ssourl`,
      schema: SsoUrlSchema,
    });
    return data.ssoUrl;
  }

  private requestId(
    method: string,
    path: string,
    response: { status: number; headers: { get(name: string): string | null } },
  ): string {
    const id = requestIdFromLocation(response.headers.get("location"));
    if (id === undefined) {
      throw new IonosResponseError({
        status: response.status,
        method,
        path,
        problem: "no Location header with a request status URL",
      });
    }
    return id;
  }
}

/** IONOS's own answer for a missing key: `[VDC-21-2]`, with 422 (as it answers) or 404. */
const keyGone = (error: IonosApiError) => isKeyNotFound(error.codes, error.apiMessages.join(" "));

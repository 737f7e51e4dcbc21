import type { IonosHttpClient } from "./client";
import { IonosResponseError, unlessGone, type IonosApiError } from "./errors";
import { isKeyNotFound } from "./hints";
import { idSegment } from "./ids";
import { requestIdFromLocation, S3KeySchema, S3KeysSchema, SsoUrlSchema, type S3Key } from "./schemas";

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

  /** The key, or undefined when IONOS reports it gone (404, or 422 `[VDC-21-2]`). */
  async get(userId: string, keyId: string): Promise<S3Key | undefined> {
    return unlessGone(async () => {
      const { data } = await this.client.request({ method: "GET", path: keyPath(userId, keyId), schema: S3KeySchema });
      return data;
    }, keyGone);
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

  async setActive(userId: string, keyId: string, active: boolean): Promise<Accepted<S3Key>> {
    const path = keyPath(userId, keyId);
    const response = await this.client.request({
      method: "PUT",
      path,
      body: { properties: { active } },
      schema: S3KeySchema,
    });
    return { value: response.data, requestId: this.requestId("PUT", path, response) };
  }

  /** Undefined when the key was already gone. */
  async delete(userId: string, keyId: string): Promise<Accepted<undefined> | undefined> {
    const path = keyPath(userId, keyId);
    return unlessGone(async () => {
      const response = await this.client.request({ method: "DELETE", path });
      return { value: undefined, requestId: this.requestId("DELETE", path, response) };
    }, keyGone);
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

/** 404, or 422 `[VDC-21-2]`: the key is gone. */
const keyGone = (error: IonosApiError) => isKeyNotFound(error.status, error.codes, error.apiMessages.join(" "));

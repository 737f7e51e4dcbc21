import type { Emulator } from "../emulator";
import { Configuration, UserS3KeysApi, waitForRequest } from "@ionos-cloud/sdk-nodejs";
import { fetch } from "undici";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import type { S3KeyOutputs } from "../provider/s3-key/s3-key-outputs";
import { table } from "./measure";
import { benchSection, newUser, quiet, SIZES, withEmulator, type Size } from "./bench-common";

/** A lifecycle's mean wall time and requests over the runs. */
interface Lifecycle {
  readonly ms: number;
  readonly requests: number;
}

/**
 * 3. The same lifecycle (create with the key active, set it inactive, read, delete) by us and by two
 * peers in one run, requests taking 0.2 s: the official SDK with its defaults, and a Terraform-like
 * schedule (after a create it PUTs `active` and GETs the key; after an update it GETs; every wait
 * polls each 5 s, as the IONOS Terraform provider's request waiter does).
 */
async function peers(size: Size): Promise<{ ours: Lifecycle; sdk: Lifecycle; terraformLike: Lifecycle }> {
  return withEmulator({ requestDelayMs: 200, rateLimitPerMinute: 0 }, async (e) => {
    const runs = SIZES[size].peerRuns;
    const timed = async (lifecycle: (user: string) => Promise<void>): Promise<Lifecycle> => {
      let ms = 0;
      let requests = 0;
      for (let i = 0; i < runs; i++) {
        const from = e.log.length;
        const t = Date.now();
        await lifecycle(newUser());
        ms += Date.now() - t;
        requests += e.log.length - from;
      }
      return { ms: ms / runs, requests: requests / runs };
    };
    return {
      ours: await timed(oursLifecycle),
      sdk: await timed(sdkLifecycle(e)),
      terraformLike: await timed(terraformLikeLifecycle(e)),
    };
  });
}

async function oursLifecycle(user: string): Promise<void> {
  const p = new S3KeyProvider({ log: quiet });
  const { id, outs } = await p.create({ userId: user, active: true });
  const updated = (await p.update(id, outs as S3KeyOutputs, { userId: user, active: false })).outs as S3KeyOutputs;
  await p.read(id, { userId: user });
  await p.delete(id, updated);
}

/** The official SDK with its defaults: create + waitForRequest, put + wait, get, delete + wait. */
function sdkLifecycle(e: Emulator): (user: string) => Promise<void> {
  const config = new Configuration({ basePath: `${e.url}/cloudapi/v6`, apiKey: e.options.token });
  const api = new UserS3KeysApi(config);
  return async (user) => {
    const created = await api.umUsersS3keysPost({ userId: user });
    await waitForRequest(config, created.headers.location);
    const put = await api.umUsersS3keysPut({
      userId: user,
      keyId: created.data.id!,
      s3Key: { properties: { active: false } },
    });
    await waitForRequest(config, put.headers.location);
    await api.umUsersS3keysFindByKeyId({ userId: user, keyId: created.data.id! });
    const deleted = await api.umUsersS3keysDelete({ userId: user, keyId: created.data.id! });
    await waitForRequest(config, deleted.headers.location);
  };
}

/** Terraform-like: after a create it PUTs `active` and GETs the key, after an update it GETs; waits poll every 5 s. */
function terraformLikeLifecycle(e: Emulator): (user: string) => Promise<void> {
  return async (user) => {
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${e.url}/cloudapi/v6${path}`, {
        method,
        headers: { Authorization: `Bearer ${e.options.token}`, "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
      const json = (await response.json().catch(() => ({}))) as { id?: string; metadata?: { status?: string } };
      return { location: response.headers.get("location"), body: json };
    };
    const wait = async (location: string | null) => {
      for (;;) {
        await new Promise((r) => setTimeout(r, 5_000));
        const status = await call("GET", new URL(location!).pathname.replace("/cloudapi/v6", ""));
        if (status.body.metadata?.status === "DONE") return;
      }
    };
    const keys = `/um/users/${user}/s3keys`;
    const created = await call("POST", keys);
    await wait(created.location);
    const key = `${keys}/${created.body.id}`;
    await wait((await call("PUT", key, { properties: { active: true } })).location);
    await call("GET", key);
    await wait((await call("PUT", key, { properties: { active: false } })).location);
    await call("GET", key);
    await call("GET", key);
    await wait((await call("DELETE", key)).location);
  };
}

export const peersSection = benchSection(
  "peers",
  async (size) => ({ peers: await peers(size) }),
  ({ peers: lifecycles }) => {
    const row = (name: string, l: Lifecycle) => [
      name,
      Math.round(l.ms),
      l.requests,
      (lifecycles.ours.ms / l.ms).toFixed(2),
      (lifecycles.ours.requests / l.requests).toFixed(2),
    ];
    return [
      "## One lifecycle beside two peers (create active, set inactive, read, delete; requests take 0.2 s)",
      table(
        ["", "time ms", "requests", "ours / theirs: time", "ours / theirs: requests"],
        [
          row("pulumi-ionos-s3key", lifecycles.ours),
          row("@ionos-cloud/sdk-nodejs, defaults", lifecycles.sdk),
          row("Terraform-like (PUT + GET after create, polls every 5 s)", lifecycles.terraformLike),
        ],
      ),
    ];
  },
);

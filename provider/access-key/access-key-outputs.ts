import type { AccessKey } from "../api/schemas";
import type { AccessKeyOutputs } from "./access-key-types";

/** Outputs from an API answer; the secret (which GETs leave empty) and absent fields keep `previous`. */
export function accessKeyOutputs(key: AccessKey, previous?: Partial<AccessKeyOutputs>): AccessKeyOutputs {
  const p = key.properties;
  const m = key.metadata;
  const pick = <T>(value: T | null | undefined, old: T | undefined): T | undefined => value ?? old;
  const canonicalUserId = pick(p.canonicalUserId, previous?.canonicalUserId);
  const contractUserId = pick(p.contractUserId, previous?.contractUserId);
  const createdDate = pick(m.createdDate, previous?.createdDate);
  const lastModifiedDate = pick(m.lastModifiedDate, previous?.lastModifiedDate);
  return {
    keyId: key.id,
    accessKey: p.accessKey || previous?.accessKey || "",
    secretKey: p.secretKey || previous?.secretKey || "",
    description: p.description ?? previous?.description ?? "",
    administrative: m.administrative ?? previous?.administrative ?? false,
    supportedRegions: m.supportedRegions ?? previous?.supportedRegions ?? [],
    status: m.status,
    ...(canonicalUserId ? { canonicalUserId } : {}),
    ...(contractUserId ? { contractUserId } : {}),
    ...(createdDate ? { createdDate } : {}),
    ...(lastModifiedDate ? { lastModifiedDate } : {}),
    ...(previous?.account !== undefined ? { account: previous.account } : {}),
  };
}

// An access key's create id: chosen by check, chained from the state's (see nextCreateId), and its
// 32-hex form, which keys the create journal as an S3 key's create token does.
import { randomUUID } from "node:crypto";
import { UUID_PATTERN } from "../api/ids";
import { nextCreateToken } from "./create-journal";

/** The journal's 32-hex token for a key id, and back. */
export const tokenOf = (id: string) => id.replace(/-/g, "").toLowerCase();
export const uuidOf = (token: string) =>
  `${token.slice(0, 8)}-${token.slice(8, 12)}-${token.slice(12, 16)}-${token.slice(16, 20)}-${token.slice(20)}`;

/**
 * The key id the next create of a resource ensures, chosen in `check`: a fresh one for a new
 * resource; for one in the state, the next link of its chain (a hash of its id, as a version-4
 * UUID), so a replacement (`--replace`) never ensures the id of the key it replaces, and a retry of
 * a cut-off replacement ensures the same one again.
 */
export function nextCreateId(previous: unknown): string {
  if (typeof previous !== "string" || !UUID_PATTERN.test(previous)) return randomUUID();
  const hex = nextCreateToken(tokenOf(previous));
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return uuidOf(`${hex.slice(0, 12)}4${hex.slice(13, 16)}${variant}${hex.slice(17)}`);
}

/** The token of the id that `nextCreateId` chains from the key id whose token is `token`. */

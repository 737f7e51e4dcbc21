import type { AccessKey } from "../api/schemas";
import type { AccessKeyOutputs } from "./access-key-types";
/** Outputs from an API answer; the secret (which GETs leave empty) and absent fields keep `previous`. */
export declare function accessKeyOutputs(key: AccessKey, previous?: Partial<AccessKeyOutputs>): AccessKeyOutputs;

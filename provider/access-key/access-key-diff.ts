import type * as pulumi from "@pulumi/pulumi";
import { inputChanges } from "../common/descriptor";
import type { AccessKeyInputs, AccessKeyOutputs } from "./access-key-types";
import { AccessKeyInputsSchema } from "./access-key-descriptor";

/**
 * What changing from `olds` to `news` does. Pure; sends no request. Nothing replaces an access key
 * (no input is declared `replaceOnChanges`): `description` updates it in place, `rotation` renews its secret in place (same key id and access
 * key id, so consumers keep them). A value not known yet counts as changed.
 */
export function diffAccessKey(olds: Partial<AccessKeyOutputs>, news: AccessKeyInputs): pulumi.dynamic.DiffResult {
  return {
    // A key whose secret the state does not hold (imported by `recover`, or an unfinished create): update renews it.
    changes: inputChanges(AccessKeyInputsSchema, olds, news).updating || olds.secretKey === "",
    replaces: [],
  };
}

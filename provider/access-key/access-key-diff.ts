import type * as pulumi from "@pulumi/pulumi";
import { changed } from "../common/unknowns";
import type { AccessKeyInputs, AccessKeyOutputs } from "./access-key-types";

/**
 * What changing from `olds` to `news` does. Pure; sends no request. Nothing replaces an access key:
 * `description` updates it in place, `rotation` renews its secret in place (same key id and access
 * key id, so consumers keep them). A value not known yet counts as changed.
 */
export function diffAccessKey(olds: Partial<AccessKeyOutputs>, news: AccessKeyInputs): pulumi.dynamic.DiffResult {
  return {
    // A key whose secret the state does not hold (imported by `recover`, or an unfinished create): update renews it.
    changes:
      changed(olds.description, news.description) || changed(olds.rotation, news.rotation) || olds.secretKey === "",
    replaces: [],
  };
}

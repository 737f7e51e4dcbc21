import type * as pulumi from "@pulumi/pulumi";
import { isUnknown } from "../common/unknowns";
import { inputChanges } from "../common/descriptor";
import type { S3KeyInputs, S3KeyOutputs } from "./s3-key-types";
import { S3KeyInputsSchema } from "./s3-key-descriptor";

/**
 * What changing from `olds` (the state) to `news` (checked inputs) does to a key. Pure; sends no
 * request. The inputs declared `replaceOnChanges` (`userId`, `keepers`, `adoptKeyId`) replace the key
 * (create-before-delete unless the resource says otherwise); the others (`active`) update it in place,
 * as do the first keepers of an imported key. A value not known yet (a preview) counts as changed, so
 * the preview shows what may happen.
 */
export function diffS3Key(olds: Partial<S3KeyOutputs>, news: S3KeyInputs): pulumi.dynamic.DiffResult {
  // A key this resource neither made nor adopted (`pulumi import`) has no keepers yet: the first ones
  // declared are recorded by an update, not taken for a rotation of the key just imported.
  const importedUnkeyed =
    olds.keepers === undefined &&
    olds.createToken === undefined &&
    olds.adoptKeyId === undefined &&
    olds.keyId !== undefined;
  const { replacing, updating } = inputChanges(S3KeyInputsSchema, olds, news);
  const replaces = replacing.filter((name) => !(name === "keepers" && importedUnkeyed && !isUnknown(news.keepers)));
  const keepersRecorded = importedUnkeyed && news.keepers !== undefined;
  // A key whose secret the state does not hold (brought in by `recover`): update reads it.
  const secretMissing = olds.keyId !== undefined && olds.secretKey === "";
  return { changes: replaces.length > 0 || updating || secretMissing || keepersRecorded, replaces };
}

import * as pulumi from "@pulumi/pulumi";
import { S3Key } from "pulumi-ionos-s3key";

// A key that rotates every month: `keepers` changes on the first `pulumi up` of a new month, which
// replaces the key create-before-delete, so the new key exists before the old one is deleted.
const config = new pulumi.Config();
const userId = config.get("userId") ?? "9b1b4c62-1466-11e7-87d3-d7bb7dac0087";
// `rotation` can be set to force one now (`pulumi config set rotation now-1`).
const rotation = config.get("rotation") ?? new Date().toISOString().slice(0, 7);

const key = new S3Key("rotating", { userId, keepers: { rotation } });

// Pass the new secret on: other stacks read it with a StackReference (as a secret), and every
// consumer of `credentials` here gets the new key on the same `pulumi up`.
export const credentials = pulumi.secret(
  pulumi.all([key.keyId, key.secretKey]).apply(([accessKeyId, secretAccessKey]) => ({ accessKeyId, secretAccessKey })),
);
export const accessKeyId = key.keyId;
export const rotatedFor = rotation;

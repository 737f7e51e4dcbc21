import * as pulumi from "@pulumi/pulumi";
import { AccessKey, getAccessKeysOutput } from "pulumi-ionos-s3key";

// An access key of IONOS's Object Storage Management API, its secret renewed when `rotation` changes.
const config = new pulumi.Config();
const key = new AccessKey("ci-access-key", {
  description: config.get("description") ?? "CI deploys",
  rotation: { month: config.get("rotationMonth") ?? "2026-12" },
});

export const accessKeyId = key.accessKey;
export const secretKey = key.secretKey; // a Pulumi secret
// Listed once the key exists (dependsOn), as the invoke options say.
export const accessKeyCount = pulumi.unsecret(
  getAccessKeysOutput({}, { dependsOn: [key] }).apply((r) => r.keys.length),
);

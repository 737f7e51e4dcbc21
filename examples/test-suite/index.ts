import * as pulumi from "@pulumi/pulumi";
import { S3Key } from "pulumi-ionos-s3key";

// The program under test: one key for the configured user.
const key = new S3Key("app-key", { userId: new pulumi.Config().require("userId") });
export const accessKeyId = key.id;
export const secretKey = key.secretKey;

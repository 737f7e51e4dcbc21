import * as pulumi from "@pulumi/pulumi";
import { S3Key } from "pulumi-ionos-s3key";

// Two keys for one user: one in use, one standing by disabled, ready to be switched on.
const config = new pulumi.Config();
// The default user id is the emulator's demo user; set `userId` to a real IONOS user's UUID.
const userId = config.get("userId") ?? "9b1b4c62-1466-11e7-87d3-d7bb7dac0087";
const standbyActive = config.getBoolean("standbyActive") ?? false;

const primary = new S3Key("primary", { userId });
const standby = new S3Key("standby", { userId, active: standbyActive });

export const accessKeyId = primary.id;
export const secretKey = primary.secretKey;
export const standbyAccessKeyId = standby.keyId;
export const standbyIsActive = standby.active;

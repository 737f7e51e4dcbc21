import * as pulumi from "@pulumi/pulumi";
import { getS3KeysOutput, getSsoUrlOutput, S3Key } from "pulumi-ionos-s3key";

// Lookups beside a managed key; an existing key adopted by id (set `adoptKeyId` in config).
const config = new pulumi.Config();
const userId = config.get("userId") ?? "9b1b4c62-1466-11e7-87d3-d7bb7dac0087";
const adoptKeyId = config.get("adoptKeyId");

const managed = new S3Key("managed", adoptKeyId ? { userId, adoptKeyId } : { userId });

// Looked up after the managed key exists: the argument is one of its outputs.
const keys = getS3KeysOutput({ userId: managed.userId });
// The lookup's result is secret as a whole (it holds secret keys); key ids are not secrets.
export const keyIds = pulumi.unsecret(keys.apply((k) => k.keys.map((key) => key.keyId)));
export const ssoUrl = getSsoUrlOutput({ userId }).ssoUrl; // a secret
export const managedKeyId = managed.keyId;

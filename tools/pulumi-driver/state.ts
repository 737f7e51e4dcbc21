import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { isSecret, secret, SECRET_SIG, SECRET_VALUE, type Props } from "./sdk";

/** One resource as the state records it. Secret values are wire-form secrets in memory, ciphertext on disk. */
export interface ResourceState {
  urn: string;
  type: string;
  name: string;
  id: string;
  inputs: Props;
  outputs: Props;
  /** Read with `Resource.get`: never created or deleted by us. */
  external?: boolean;
  /** A create that failed to finish: the next up will update it. */
  initErrors?: string[];
  /** The old half of a create-before-delete replacement, deleted at the end of an up (or the next one). */
  pendingDelete?: boolean;
}

export interface StackState {
  resources: ResourceState[];
  outputs: Props;
}

/**
 * A state file, in the manner of Pulumi's local backend: secrets are encrypted with AES-256-GCM under
 * a key derived from PULUMI_CONFIG_PASSPHRASE, or from a random key file beside the state (mode 600).
 */
export class StateFile {
  private readonly key: Buffer;

  constructor(
    readonly path: string,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    const passphrase = env.PULUMI_CONFIG_PASSPHRASE;
    if (passphrase !== undefined && passphrase !== "") {
      this.key = scryptSync(passphrase, "pulumi-ionos-s3key-driver", 32);
    } else {
      const keyFile = `${path}.key`;
      if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32).toString("base64"), { mode: 0o600 });
      this.key = Buffer.from(readFileSync(keyFile, "utf8"), "base64");
    }
  }

  load(): StackState {
    if (!existsSync(this.path)) return { resources: [], outputs: {} };
    return this.decryptAll(JSON.parse(readFileSync(this.path, "utf8"))) as StackState;
  }

  save(state: StackState): void {
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.encryptAll(state), null, 2) + "\n", { mode: 0o600 });
    renameSync(tmp, this.path);
  }

  private encryptAll(value: unknown): unknown {
    if (isSecret(value)) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", this.key, iv);
      const data = Buffer.concat([cipher.update(JSON.stringify(value.value), "utf8"), cipher.final()]);
      return {
        [SECRET_SIG]: SECRET_VALUE,
        ciphertext: Buffer.concat([iv, cipher.getAuthTag(), data]).toString("base64"),
      };
    }
    if (Array.isArray(value)) return value.map((v) => this.encryptAll(v));
    if (typeof value === "object" && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.encryptAll(v)]));
    return value;
  }

  private decryptAll(value: unknown): unknown {
    if (
      typeof value === "object" &&
      value !== null &&
      (value as Props)[SECRET_SIG] === SECRET_VALUE &&
      "ciphertext" in value
    ) {
      const raw = Buffer.from(String((value as Props).ciphertext), "base64");
      const decipher = createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
      return secret(JSON.parse(text));
    }
    if (Array.isArray(value)) return value.map((v) => this.decryptAll(v));
    if (typeof value === "object" && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.decryptAll(v)]));
    return value;
  }
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StateFile = void 0;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const sdk_1 = require("./sdk");
/**
 * A state file, in the manner of Pulumi's local backend: secrets are encrypted with AES-256-GCM under
 * a key derived from PULUMI_CONFIG_PASSPHRASE, or from a random key file beside the state (mode 600).
 */
class StateFile {
    path;
    key;
    constructor(path, env = process.env) {
        this.path = path;
        const passphrase = env.PULUMI_CONFIG_PASSPHRASE;
        if (passphrase !== undefined && passphrase !== "") {
            this.key = (0, node_crypto_1.scryptSync)(passphrase, "pulumi-ionos-s3key-driver", 32);
        }
        else {
            const keyFile = `${path}.key`;
            if (!(0, node_fs_1.existsSync)(keyFile))
                (0, node_fs_1.writeFileSync)(keyFile, (0, node_crypto_1.randomBytes)(32).toString("base64"), { mode: 0o600 });
            this.key = Buffer.from((0, node_fs_1.readFileSync)(keyFile, "utf8"), "base64");
        }
    }
    load() {
        if (!(0, node_fs_1.existsSync)(this.path))
            return { resources: [], outputs: {} };
        return this.decryptAll(JSON.parse((0, node_fs_1.readFileSync)(this.path, "utf8")));
    }
    save(state) {
        const tmp = `${this.path}.tmp`;
        (0, node_fs_1.writeFileSync)(tmp, JSON.stringify(this.encryptAll(state), null, 2) + "\n", { mode: 0o600 });
        (0, node_fs_1.renameSync)(tmp, this.path);
    }
    encryptAll(value) {
        if ((0, sdk_1.isSecret)(value)) {
            const iv = (0, node_crypto_1.randomBytes)(12);
            const cipher = (0, node_crypto_1.createCipheriv)("aes-256-gcm", this.key, iv);
            const data = Buffer.concat([cipher.update(JSON.stringify(value.value), "utf8"), cipher.final()]);
            return {
                [sdk_1.SECRET_SIG]: sdk_1.SECRET_VALUE,
                ciphertext: Buffer.concat([iv, cipher.getAuthTag(), data]).toString("base64"),
            };
        }
        if (Array.isArray(value))
            return value.map((v) => this.encryptAll(v));
        if (typeof value === "object" && value !== null)
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.encryptAll(v)]));
        return value;
    }
    decryptAll(value) {
        if (typeof value === "object" &&
            value !== null &&
            value[sdk_1.SECRET_SIG] === sdk_1.SECRET_VALUE &&
            "ciphertext" in value) {
            const raw = Buffer.from(String(value.ciphertext), "base64");
            const decipher = (0, node_crypto_1.createDecipheriv)("aes-256-gcm", this.key, raw.subarray(0, 12));
            decipher.setAuthTag(raw.subarray(12, 28));
            const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
            return (0, sdk_1.secret)(JSON.parse(text));
        }
        if (Array.isArray(value))
            return value.map((v) => this.decryptAll(v));
        if (typeof value === "object" && value !== null)
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.decryptAll(v)]));
        return value;
    }
}
exports.StateFile = StateFile;
//# sourceMappingURL=state.js.map
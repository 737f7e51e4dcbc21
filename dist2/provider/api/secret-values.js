"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SecretValues = void 0;
const redact_1 = require("./redact");
// A secret key's value wherever an answer names it: JSON (`"secretKey": "…"`), a form or a log
// line (`secret_key=…`, `secretKey: …`), XML (`<SecretKey>…`).
const SECRET_VALUE = /secret[_-]?(?:access[_-]?)?key["']?\s*(?:[:=]|>)\s*["']?([^"'\s<>,;&}\]]+)/gi;
/** At most this many values are kept: a process makes a few keys, not thousands. */
const MAX_VALUES = 1000;
/**
 * Every secret key value an answer of this process carried, whatever its field or format, so that it
 * is blanked from every later message and log line by value, not only where a field name shows it.
 * Shared by the clients of one process.
 */
class SecretValues {
    values = new Set();
    /** Takes note of the secret values in an answer's body. */
    learn(text) {
        for (const match of text.matchAll(SECRET_VALUE)) {
            const value = match[1];
            if (value.length >= redact_1.MIN_REDACTED_LENGTH && this.values.size < MAX_VALUES)
                this.values.add(value);
        }
    }
    /** The values seen so far. */
    all() {
        return [...this.values];
    }
}
exports.SecretValues = SecretValues;
//# sourceMappingURL=secret-values.js.map
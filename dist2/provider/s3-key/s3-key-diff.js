"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.diffS3Key = diffS3Key;
const unknowns_1 = require("../common/unknowns");
/** The inputs whose change makes a new key. */
const REPLACING = ["userId", "keepers", "adoptKeyId"];
/**
 * What changing from `olds` (the state) to `news` (checked inputs) does to a key. Pure; sends no
 * request. `userId`, `keepers` and `adoptKeyId` replace the key (create-before-delete unless the
 * resource says otherwise); `active` updates it in place. A value not known yet (a preview) counts
 * as changed, so the preview shows what may happen.
 */
function diffS3Key(olds, news) {
    const replaces = REPLACING.filter((name) => (0, unknowns_1.changed)(olds[name], news[name]));
    const activeChanged = (0, unknowns_1.isUnknown)(news.active) || (news.active ?? true) !== (olds.active ?? true);
    // A key whose secret the state does not hold (brought in by `recover`): update reads it.
    const secretMissing = olds.keyId !== undefined && olds.secretKey === "";
    return { changes: replaces.length > 0 || activeChanged || secretMissing, replaces };
}
//# sourceMappingURL=s3-key-diff.js.map
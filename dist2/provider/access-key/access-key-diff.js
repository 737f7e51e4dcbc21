"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.diffAccessKey = diffAccessKey;
const unknowns_1 = require("../common/unknowns");
/**
 * What changing from `olds` to `news` does. Pure; sends no request. Nothing replaces an access key:
 * `description` updates it in place, `rotation` renews its secret in place (same key id and access
 * key id, so consumers keep them). A value not known yet counts as changed.
 */
function diffAccessKey(olds, news) {
    return {
        // A key whose secret the state does not hold (imported by `recover`, or an unfinished create): update renews it.
        changes: (0, unknowns_1.changed)(olds.description, news.description) || (0, unknowns_1.changed)(olds.rotation, news.rotation) || olds.secretKey === "",
        replaces: [],
    };
}
//# sourceMappingURL=access-key-diff.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeyOwners = void 0;
exports.alreadyOwned = alreadyOwned;
// One key, one owner: the resources of one program that adopt or hold each key. The plugin host
// serves a whole program (`pulumi up`, `preview`) from one provider object, so its check, diff and
// read see every resource of the program.
const create_journal_1 = require("../common/create-journal");
const unknowns_1 = require("../common/unknowns");
/** The keys the resources of one program adopt or hold, by `userId/keyId`, with their URNs. */
class KeyOwners {
    owners = new Map();
    /**
     * Records that the resource adopts `adoptKeyId`; the URN of another resource that adopts or holds
     * it already, or undefined (then this resource is its owner).
     */
    claim(inputs) {
        const urn = (0, create_journal_1.identityOf)(inputs);
        if (inputs.adoptKeyId === undefined || (0, unknowns_1.isUnknown)(inputs.adoptKeyId) || (0, unknowns_1.isUnknown)(inputs.userId) || !urn)
            return undefined;
        const key = `${inputs.userId}/${inputs.adoptKeyId}`;
        const owner = this.owners.get(key);
        if (owner !== undefined && owner !== urn)
            return owner;
        this.owners.set(key, urn);
        return undefined;
    }
    /** Records the key a resource of the state holds (from its diff or read): the state's word wins over a claim. */
    holds(state) {
        const urn = (0, create_journal_1.identityOf)(state);
        if (urn !== undefined && state.userId && state.keyId)
            this.owners.set(`${state.userId}/${state.keyId}`, urn);
    }
}
exports.KeyOwners = KeyOwners;
/** Why a resource may not adopt a key another resource of the program owns. */
function alreadyOwned(keyId, owner) {
    return (`key ${keyId} is already owned by ${owner} in this program: two resources would each delete it when ` +
        "removed, while the other still hands it out. Give each key one resource: remove adoptKeyId here, or " +
        "use S3Key.get to read the key without owning it.");
}
//# sourceMappingURL=key-owners.js.map
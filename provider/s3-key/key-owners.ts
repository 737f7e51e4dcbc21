// One key, one owner: the resources of one program that adopt or hold each key. The plugin host
// serves a whole program (`pulumi up`, `preview`) from one provider object, so its check, diff and
// read see every resource of the program.
import { identityOf } from "../common/create-journal";
import { isUnknown } from "../common/unknowns";

/** The keys the resources of one program adopt or hold, by `userId/keyId`, with their URNs. */
export class KeyOwners {
  private readonly owners = new Map<string, string>();

  /**
   * Records that the resource adopts `adoptKeyId`; the URN of another resource that adopts or holds
   * it already, or undefined (then this resource is its owner).
   */
  claim(inputs: { userId: string; adoptKeyId?: string; identity?: string }): string | undefined {
    const urn = identityOf(inputs);
    if (inputs.adoptKeyId === undefined || isUnknown(inputs.adoptKeyId) || isUnknown(inputs.userId) || !urn)
      return undefined;
    const key = `${inputs.userId}/${inputs.adoptKeyId}`;
    const owner = this.owners.get(key);
    if (owner !== undefined && owner !== urn) return owner;
    this.owners.set(key, urn);
    return undefined;
  }

  /** Records the key a resource of the state holds (from its diff or read): the state's word wins over a claim. */
  holds(state: { userId?: string; keyId?: string; identity?: string }): void {
    const urn = identityOf(state);
    if (urn !== undefined && state.userId && state.keyId) this.owners.set(`${state.userId}/${state.keyId}`, urn);
  }
}

/** Why a resource may not adopt a key another resource of the program owns. */
export function alreadyOwned(keyId: string, owner: string): string {
  return (
    `key ${keyId} is already owned by ${owner} in this program: two resources would each delete it when ` +
    "removed, while the other still hands it out. Give each key one resource: remove adoptKeyId here, or " +
    "use S3Key.get to read the key without owning it."
  );
}

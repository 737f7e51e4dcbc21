// Two resources of one program that both adopt one key: found at preview, from what the program
// declares. The plugin host serves a whole program (`pulumi up`, `preview`) from one provider object,
// so its checks see every declaration. A memo of declarations, not a record of owners: nothing is
// written, and checking a resource again gives the same answer (who holds a key in the state is
// key-claims.ts's, written only by create, read and delete).
import { identityOf } from "../common/create-journal";
import { isUnknown } from "../common/unknowns";

/** The resources of one program that declare `adoptKeyId`, by `userId/keyId`: the first of each. */
export class Adoptions {
  private readonly first = new Map<string, string>();

  /**
   * The URN of another resource of the program that declared adopting the same key before this one,
   * or undefined. Idempotent: the same declaration gets the same answer however often it is checked.
   */
  declare(inputs: { userId: string; adoptKeyId?: string; identity?: string }): string | undefined {
    const urn = identityOf(inputs);
    if (inputs.adoptKeyId === undefined || isUnknown(inputs.adoptKeyId) || isUnknown(inputs.userId) || !urn)
      return undefined;
    const key = `${inputs.userId}/${inputs.adoptKeyId}`;
    const first = this.first.get(key);
    if (first !== undefined && first !== urn) return first;
    this.first.set(key, urn);
    return undefined;
  }
}

/** Why a resource may not adopt a key another resource of the program adopts. */
export function alreadyOwned(keyId: string, owner: string): string {
  return (
    `key ${keyId} is already owned by ${owner} in this program: two resources would each delete it when ` +
    "removed, while the other still hands it out. Give each key one resource: remove adoptKeyId here, or " +
    "use S3Key.get to read the key without owning it."
  );
}

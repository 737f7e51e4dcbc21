/** The keys the resources of one program adopt or hold, by `userId/keyId`, with their URNs. */
export declare class KeyOwners {
    private readonly owners;
    /**
     * Records that the resource adopts `adoptKeyId`; the URN of another resource that adopts or holds
     * it already, or undefined (then this resource is its owner).
     */
    claim(inputs: {
        userId: string;
        adoptKeyId?: string;
        identity?: string;
    }): string | undefined;
    /** Records the key a resource of the state holds (from its diff or read): the state's word wins over a claim. */
    holds(state: {
        userId?: string;
        keyId?: string;
        identity?: string;
    }): void;
}
/** Why a resource may not adopt a key another resource of the program owns. */
export declare function alreadyOwned(keyId: string, owner: string): string;

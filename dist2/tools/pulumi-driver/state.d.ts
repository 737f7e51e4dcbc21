import { type Props } from "./sdk";
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
export declare class StateFile {
    readonly path: string;
    private readonly key;
    constructor(path: string, env?: NodeJS.ProcessEnv);
    load(): StackState;
    save(state: StackState): void;
    private encryptAll;
    private decryptAll;
}

import { IonosError } from "../api/errors";
/**
 * A create or update that made a key but could not finish. The dynamic provider host reports it to
 * the engine as "created, but failed to initialize", so the key's id and outputs stay in the state
 * (nothing leaked) and the next `pulumi up` finishes the job.
 */
export declare class ResourceInitError<Outputs = object> extends IonosError {
    /** The key id, read by the plugin host. */
    readonly id: string;
    /** The key's outputs, read by the plugin host. */
    readonly properties: Outputs;
    /** One line per reason, read by the plugin host. */
    readonly reasons: string[];
    /** What stopped the create or update. */
    readonly cause: Error;
    constructor(id: string, properties: Outputs, cause: Error);
}

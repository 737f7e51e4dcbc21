import type { EmulatorOptions } from "./options";
import type { Controls } from "./controls";
import { type RouteDef } from "./routes";
export type { EndpointResult } from "./routes";
import type { Store } from "./store";
/** What the key endpoints need from the emulator around them. */
export interface EndpointContext {
    readonly store: Store;
    readonly options: EmulatorOptions;
    readonly controls: Controls;
    readonly origin: () => string;
}
/** The `/um/users/{userId}/s3keys…` and `/s3ssourl` endpoints. */
export declare class KeyEndpoints {
    private readonly ctx;
    constructor(ctx: EndpointContext);
    /** The routes of IONOS's user S3 key API. */
    routes(): RouteDef[];
    /** A handler for a route under a user that must exist. */
    private forUser;
    /** A handler for a key of the user that is visible now. */
    private forKey;
    private ssoUrl;
    /** The user's visible keys, with IONOS's list options (`filter.<property>`, `orderBy`, `maxResults`). */
    private list;
    /** The POST takes no body: none, or any JSON, is accepted; a body that is not JSON is a 400, as for PUT. */
    private create;
    private delete;
    private put;
    private newRequest;
    private checkUser;
    private keyBody;
    private href;
    private location;
}

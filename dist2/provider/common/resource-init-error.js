"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ResourceInitError = void 0;
const errors_1 = require("../api/errors");
/**
 * A create or update that made a key but could not finish. The dynamic provider host reports it to
 * the engine as "created, but failed to initialize", so the key's id and outputs stay in the state
 * (nothing leaked) and the next `pulumi up` finishes the job.
 */
class ResourceInitError extends errors_1.IonosError {
    /** The key id, read by the plugin host. */
    id;
    /** The key's outputs, read by the plugin host. */
    properties;
    /** One line per reason, read by the plugin host. */
    reasons;
    constructor(id, properties, cause) {
        super(`Key ${id} was created but is not finished: ${cause.message} The key is kept in the state; run \`pulumi up\` again to finish it.`, { cause });
        this.id = id;
        this.properties = properties;
        this.reasons = [cause.message];
    }
}
exports.ResourceInitError = ResourceInitError;
//# sourceMappingURL=resource-init-error.js.map
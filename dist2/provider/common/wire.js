"use strict";
// Values Pulumi's engine and dynamic-provider host put in a resource's properties.
Object.defineProperty(exports, "__esModule", { value: true });
exports.ACCESS_KEY_TYPE = exports.S3KEY_TYPE = exports.PROVIDER_KEY = exports.UNKNOWN = void 0;
/** The value Pulumi sends for an input not known yet during a preview. */
exports.UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
/** The property under which a dynamic resource carries its serialized provider. */
exports.PROVIDER_KEY = "__provider";
/** The types this package's resource classes register, as states and pending creates name them. */
exports.S3KEY_TYPE = "pulumi-nodejs:dynamic/ionos:S3Key";
exports.ACCESS_KEY_TYPE = "pulumi-nodejs:dynamic/ionos:AccessKey";
//# sourceMappingURL=wire.js.map
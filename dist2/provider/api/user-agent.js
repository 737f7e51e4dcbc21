"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.USER_AGENT = exports.PACKAGE_VERSION = void 0;
// Read once when the module loads; a plain string, so the serialized provider captures only the value.
exports.PACKAGE_VERSION = require("../../../package.json").version;
exports.USER_AGENT = `pulumi-ionos-s3key/${exports.PACKAGE_VERSION}`;
//# sourceMappingURL=user-agent.js.map
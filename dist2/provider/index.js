"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ResourceInitError = exports.IonosResponseError = exports.IonosRequestError = exports.IonosNetworkError = exports.IonosConfigError = exports.IonosApiError = exports.IonosError = void 0;
// `pulumi-ionos-s3key`: the resources and lookups a Pulumi program uses, and the errors they throw.
__exportStar(require("./s3-key"), exports);
__exportStar(require("./access-key"), exports);
var errors_1 = require("./api/errors");
Object.defineProperty(exports, "IonosError", { enumerable: true, get: function () { return errors_1.IonosError; } });
Object.defineProperty(exports, "IonosApiError", { enumerable: true, get: function () { return errors_1.IonosApiError; } });
Object.defineProperty(exports, "IonosConfigError", { enumerable: true, get: function () { return errors_1.IonosConfigError; } });
Object.defineProperty(exports, "IonosNetworkError", { enumerable: true, get: function () { return errors_1.IonosNetworkError; } });
Object.defineProperty(exports, "IonosRequestError", { enumerable: true, get: function () { return errors_1.IonosRequestError; } });
Object.defineProperty(exports, "IonosResponseError", { enumerable: true, get: function () { return errors_1.IonosResponseError; } });
var resource_init_error_1 = require("./common/resource-init-error");
Object.defineProperty(exports, "ResourceInitError", { enumerable: true, get: function () { return resource_init_error_1.ResourceInitError; } });
//# sourceMappingURL=index.js.map
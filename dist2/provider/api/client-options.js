"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_MAX_RESPONSE_BYTES = void 0;
exports.DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
//# sourceMappingURL=client-options.js.map
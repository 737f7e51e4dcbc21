"use strict";
// The emulator's own id rules, from IONOS's API documentation, sharing nothing with provider/: a
// mistake in the provider's patterns is then caught by the emulator instead of mirrored by it.
Object.defineProperty(exports, "__esModule", { value: true });
exports.UUID = void 0;
/** A user, access key or request id: a UUID, as IONOS documents its resource ids (8-4-4-4-12 hex digits). */
exports.UUID = /^[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/;
//# sourceMappingURL=ids.js.map
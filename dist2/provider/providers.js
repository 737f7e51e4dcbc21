"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AccessKeyProvider = exports.S3KeyProvider = void 0;
const access_key_provider_1 = require("./access-key/access-key-provider");
Object.defineProperty(exports, "AccessKeyProvider", { enumerable: true, get: function () { return access_key_provider_1.AccessKeyProvider; } });
const s3_key_provider_1 = require("./s3-key/s3-key-provider");
Object.defineProperty(exports, "S3KeyProvider", { enumerable: true, get: function () { return s3_key_provider_1.S3KeyProvider; } });
// Every class a serialized provider in a user's state may name is exported here, with a no-argument constructor.
const _loadable = { S3KeyProvider: s3_key_provider_1.S3KeyProvider, AccessKeyProvider: access_key_provider_1.AccessKeyProvider };
void _loadable;
//# sourceMappingURL=providers.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROJECT_DIR = void 0;
const node_path_1 = require("node:path");
/** The project's root: the tests run from dist/test. */
exports.PROJECT_DIR = (0, node_path_1.resolve)(__dirname, "..", "..", "..");
//# sourceMappingURL=project.js.map
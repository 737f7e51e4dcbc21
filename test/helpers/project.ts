import { resolve } from "node:path";

/** The project's root: the tests run from dist/test. */
export const PROJECT_DIR = resolve(__dirname, "..", "..", "..");

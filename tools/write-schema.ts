// `npm run schema`: writes schema.json, the plugin's schema that the SDKs in sdk/ are generated from.
// test/plugin-schema.test.ts fails when the committed file and the code disagree.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PACKAGE_VERSION } from "../provider/api/user-agent";
import { pluginSchema } from "../provider/plugin/schema";

/** The schema as schema.json holds it. */
export const schemaText = (): string => `${JSON.stringify(pluginSchema(PACKAGE_VERSION), null, 2)}\n`;

if (require.main === module) {
  const path = resolve(__dirname, "..", "..", "schema.json");
  writeFileSync(path, schemaText());
  console.log(path);
}

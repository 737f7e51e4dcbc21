import { expect } from "chai";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";
import { z } from "zod";
import { S3KeyInputsSchema } from "../provider/s3-key/s3-key-descriptor";
import { AccessKeyInputsSchema } from "../provider/access-key/access-key-descriptor";
import { pluginSchema, REPOSITORY_URL } from "../provider/plugin/schema";
import {
  ACCESS_KEY_OUTPUTS,
  S3KEY_OUTPUTS,
  schemaInputs,
  type SchemaProperty,
} from "../provider/plugin/schema-properties";

const S3KEY_INPUTS = schemaInputs(S3KeyInputsSchema);
const ACCESS_KEY_INPUTS = schemaInputs(AccessKeyInputsSchema);
import { PLUGIN_CONFIG_KEYS } from "../provider/common/config-sources";
import { PACKAGE_VERSION } from "../provider/api/user-agent";
import { derivedFiles } from "../tools/write-schema";
import { publicTypes } from "../tools/public-types";
import { inputsOf, internalInput, userInput, type ResourceDescriptor } from "../provider/common/descriptor";

const root = join(__dirname, "..", "..");
/** Inputs the providers set themselves (the URN, the create's token or id): never a user's. */
const INTERNAL = ["identity", "createToken", "createId", "adoptedBefore"];

interface JsonSchema {
  properties: Record<string, { type?: string; anyOf?: Array<{ type?: string }>; default?: unknown }>;
  required?: string[];
}
const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input" }) as unknown as JsonSchema;

/** The TSDoc of each member of an interface or class in a source file, whitespace collapsed. */
function tsdoc(file: string, name: string): Record<string, string> {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), "utf8"), ts.ScriptTarget.Latest, true);
  const docs: Record<string, string> = {};
  source.forEachChild((node) => {
    if (!(ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) || node.name?.text !== name) return;
    for (const member of node.members) {
      if (!(ts.isPropertySignature(member) || ts.isPropertyDeclaration(member))) continue;
      const comment = ts.getJSDocCommentsAndTags(member).map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? "");
      docs[member.name.getText(source)] = comment.join(" ").replace(/\s+/g, " ").trim();
    }
  });
  return docs;
}

const descriptions = (props: Readonly<Record<string, SchemaProperty>>) =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.description]));

describe("the plugin's schema", () => {
  for (const [name, zod, inputs, required] of [
    ["S3Key", S3KeyInputsSchema, S3KEY_INPUTS, ["userId"]],
    // The AccessKey class and the plugin give the description the resource's name; zod sees it given.
    ["AccessKey", AccessKeyInputsSchema, ACCESS_KEY_INPUTS, []],
  ] as const) {
    it(`lists exactly ${name}'s zod inputs, with their types, leaving out the ones the provider sets`, () => {
      const json = jsonSchemaOf(zod);
      const userInputs = Object.keys(json.properties).filter((k) => !INTERNAL.includes(k));
      expect(Object.keys(inputs)).to.have.members(userInputs);
      for (const key of userInputs) {
        const zodTypes = [json.properties[key].type, ...(json.properties[key].anyOf ?? []).map((a) => a.type)];
        expect(zodTypes, key).to.include(inputs[key].type);
        if (json.properties[key].default !== undefined)
          expect(inputs[key].default, key).to.deep.equal(json.properties[key].default);
      }
      const schemaRequired = (pluginSchema("0.0.0").resources as Record<string, { requiredInputs?: string[] }>)[
        `ionos-s3key:index:${name}`
      ].requiredInputs;
      expect(schemaRequired ?? []).to.have.members([...required]);
      if (name === "S3Key") expect(json.required).to.have.members([...required]);
    });
  }

  it("describes every input and output as the classes' generated types do, word for word", () => {
    const s3 = "provider/s3-key/s3-key-types.ts";
    const access = "provider/access-key/access-key-types.ts";
    expect(descriptions(S3KEY_INPUTS)).to.deep.equal(tsdoc(s3, "S3KeyArgs"));
    expect(descriptions(S3KEY_OUTPUTS)).to.deep.equal(tsdoc(s3, "S3KeyProperties"));
    expect(descriptions(ACCESS_KEY_INPUTS)).to.deep.equal(tsdoc(access, "AccessKeyArgs"));
    expect(descriptions(ACCESS_KEY_OUTPUTS)).to.deep.equal(tsdoc(access, "AccessKeyProperties"));
  });

  it("marks secretKey secret, replaces on userId, and lists every provider setting with secrets marked", () => {
    const schema = pluginSchema(PACKAGE_VERSION) as {
      resources: Record<
        string,
        { properties: Record<string, SchemaProperty>; inputProperties: Record<string, SchemaProperty> }
      >;
      provider: { inputProperties: Record<string, SchemaProperty> };
    };
    const s3 = schema.resources["ionos-s3key:index:S3Key"];
    expect(s3.properties.secretKey.secret).to.equal(true);
    expect(s3.inputProperties.userId.replaceOnChanges).to.equal(true);
    expect(schema.resources["ionos-s3key:index:AccessKey"].properties.secretKey.secret).to.equal(true);
    const config = schema.provider.inputProperties;
    expect(Object.keys(config)).to.have.members(PLUGIN_CONFIG_KEYS.map((k) => k.key));
    expect(Object.keys(config).filter((k) => config[k].secret)).to.have.members(["token", "password"]);
    expect(config.endpoint.description).to.contain("IONOS_API_URL");
  });

  it("names the repository package.json names, so releases, issues and the plugin download agree", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      repository: { url: string };
      homepage: string;
      bugs: { url: string };
    };
    expect(pkg.repository.url).to.equal(`git+${REPOSITORY_URL}.git`);
    expect(pkg.homepage).to.equal(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs.url).to.equal(`${REPOSITORY_URL}/issues`);
    expect(pluginSchema(PACKAGE_VERSION).pluginDownloadURL).to.equal(
      `${REPOSITORY_URL}/releases/download/v${PACKAGE_VERSION}/`,
    );
  });

  it("links the README (shipped to the registry, where docs/ is not) absolutely, to files the repository has", () => {
    const links = [...readFileSync(join(root, "README.md"), "utf8").matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(
      links.filter((l) => !/^https?:\/\//.test(l)),
      "relative links",
    ).to.deep.equal([]);
    const ours = links.filter((l) => l.startsWith(`${REPOSITORY_URL}/blob/main/`));
    expect(ours.length).to.be.greaterThan(10);
    for (const link of ours)
      expect(existsSync(join(root, link.slice(`${REPOSITORY_URL}/blob/main/`.length))), link).to.equal(true);
  });

  it("keeps the README short, at most 200 lines: detail lives in docs/", () => {
    const lines = readFileSync(join(root, "README.md"), "utf8").trimEnd().split("\n").length;
    expect(lines).to.be.at.most(200);
  });

  it("is what the repository holds, with every file derived from the declarations: schema.json, the public types, the README's table (run `npm run schema` after a change)", () => {
    const files = derivedFiles();
    expect(files.map((f) => f.path)).to.include.members([
      "schema.json",
      "provider/s3-key/s3-key-types.ts",
      "provider/access-key/access-key-types.ts",
      "README.md",
    ]);
    for (const { path, text } of files) expect(readFileSync(join(root, path), "utf8"), path).to.equal(text);
  });

  it("writes the public types from a declaration: required and optional args, outputs as properties, bookkeeping only in the provider's types", () => {
    const widget: ResourceDescriptor = {
      name: "Widget",
      description: "A widget.",
      inputs: z.strictObject({
        owner: userInput(z.string(), { description: "Who owns it.", type: "string", required: true }),
        tags: userInput(z.array(z.string()).optional(), { description: "Its tags.", type: "strings" }),
        on: userInput(z.boolean().default(true), { description: "Whether it runs.", type: "boolean" }),
        identity: internalInput(z.string().optional(), { description: "Its URN.", type: "string" }),
      }),
      outputs: {
        owner: { description: "Who owns it.", type: "string" },
        token: { description: "Its token.", type: "string", secret: true },
        size: { description: "How big.", type: "map", optional: true },
        account: { description: "Whose.", type: "string", optional: true, internal: true },
      },
    };
    const text = publicTypes(widget, "widget-descriptor.ts").replace(/\s+/g, " ");
    expect(text).to.contain("export interface WidgetArgs { /** Who owns it. */ readonly owner: pulumi.Input<string>;");
    expect(text).to.contain("readonly tags?: pulumi.Input<pulumi.Input<string>[]>;");
    expect(text).to.contain("readonly on?: pulumi.Input<boolean>; }");
    expect(text).to.contain("readonly size: pulumi.Output<Record<string, unknown> | undefined>;");
    expect(text).to.contain("readonly on: boolean | string;");
    expect(text).to.contain("readonly identity?: string; };");
    expect(text).to.contain("/** Whose. */ readonly account?: string; }");
    const properties = text.slice(text.indexOf("interface WidgetProperties"), text.indexOf("export type WidgetInputs"));
    expect(properties).to.not.contain("account");
    expect(() => inputsOf(z.strictObject({ stray: z.string() }))).to.throw(
      "input stray has neither userInput nor internalInput metadata",
    );
  });
});

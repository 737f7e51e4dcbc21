// The resources' properties in the plugin's schema, derived from their declaration (see
// common/descriptor.ts): the inputs from their zod schemas' metadata, the outputs from theirs.
import type { z } from "zod";
import { userInputsOf, type ResourceDescriptor, type ValueType } from "../common/descriptor";
import { S3KEY } from "../s3-key/s3-key-descriptor";
import { ACCESS_KEY } from "../access-key/access-key-descriptor";

/** A property of the schema. */
export interface SchemaProperty {
  readonly type?: "string" | "boolean" | "object" | "array";
  readonly $ref?: string;
  readonly items?: SchemaProperty;
  readonly additionalProperties?: SchemaProperty;
  readonly description?: string;
  readonly secret?: boolean;
  readonly replaceOnChanges?: boolean;
  readonly default?: unknown;
}
type Properties = Readonly<Record<string, SchemaProperty>>;

export const str = (description: string): SchemaProperty => ({ type: "string", description });

/** A value of `type` in the schema: a map is an object of any values, strings an array of strings. */
function property(type: ValueType, description: string): SchemaProperty {
  if (type === "map") return { type: "object", additionalProperties: { $ref: "pulumi.json#/Any" }, description };
  if (type === "strings") return { type: "array", items: { type: "string" }, description };
  return { type, description };
}

/** A resource's inputs in the schema, derived from its zod inputs' metadata (see common/descriptor.ts). */
export function schemaInputs(inputs: z.ZodObject): Properties {
  return Object.fromEntries(
    userInputsOf(inputs).map(({ name, meta, default: value }) => [
      name,
      {
        ...property(meta.type, meta.description),
        ...(meta.replaceOnChanges === true ? { replaceOnChanges: true } : {}),
        ...(value !== undefined ? { default: value } : {}),
      },
    ]),
  );
}

/** A resource's outputs in the schema: every output but the bookkeeping, from its declaration. */
export function schemaOutputs(resource: ResourceDescriptor): Properties {
  return Object.fromEntries(
    Object.entries(resource.outputs)
      .filter(([, meta]) => meta.internal !== true)
      .map(([name, meta]) => [
        name,
        { ...property(meta.type, meta.description), ...(meta.secret === true ? { secret: true } : {}) },
      ]),
  );
}

/** The outputs the state always holds (the schema's `required`). */
export function requiredOutputs(resource: ResourceDescriptor): string[] {
  return Object.entries(resource.outputs)
    .filter(([, meta]) => meta.internal !== true && meta.optional !== true)
    .map(([name]) => name);
}

/** The user inputs a program must give (the schema's `requiredInputs`). */
export function requiredInputs(resource: ResourceDescriptor): string[] {
  return userInputsOf(resource.inputs)
    .filter((input) => input.meta.required === true)
    .map((input) => input.name);
}

/** S3Key's outputs, as the schema shows them. */
export const S3KEY_OUTPUTS = schemaOutputs(S3KEY);

/** AccessKey's outputs, as the schema shows them. */
export const ACCESS_KEY_OUTPUTS = schemaOutputs(ACCESS_KEY);

// What a resource is, said once: each user input's zod schema carries its description, its type,
// whether a program must give it, whether changing it replaces the key and whether `pulumi import`
// takes it from the key; bookkeeping inputs (set by the classes or by check) carry their docs; the
// outputs are declared beside them. The plugin's schema, its detailed diff, the inputs of an imported
// key, check's messages, the public types (`npm run schema` writes them) and the README's table are
// all derived from it.
import { z } from "zod";
import { changed } from "./unknowns";

/** A value's type, in the schema and in the TypeScript types: a map is an object of any values; strings a list. */
export type ValueType = "string" | "boolean" | "map" | "strings";

/** One user input, as users read it (the schema, the docs, the classes' TSDoc). */
export interface InputMeta {
  /** One sentence or two: the schema's description and the class's TSDoc, word for word. */
  readonly description: string;
  readonly type: ValueType;
  /** A program must give it (the schema's required inputs; not optional in the class's args). */
  readonly required?: true;
  /** Given none, the resource's name (the class and the plugin alike fill it in before check). */
  readonly defaultsToName?: true;
  /** Changing it replaces the key (a new key before the old one goes). */
  readonly replaceOnChanges?: true;
  /** `pulumi import` takes it from the key IONOS shows. */
  readonly imported?: true;
  /** IONOS does not hold it: the state keeps it from the inputs (the outputs echo it), for diff. */
  readonly echoed?: true;
}

/** The user inputs' metadata, by their zod schema. */
export const userInputs = z.registry<InputMeta>();

/** Marks `schema` as a user input with `meta`. */
export function userInput<T extends z.ZodType>(schema: T, meta: InputMeta): T {
  userInputs.add(schema, meta);
  return schema;
}

/** A bookkeeping input (set by a class or by check, never by users): its docs and type, for the public types. */
export interface InternalInputMeta {
  readonly description: string;
  readonly type: ValueType;
}

/** The bookkeeping inputs' metadata, by their zod schema. */
export const internalInputs = z.registry<InternalInputMeta>();

/** Marks `schema` as a bookkeeping input with `meta`. */
export function internalInput<T extends z.ZodType>(schema: T, meta: InternalInputMeta): T {
  internalInputs.add(schema, meta);
  return schema;
}

/** One output, as the state holds it. */
export interface OutputMeta {
  /** The schema's description and the class's TSDoc. */
  readonly description: string;
  readonly type: ValueType;
  /** May be absent from the state. */
  readonly optional?: true;
  /** A Pulumi secret. */
  readonly secret?: true;
  /** Bookkeeping: in the state, never in the schema nor on the class. */
  readonly internal?: true;
}

/** A resource, said once: its name, what it is, its inputs (with their metadata) and its outputs. */
export interface ResourceDescriptor {
  /** Its name in messages, in the classes and in the schema's token: `S3Key`. */
  readonly name: string;
  /** What it is: the schema's description and the class's TSDoc. */
  readonly description: string;
  readonly inputs: z.ZodObject;
  readonly outputs: Readonly<Record<string, OutputMeta>>;
}

/** Every input, in declaration order: user inputs with their metadata, bookkeeping ones with theirs. */
export function inputsOf(inputs: z.ZodObject): Array<{
  readonly name: string;
  readonly user?: InputMeta;
  readonly internal?: InternalInputMeta;
  /** Absent after check: optional in the checked inputs. */
  readonly optional: boolean;
}> {
  return Object.entries(inputs.shape).map(([name, schema]) => {
    const zod = schema as z.ZodType;
    const user = userInputs.get(zod);
    const internal = internalInputs.get(zod);
    if (user === undefined && internal === undefined)
      throw new Error(`input ${name} has neither userInput nor internalInput metadata`);
    return {
      name,
      ...(user !== undefined ? { user } : {}),
      ...(internal !== undefined ? { internal } : {}),
      optional: (zod.def as { type: string }).type === "optional",
    };
  });
}

/** A resource's user inputs, in declaration order, with their metadata and their zod default. */
export function userInputsOf(
  inputs: z.ZodObject,
): Array<{ readonly name: string; readonly meta: InputMeta; readonly default?: unknown }> {
  return Object.entries(inputs.shape).flatMap(([name, schema]) => {
    const meta = userInputs.get(schema as z.ZodType);
    if (meta === undefined) return [];
    const def = (schema as z.ZodType).def as { type: string; defaultValue?: unknown };
    return [{ name, meta, ...(def.type === "default" ? { default: def.defaultValue } : {}) }];
  });
}

/** "userId, active, keepers and adoptKeyId". */
function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Check's reason for a key that is no input: names the resource and the inputs it takes. */
export function notAnInput(resource: string, inputs: z.ZodObject): string {
  return `not an input of ${resource}, which takes ${listed(userInputsOf(inputs).map((i) => i.name))}`;
}

/** The inputs of a key `pulumi import` brings in, as a program would declare it: from its outputs. */
export function importedInputsOf(inputs: z.ZodObject, outputs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    userInputsOf(inputs)
      .filter((input) => input.meta.imported === true)
      .map((input) => [input.name, outputs[input.name]]),
  );
}

/**
 * Which user inputs differ between the state (`olds`) and the checked inputs (`news`), each with its
 * default when absent: those that replace the key (`replaceOnChanges`), and whether any that updates
 * it in place does. Pure; a value not known yet counts as changed.
 */
export function inputChanges(
  inputs: z.ZodObject,
  olds: Readonly<Record<string, unknown>>,
  news: Readonly<Record<string, unknown>>,
): { replacing: string[]; updating: boolean } {
  const differing = userInputsOf(inputs).filter((input) =>
    changed(olds[input.name] ?? input.default, news[input.name] ?? input.default),
  );
  return {
    replacing: differing.filter((input) => input.meta.replaceOnChanges === true).map((input) => input.name),
    updating: differing.some((input) => input.meta.replaceOnChanges !== true),
  };
}

/** The names of the user inputs the outputs echo from the inputs (`echoed`). */
export function echoedInputNames(inputs: z.ZodObject): string[] {
  return userInputsOf(inputs)
    .filter((input) => input.meta.echoed === true)
    .map((input) => input.name);
}

/**
 * What a resource class gives Pulumi for `resource`: every output, from `given` when it reads an
 * existing key (never a secret: a read's inputs are stored in plain text, and IONOS shows the secret
 * again), then every user input from `given`, then `extra` (the URN, a class's own defaults).
 */
export function classProps(
  resource: ResourceDescriptor,
  given: Readonly<Record<string, unknown>>,
  reading: boolean,
  extra: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [name, meta] of Object.entries(resource.outputs))
    if (meta.internal !== true) props[name] = reading && meta.secret !== true ? given[name] : undefined;
  for (const { name } of userInputsOf(resource.inputs)) props[name] = given[name];
  return { ...props, ...extra };
}

/** The inputs with those declared `defaultsToName` that are not given set to `resourceName`. */
export function withNameDefaults(
  inputs: z.ZodObject,
  given: Readonly<Record<string, unknown>>,
  resourceName: string,
): Record<string, unknown> {
  const named = userInputsOf(inputs).filter(
    (input) => input.meta.defaultsToName === true && given[input.name] === undefined,
  );
  return { ...given, ...Object.fromEntries(named.map((input) => [input.name, resourceName])) };
}

/**
 * The user inputs the API holds among the key's own properties: those neither replacing the key nor
 * echoed from the inputs (S3Key's `active`). A create sets them after its POST, an adoption applies
 * them, an update PUTs them, a read takes them from the key. With `values`, their values, defaults
 * applied.
 */
export function heldInputs(
  inputs: z.ZodObject,
  values: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  return Object.fromEntries(
    userInputsOf(inputs)
      .filter((input) => input.meta.replaceOnChanges !== true && input.meta.echoed !== true)
      .map((input) => [input.name, values[input.name] ?? input.default]),
  );
}

/** The names of the held inputs (see `heldInputs`) whose value in `current` is not the one `wanted`. */
export function differingHeld(
  wanted: Readonly<Record<string, unknown>>,
  current: Readonly<Record<string, unknown>>,
): string[] {
  return Object.keys(wanted).filter((name) => changed(current[name], wanted[name]));
}

/** The outputs every key resource has, declared once: placed in a resource's outputs where they belong. */
export const KEY_OUTPUTS = {
  secretKey: { description: "The S3 secret key. Always a secret.", type: "string", secret: true },
  dates: {
    createdDate: { description: "When IONOS created the key (ISO 8601).", type: "string", optional: true },
    lastModifiedDate: { description: "When IONOS last changed the key (ISO 8601).", type: "string", optional: true },
  },
  bookkeeping: {
    identity: {
      description: "Echoed from the inputs: the resource's URN, which keys its create journal.",
      type: "string",
      optional: true,
      internal: true,
    },
    account: {
      description: "Internal: the account that holds the key, `contract N at <endpoint>` (see common/account.ts).",
      type: "string",
      optional: true,
      internal: true,
    },
  },
} as const satisfies {
  secretKey: OutputMeta;
  dates: Record<string, OutputMeta>;
  bookkeeping: Record<string, OutputMeta>;
};

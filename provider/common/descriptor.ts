// What a resource's inputs are, said once: each user input's zod schema carries its description, its
// schema type, whether changing it replaces the key and whether `pulumi import` takes it from the
// key. Inputs without it are bookkeeping (set by the classes or by check). The plugin's schema, its
// detailed diff, the inputs of an imported key and check's messages are all derived from it.
import { z } from "zod";
import { changed } from "./unknowns";

/** One user input, as users read it (the schema, the docs, the classes' TSDoc). */
export interface InputMeta {
  /** One sentence or two: the schema's description and the class's TSDoc, word for word. */
  readonly description: string;
  /** Its type in Pulumi's schema: a map is an object of any values. */
  readonly type: "string" | "boolean" | "map";
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

// One way to run a lookup, for the Node functions (getS3Keys, …, in each resource's room) and the
// plugin's functions (`ionos-s3key:index:getS3Keys`, …) alike: each lookup is declared once, in its
// resource's room, as a `Lookup`, so results, argument checks and messages cannot drift apart.
import type { IonosHttpClient } from "../api/client";
import { IonosError } from "../api/errors";
import { USER_ID_PATTERN } from "../api/ids";
import { shown } from "../api/redact";

/** One lookup: its required arguments, the API it asks, which result fields are secret, and how it runs. */
export interface Lookup<Args, Result> {
  readonly required: readonly (keyof Args & string)[];
  readonly api: "api" | "objectStorage";
  /** The result's fields that are secret, by name, wherever they appear in it. */
  readonly secrets: readonly string[];
  run(args: Args, client: IonosHttpClient): Promise<Result>;
}

/** Declares a lookup (its types inferred from `run`). */
export const lookup = <Args, Result>(spec: Lookup<Args, Result>): Lookup<Args, Result> => spec;

/** What is wrong with a lookup's arguments, one problem per argument: a missing one, a user id that is none. */
export function lookupArgumentProblems(
  name: string,
  spec: Lookup<never, unknown>,
  args: Record<string, unknown>,
): Array<{ property: string; reason: string }> {
  const problems = spec.required
    .filter((arg) => typeof args[arg] !== "string" || args[arg] === "")
    .map((property) => ({ property, reason: `required: give ${name}'s ${property} as a string` }));
  // A user id goes into the request's path: it must be one, as the resources check it.
  if ("userId" in args && problems.length === 0 && !USER_ID_PATTERN.test(String(args.userId)))
    problems.push({
      property: "userId",
      reason: `"${shown(args.userId)}" is not a UUID: use the IONOS user's id, e.g. 9b1b4c62-1466-11e7-87d3-d7bb7dac0087`,
    });
  return problems;
}

/**
 * Runs lookup `name` with a client of its API (`clients`), its arguments checked first: a bad one
 * fails naming it, before any request.
 */
export async function runLookup<Args, Result>(
  name: string,
  spec: Lookup<Args, Result>,
  args: Args,
  clients: (which: "api" | "objectStorage") => IonosHttpClient,
): Promise<Result> {
  const problems = lookupArgumentProblems(name, spec as Lookup<never, unknown>, args as Record<string, unknown>);
  if (problems.length > 0) throw new IonosError(problems.map((p) => `${p.property}: ${p.reason}`).join("; "));
  return spec.run(args, clients(spec.api));
}

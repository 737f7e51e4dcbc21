import { importedInputsOf } from "../common/descriptor";
import { PLUGIN_RESOURCES, pluginTypeOf } from "./resources";

type Props = Record<string, unknown>;

/**
 * The inputs of a key `pulumi import` brings in (a read without state), as a program would declare
 * it: the inputs its declaration marks `imported` (S3Key `userId` and `active`; AccessKey
 * `description`), from the key's outputs. Undefined for a refresh, which keeps the state's inputs
 * (the engine's rule when a read returns none).
 */
export function importedInputs(urn: string, outs: Props, state: Props | undefined): Props | undefined {
  if (state !== undefined && Object.keys(state).length > 0) return undefined;
  const type = pluginTypeOf(urn);
  return type === undefined ? undefined : importedInputsOf(PLUGIN_RESOURCES[type].inputs, outs);
}

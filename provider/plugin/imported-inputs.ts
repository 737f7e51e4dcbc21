import { PLUGIN_S3KEY_TYPE } from "../common/wire";

type Props = Record<string, unknown>;

/**
 * The inputs of a key `pulumi import` brings in (a read without state), as a program would declare
 * it: S3Key `userId` and `active`; AccessKey `description`. Undefined for a refresh, which keeps the
 * state's inputs (the engine's rule when a read returns none).
 */
export function importedInputs(urn: string, outs: Props, state: Props | undefined): Props | undefined {
  if (state !== undefined && Object.keys(state).length > 0) return undefined;
  return urn.split("::")[2]?.endsWith(PLUGIN_S3KEY_TYPE)
    ? { userId: outs.userId, active: outs.active }
    : { description: outs.description };
}

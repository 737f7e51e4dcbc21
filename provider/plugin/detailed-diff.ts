import { isDeepStrictEqual } from "node:util";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import { userInputsOf } from "../common/descriptor";
import { PLUGIN_RESOURCES, pluginTypeOf } from "./resources";

/**
 * Adds a detailed diff to the SDK's answer (which has none, so the engine shows every input that
 * differs, the internal `createToken` among them, and after a refresh that found a key switched off
 * outside, only that): the user's own inputs whose value in the state differs from the new one, each
 * an update, or a replacement when it replaces the key. Left as it is when none of them differs
 * (an update that only reads a key's secret again).
 */
export function addDetailedDiff(request: provproto.DiffRequest, response: provproto.DiffResponse): void {
  if (response.getChanges() !== provproto.DiffResponse.DiffChanges.DIFF_SOME) return;
  const type = pluginTypeOf(request.getUrn());
  if (type === undefined) return;
  // The inputs users write: what a diff names. The rest (identity, createToken, …) is bookkeeping.
  const names = userInputsOf(PLUGIN_RESOURCES[type].inputs).map((input) => input.name);
  const olds = (request.getOlds()?.toJavaScript() ?? {}) as Record<string, unknown>;
  const news = (request.getNews()?.toJavaScript() ?? {}) as Record<string, unknown>;
  const replaces = new Set(response.getReplacesList());
  const changed = names.filter((n) => replaces.has(n) || !isDeepStrictEqual(olds[n] ?? null, news[n] ?? null));
  if (changed.length === 0) return;
  const Kind = provproto.PropertyDiff.Kind;
  for (const name of changed) {
    const diff = new provproto.PropertyDiff();
    const [added, deleted] = [olds[name] === undefined, news[name] === undefined];
    const kind = added ? Kind.ADD : deleted ? Kind.DELETE : Kind.UPDATE;
    const replacing = {
      [Kind.ADD]: Kind.ADD_REPLACE,
      [Kind.DELETE]: Kind.DELETE_REPLACE,
      [Kind.UPDATE]: Kind.UPDATE_REPLACE,
    };
    diff.setKind(replaces.has(name) ? replacing[kind] : kind);
    diff.setInputdiff(true);
    response.getDetaileddiffMap().set(name, diff);
  }
  response.setDiffsList(changed);
  response.setHasdetaileddiff(true);
}

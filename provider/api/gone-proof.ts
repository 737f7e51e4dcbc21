// When an error answer proves that a key is gone. Deleting a resource, or dropping it on refresh,
// because of a 404 that came from a mistyped endpoint or a gateway would leave a live key that no
// state holds: so only IONOS's own "no such key" answer, or the owner's key list answering without
// the key, proves it gone.
import type { IonosHttpClient } from "./client";
import { IonosApiError, IonosError } from "./errors";

/** How to prove one key gone after a 404: what IONOS's own answer for it looks like, and the list that would hold it. */
export interface GoneProof {
  /** The key, as messages name it: `key 78fa… of user 9b1b…`. */
  readonly what: string;
  /** True when the error is IONOS's own answer for this missing key (e.g. 422 `[VDC-21-2]`). */
  readonly saysMissing: (error: IonosApiError) => boolean;
  /** The list that would hold the key, as a method and path for messages, and whether it holds it. */
  readonly list: { readonly path: string; readonly holdsKey: () => Promise<boolean> };
}

/** A 404 or 422 that does not prove the key gone: the state keeps the key, and nothing was deleted. */
export class IonosNotProvenGoneError extends IonosError {}

/**
 * The request's result, or undefined when its error proves the key gone: IONOS's own answer for a
 * missing key, or a 404 while the owner's key list answers and lacks the key. Any other 404 (or an
 * unreadable list) is an `IonosNotProvenGoneError` naming the URLs and the likely mistake.
 */
export async function unlessProvenGone<T>(
  client: IonosHttpClient,
  request: () => Promise<T>,
  proof: GoneProof,
): Promise<T | undefined> {
  try {
    return await request();
  } catch (error) {
    if (!(error instanceof IonosApiError) || (error.status !== 404 && error.status !== 422)) throw error;
    if (proof.saysMissing(error)) return undefined;
    if (error.status !== 404) throw error;
    const base = client.settings.baseUrl;
    const setting = client.settings.endpointSetting ?? "IONOS_API_URL";
    const answered = `IONOS API ${error.method} ${base}${error.path} answered HTTP 404, which does not say that ${proof.what} is gone`;
    const keeps = "The state keeps the key and nothing was deleted.";
    let held: boolean;
    try {
      held = await proof.list.holdsKey();
    } catch (listError) {
      const why = listError instanceof IonosApiError ? `HTTP ${listError.status}` : (listError as Error).message;
      throw new IonosNotProvenGoneError(
        `${answered}, and the list that would show it (GET ${base}${proof.list.path}) did not answer either (${why}). ${keeps} ` +
          `Check ${setting} (now ${base}): it names the host alone, or the host with the API's base path; ` +
          "if the owner itself was deleted with its keys, remove the resource from the state with `pulumi state delete <urn>`.",
        { cause: error },
      );
    }
    if (!held) return undefined;
    throw new IonosNotProvenGoneError(
      `${answered}, yet the list GET ${base}${proof.list.path} holds it. ${keeps} Something between this machine and IONOS (a proxy or gateway) answered for it: check ${setting} and the proxy settings, then try again.`,
      { cause: error },
    );
  }
}

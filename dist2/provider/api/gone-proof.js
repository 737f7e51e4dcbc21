"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IonosNotProvenGoneError = void 0;
exports.unlessProvenGone = unlessProvenGone;
const errors_1 = require("./errors");
/** A 404 or 422 that does not prove the key gone: the state keeps the key, and nothing was deleted. */
class IonosNotProvenGoneError extends errors_1.IonosError {
    constructor(message, options) {
        super(message, options);
        // Everything to do is in the message: no frames of this package's internals after it.
        this.stack = `${this.name}: ${this.message}`;
    }
}
exports.IonosNotProvenGoneError = IonosNotProvenGoneError;
/**
 * The request's result, or undefined when its error proves the key gone: IONOS's own answer for a
 * missing key, or a 404 while the owner's key list answers and lacks the key. Any other 404 (or an
 * unreadable list) is an `IonosNotProvenGoneError` naming the URLs and the likely mistake.
 */
async function unlessProvenGone(client, request, proof) {
    try {
        return await request();
    }
    catch (error) {
        if (!(error instanceof errors_1.IonosApiError) || (error.status !== 404 && error.status !== 422))
            throw error;
        if (proof.saysMissing(error))
            return undefined;
        if (error.status !== 404)
            throw error;
        const base = client.settings.baseUrl;
        const setting = client.settings.endpointSetting ?? "IONOS_API_URL";
        const answered = `IONOS API ${error.method} ${base}${error.path} answered HTTP 404, which does not say that ${proof.what} is gone`;
        const keeps = "The state keeps the key and nothing was deleted.";
        let held;
        try {
            held = await proof.list.holdsKey();
        }
        catch (listError) {
            const why = listError instanceof errors_1.IonosApiError ? `HTTP ${listError.status}` : listError.message;
            throw new IonosNotProvenGoneError(`${answered}, and the list that would show it (GET ${base}${proof.list.path}) did not answer either (${why}). ${keeps} ` +
                `Check ${setting} (now ${base}): it names the host alone, or the host with the API's base path; ` +
                "if the owner itself was deleted with its keys, remove the resource from the state with `pulumi state delete <urn>`.", { cause: error });
        }
        if (!held)
            return undefined;
        throw new IonosNotProvenGoneError(`${answered}, yet the list GET ${base}${proof.list.path} holds it. ${keeps} Something between this machine and IONOS (a proxy or gateway) answered for it: check ${setting} and the proxy settings, then try again.`, { cause: error });
    }
}
//# sourceMappingURL=gone-proof.js.map
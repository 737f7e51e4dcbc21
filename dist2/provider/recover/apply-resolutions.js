"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyResolutions = applyResolutions;
exports.importedOutputs = importedOutputs;
/**
 * The state with each resolution applied. Pure (the input is not changed).
 * - `import`: the key becomes the resource of the pending create's URN, its inputs the create's and
 *   no secret (the next `pulumi up` reads or renews it). A key some resource of the state already
 *   holds is never imported twice: the pending create is dropped. A resource of the same URN still in
 *   the state is the one a cut-off replacement was replacing: it is marked for deletion (as the engine
 *   marks a replaced resource), so the next `pulumi up` deletes its key and the rotation completes.
 * - `clear`: the pending create is dropped. `leave`: it stays, said why.
 */
function applyResolutions(exported, resolved) {
    const state = structuredClone(exported);
    const deployment = state.deployment;
    const resources = Array.isArray(deployment.resources) ? deployment.resources : [];
    const operations = Array.isArray(deployment.pending_operations) ? deployment.pending_operations : [];
    const byIndex = new Map(resolved.map((r) => [r.create.index, r]));
    const lines = [];
    const counts = { imported: 0, cleared: 0, left: 0 };
    const kept = [];
    operations.forEach((operation, index) => {
        const entry = byIndex.get(index);
        if (entry === undefined)
            return void kept.push(operation);
        const { create, resolution } = entry;
        if (resolution.action === "leave") {
            counts.left++;
            kept.push(operation);
            return;
        }
        if (resolution.action === "clear")
            return void counts.cleared++;
        const holder = resources.find((r) => r.id === resolution.id && r.delete !== true);
        if (holder !== undefined) {
            counts.cleared++;
            lines.push(`${create.urn}: key ${resolution.id} is already held by ${String(holder.urn)}: the pending create is dropped`);
            return;
        }
        const resource = operation.resource;
        const imported = {
            ...resource,
            id: resolution.id,
            outputs: importedOutputs(create.inputs, resolution.id),
        };
        const replaced = resources.findIndex((r) => r.urn === create.urn && r.delete !== true);
        if (replaced >= 0) {
            resources[replaced] = { ...resources[replaced], delete: true };
            resources.splice(replaced + 1, 0, imported);
            lines.push(`${create.urn}: a cut-off replacement: key ${resolution.id} is now the resource, and the key ${String(resources[replaced].id)} it replaces is marked for deletion (the next \`pulumi up\` deletes it)`);
        }
        else
            resources.push(imported);
        counts.imported++;
    });
    deployment.resources = resources;
    deployment.pending_operations = kept;
    return { state, changed: counts.imported + counts.cleared > 0, lines, counts };
}
/**
 * The outputs a key imported by recover has in the state: its inputs, its id, and no secret, which
 * the next `pulumi up` reads (S3Key) or renews (AccessKey): a diff sees `secretKey: ""` as a change.
 */
function importedOutputs(inputs, id) {
    return { ...inputs, keyId: id, secretKey: "" };
}
//# sourceMappingURL=apply-resolutions.js.map
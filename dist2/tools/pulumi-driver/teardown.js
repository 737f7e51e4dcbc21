"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.refreshAll = refreshAll;
exports.destroyAll = destroyAll;
exports.deleteResource = deleteResource;
exports.deleteOrThrow = deleteOrThrow;
const sdk_1 = require("./sdk");
async function refreshAll(ctx) {
    for (const resource of [...ctx.state.resources]) {
        const step = { op: "refresh", urn: resource.urn, name: resource.name, type: resource.type };
        try {
            const plugin = await ctx.pluginHost();
            const read = await plugin.read(resource.id, resource.urn, (0, sdk_1.unwrapSecrets)(resource.outputs).plain, (0, sdk_1.unwrapSecrets)(resource.inputs).plain);
            if (!read.id) {
                ctx.state.resources.splice(ctx.state.resources.indexOf(resource), 1);
                ctx.record({ ...step, op: "delete" });
                continue;
            }
            const secretNames = Object.entries(resource.outputs)
                .filter(([, v]) => (0, sdk_1.isSecret)(v))
                .map(([k]) => k);
            const before = JSON.stringify((0, sdk_1.unwrapSecrets)(resource.outputs).plain);
            resource.outputs = (0, sdk_1.wrapSecrets)(read.properties, secretNames);
            resource.id = read.id;
            ctx.record(before === JSON.stringify(read.properties) ? { ...step, op: "same" } : step);
        }
        catch (error) {
            ctx.fail(step, error.message);
        }
    }
}
async function destroyAll(ctx) {
    for (const resource of [...ctx.state.resources].reverse()) {
        if (resource.external) {
            ctx.state.resources.splice(ctx.state.resources.indexOf(resource), 1);
            continue;
        }
        await deleteResource(ctx, resource);
    }
    if (ctx.errors.length === 0)
        ctx.state.outputs = {};
}
async function deleteResource(ctx, resource) {
    // The old half of a replacement is part of that replacement, as Pulumi counts it: not a deletion of its own.
    const op = resource.pendingDelete ? "delete-replaced" : "delete";
    const step = { op, urn: resource.urn, name: resource.name, type: resource.type };
    if (ctx.operation === "preview") {
        ctx.record(step);
        return;
    }
    try {
        await deleteOrThrow(ctx, resource);
        ctx.record(step);
    }
    catch (error) {
        ctx.fail(step, error.message);
    }
}
async function deleteOrThrow(ctx, resource) {
    const plugin = await ctx.pluginHost();
    await plugin.delete(resource.id, resource.urn, (0, sdk_1.unwrapSecrets)(resource.outputs).plain);
    const index = ctx.state.resources.indexOf(resource);
    if (index >= 0)
        ctx.state.resources.splice(index, 1);
    ctx.stateFile.save(ctx.state);
}
//# sourceMappingURL=teardown.js.map
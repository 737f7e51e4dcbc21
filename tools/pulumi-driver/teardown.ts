// refresh and destroy: the steps that walk the state rather than the program.
import type { PluginHost } from "./plugin-host";
import { isSecret, unwrapSecrets, wrapSecrets } from "./sdk";
import type { ResourceState, StackState, StateFile } from "./state";
import type { Step } from "./summary";
import type { Operation } from "./engine-types";

/** What these steps need of the engine. */
export interface StepContext {
  readonly operation: Operation;
  readonly state: StackState;
  readonly stateFile: StateFile;
  readonly errors: string[];
  pluginHost(): Promise<PluginHost>;
  record(step: Step): void;
  fail(step: Step, message: string): void;
}

export async function refreshAll(ctx: StepContext): Promise<void> {
  for (const resource of [...ctx.state.resources]) {
    const step: Step = { op: "refresh", urn: resource.urn, name: resource.name, type: resource.type };
    try {
      const plugin = await ctx.pluginHost();
      const read = await plugin.read(
        resource.id,
        resource.urn,
        unwrapSecrets(resource.outputs).plain,
        unwrapSecrets(resource.inputs).plain,
      );
      if (!read.id) {
        ctx.state.resources.splice(ctx.state.resources.indexOf(resource), 1);
        ctx.record({ ...step, op: "delete" });
        continue;
      }
      const secretNames = Object.entries(resource.outputs)
        .filter(([, v]) => isSecret(v))
        .map(([k]) => k);
      const before = JSON.stringify(unwrapSecrets(resource.outputs).plain);
      resource.outputs = wrapSecrets(read.properties, secretNames);
      resource.id = read.id;
      ctx.record(before === JSON.stringify(read.properties) ? { ...step, op: "same" } : step);
    } catch (error) {
      ctx.fail(step, (error as Error).message);
    }
  }
}

export async function destroyAll(ctx: StepContext): Promise<void> {
  for (const resource of [...ctx.state.resources].reverse()) {
    if (resource.external) {
      ctx.state.resources.splice(ctx.state.resources.indexOf(resource), 1);
      continue;
    }
    await deleteResource(ctx, resource);
  }
  if (ctx.errors.length === 0) ctx.state.outputs = {};
}

export async function deleteResource(ctx: StepContext, resource: ResourceState): Promise<void> {
  // The old half of a replacement is part of that replacement, as Pulumi counts it: not a deletion of its own.
  const op = resource.pendingDelete ? "delete-replaced" : "delete";
  const step: Step = { op, urn: resource.urn, name: resource.name, type: resource.type };
  if (ctx.operation === "preview") {
    ctx.record(step);
    return;
  }
  try {
    await deleteOrThrow(ctx, resource);
    ctx.record(step);
  } catch (error) {
    ctx.fail(step, (error as Error).message);
  }
}

export async function deleteOrThrow(ctx: StepContext, resource: ResourceState): Promise<void> {
  const plugin = await ctx.pluginHost();
  await plugin.delete(resource.id, resource.urn, unwrapSecrets(resource.outputs).plain);
  const index = ctx.state.resources.indexOf(resource);
  if (index >= 0) ctx.state.resources.splice(index, 1);
  ctx.stateFile.save(ctx.state);
}

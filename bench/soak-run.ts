// One soak's operations as the engine runs them, and what they add up to.
import { rmSync } from "node:fs";
import type { Emulator } from "../emulator";
import { seededRandom } from "../emulator/seeded-random";
import { resolve, type Resolver } from "../provider/recover/resolve";
import { ProviderError, type PluginHost } from "../tools/pulumi-driver/plugin-host";
import { Hosts, STACKS, type Kind, type Stack } from "./soak-stacks";

// A clear error names IONOS, the request or the key, and says what to do; anything else is unclear.
const CLEAR =
  /(IONOS API|IONOS request|IONOS could not|Key [0-9a-f-]{20,36} was created|POST for user|Access key [0-9a-f-]{36}|An earlier create of).*(\.|\))/s;
const UNCLEAR = /TypeError|ReferenceError|undefined|\[object Object\]|Unexpected struct type/;

export type Step = "create" | "toggle" | "delete";

/** The message of a call whose plugin host was killed under it. */
export function killedHost(message: string): boolean {
  return /No connection established|Connection dropped|UNAVAILABLE|ECONNREFUSED|Call cancelled|socket hang up|ECONNRESET|Channel has been shut down/i.test(
    message,
  );
}

/** Two stacks' operations and their counts: what succeeded, failed clearly, was cut off, or is unclear. */
export class SoakRun {
  readonly stacks: Stack[] = [];
  attempted = 0;
  succeeded = 0;
  failedClearly = 0;
  interrupted = 0;
  shared = 0;
  pluginHostsKilled = 0;
  readonly unclear: string[] = [];
  readonly errors: string[] = [];
  /** Resources whose delete was cut off by a kill: the state may hold a key already gone, as Pulumi's would. */
  readonly cutOffDeletes = new Set<string>();
  /** Kills that took the runner with them: engine gone, pending creates left in the state, a fresh disk. */
  runnersVanished = 0;
  /** Pending creates `recover` resolved: keys imported into the state, and creates proven to have made none. */
  importedByRecover = 0;
  clearedByRecover = 0;

  /**
   * `clockSkewMs`: the first stack's machine is that far ahead of IONOS's clock, the second's that
   * far behind. `resolver`: how `recover` asks IONOS, for the pending creates of vanished runners.
   */
  constructor(
    private readonly hosts: Hosts,
    private readonly resolver: Resolver,
    private readonly clockSkewMs = 0,
  ) {}

  async startStacks(): Promise<void> {
    for (const [index, name] of STACKS.entries()) {
      const machine = {
        journal: this.hosts.newJournal(),
        clockOffsetMs: index === 0 ? this.clockSkewMs : -this.clockSkewMs,
      };
      const pending = { pending: new Map(), orphaned: new Map(), vanished: new WeakSet<PluginHost>() };
      this.stacks.push({ name, state: new Map(), ...machine, ...pending, host: await this.hosts.start(machine) });
    }
  }

  /**
   * The CI recipe's `npx pulumi-ionos-s3key recover` before the next `pulumi up` on a fresh runner:
   * each create its vanished runner left pending is resolved, as recover resolves it, and imported
   * into the state (with the outputs recover writes) or cleared.
   */
  private async recoverPending(stack: Stack): Promise<void> {
    for (const [name, pending] of stack.orphaned) {
      stack.orphaned.delete(name);
      const resolution = await resolve(this.resolver, pending);
      if (resolution.action === "import") {
        // As recover's `pulumi refresh --import-pending-creates` leaves it for the next operation: the id,
        // the inputs, no secret yet (the provider's read or update brings it).
        stack.state.set(name, {
          id: resolution.id,
          outputs: { ...pending.inputs, keyId: resolution.id, secretKey: "" },
        });
        this.importedByRecover++;
      } else if (resolution.action === "clear") this.clearedByRecover++;
      else this.unclear.push(`recover left ${stack.name}/${name} pending: ${resolution.why}`);
    }
  }

  private outcome(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (killedHost(message)) this.interrupted++;
    else if (CLEAR.test(message) && !UNCLEAR.test(message)) this.failedClearly++;
    else this.unclear.push(message);
    if (this.errors.length < 10 && !killedHost(message)) this.errors.push(message.split("\n")[0]);
  }

  private holders(): Map<string, string> {
    return new Map(this.stacks.flatMap((s) => [...s.state].map(([name, r]) => [r.id, `${s.name}/${name}`])));
  }

  /** One operation as the engine runs it; false when it failed. */
  async run(kind: Kind, stack: Stack, index: number, step: Step): Promise<boolean> {
    const name = `${kind.prefix}-${index}`;
    const urn = `urn:pulumi:${stack.name}::soak::pulumi-nodejs:dynamic/ionos:${kind.type}::${name}`;
    const inputs = kind.inputs(index, urn);
    await this.recoverPending(stack);
    // Recover imported the key of this resource's cut-off create: the next up has nothing to create.
    if (step === "create" && stack.state.has(name)) return true;
    this.attempted++;
    let host: PluginHost | undefined;
    try {
      host = await Hosts.of(stack);
      const current = stack.state.get(name);
      if (step === "create") {
        const checked = (await host.check(urn, {}, inputs)).inputs;
        stack.pending.set(name, { urn, kind: kind.type as "S3Key" | "AccessKey", inputs: checked });
        const created = await host.create(urn, checked);
        stack.pending.delete(name);
        const holder = this.holders().get(created.id);
        if (holder !== undefined && holder !== `${stack.name}/${name}`) this.shared++;
        stack.state.set(name, { id: created.id, outputs: created.properties });
        kind.check?.(created.properties);
      } else if (current && step === "toggle") {
        const outputs = await host.update(current.id, urn, current.outputs, { ...inputs, ...kind.updated });
        stack.state.set(name, { id: current.id, outputs });
        kind.check?.(outputs);
      } else if (current) {
        this.cutOffDeletes.add(`${stack.name}/${name}`);
        await host.delete(current.id, urn, current.outputs);
        stack.state.delete(name);
        this.cutOffDeletes.delete(`${stack.name}/${name}`);
      }
      this.succeeded++;
      return true;
    } catch (error) {
      // The engine forgets a pending create that failed; one whose engine vanished stays in the state.
      const pending = stack.pending.get(name);
      stack.pending.delete(name);
      if (pending !== undefined && host !== undefined && stack.vanished.has(host)) stack.orphaned.set(name, pending);
      // A create that left a key behind is recorded by the engine with its id; so here.
      if (error instanceof ProviderError && error.initFailed)
        stack.state.set(name, { id: error.initFailed.id, outputs: error.initFailed.properties });
      this.outcome(error);
      return false;
    }
  }

  /** Create, toggle (S3Key: `active`; AccessKey: a new rotation) and delete, one after the other. */
  async lifecycle(kind: Kind, index: number): Promise<void> {
    const stack = this.stacks[index % this.stacks.length];
    if (!(await this.run(kind, stack, index, "create")) && !stack.state.has(`${kind.prefix}-${index}`)) return;
    await this.run(kind, stack, index, "toggle");
    await this.run(kind, stack, index, "delete");
  }

  /** The next `pulumi up` and `pulumi destroy`: create what never reached the state, then delete. */
  async recover(kind: Kind, index: number): Promise<void> {
    const stack = this.stacks[index % this.stacks.length];
    const name = `${kind.prefix}-${index}`;
    await this.recoverPending(stack);
    for (let attempt = 0; attempt < 5 && !stack.state.has(name); attempt++)
      await this.run(kind, stack, index, "create");
    for (let attempt = 0; attempt < 5 && stack.state.has(name); attempt++) await this.run(kind, stack, index, "delete");
  }

  /**
   * Kills a plugin host at random moments (seeded), each replaced by a new one as the next run would.
   * With `vanish`, the second stack runs on ephemeral runners: each of its kills takes the runner
   * along (its pending creates stay in the state, its journal is gone, the next host starts on a
   * fresh disk, and `recover` runs before its next operation), while the first stack's machine stays
   * and only its plugin hosts die. (A plugin host that dies alone on a runner that is then thrown
   * away leaks: the engine forgets the failed create, and its journal entry goes with the disk.)
   * `stop` ends it.
   */
  startKiller(seed: number, everyMs: number, vanish = false): { stop(): Promise<void> } {
    const random = seededRandom(seed * 7919);
    let killing = everyMs > 0;
    let turn = 0;
    const killer = (async () => {
      while (killing) {
        await new Promise((r) => setTimeout(r, everyMs * (0.5 + random())));
        if (!killing) break;
        // The stacks in turn, so that every kind of machine loses hosts in a short run too.
        const stack = this.stacks[turn++ % this.stacks.length];
        if (stack.restarting) continue;
        const vanishes = vanish && stack === this.stacks[1];
        stack.restarting = (async () => {
          if (vanishes) stack.vanished.add(stack.host);
          process.kill(stack.host.pid!, "SIGKILL");
          await stack.host.stop();
          this.pluginHostsKilled++;
          if (vanishes) {
            rmSync(stack.journal, { recursive: true, force: true });
            stack.journal = this.hosts.newJournal();
            this.runnersVanished++;
          }
          stack.host = await this.hosts.start(stack);
        })().finally(() => (stack.restarting = undefined));
      }
    })();
    return {
      stop: async () => {
        killing = false;
        await killer;
        while (this.stacks.some((s) => s.restarting)) await Promise.all(this.stacks.map((s) => s.restarting));
      },
    };
  }

  /** After the first run: keys a state holds that the emulator lacks (cut-off deletes aside), and ids held twice. */
  lostAndDuplicated(emulator: Emulator, users: readonly string[]): { lost: number; duplicates: number } {
    const onEmulator = new Set([
      ...users.flatMap((u) => emulator.keys(u).map((k) => k.id)),
      ...emulator
        .accessKeys()
        .filter((k) => k.goneAt === undefined)
        .map((k) => k.id),
    ]);
    const inState = this.stacks.flatMap((s) => [...s.state.values()].map((r) => r.id));
    const lost = this.stacks
      .flatMap((s) => [...s.state].filter(([name]) => !this.cutOffDeletes.has(`${s.name}/${name}`)))
      .filter(([, r]) => !onEmulator.has(r.id)).length;
    return { lost, duplicates: inState.length - new Set(inState).size };
  }
}

/** The faults the emulator injected, by kind. */
export function injectedFaults(emulator: Emulator): Record<string, number> {
  const injected: Record<string, number> = {};
  for (const entry of emulator.log) {
    const kind =
      entry.outcome !== "answered"
        ? entry.outcome
        : entry.status === 429
          ? "429"
          : entry.status >= 500
            ? "5xx"
            : undefined;
    if (kind) injected[kind] = (injected[kind] ?? 0) + 1;
  }
  return injected;
}

// What a test (or the emulator's options) steers: the clock, how long requests take, one-off faults,
// failures and privileges. One object, handed to every endpoint; no endpoint keeps such state itself.
import type { InjectedFault } from "./fault-decision";
import type { EmulatorOptions } from "./options";
import { seededRandom } from "./seeded-random";

export class Controls {
  /** The seeded generator every draw comes from (faults, jitter), so runs repeat. */
  readonly random: () => number;
  private requestDelayMs: number;
  private readonly failNext: Array<{ message: string; method?: string }> = [];
  private readonly injected: InjectedFault[] = [];
  private readonly privilegeUntil = new Map<string, number>();

  constructor(
    private readonly options: EmulatorOptions,
    /** The emulator's clock: request timelines, visibility, dates, the rate limit. */
    readonly now: () => number,
  ) {
    this.random = seededRandom(options.faults.seed);
    this.requestDelayMs = options.requestDelayMs;
    const start = now();
    for (const [user, ms] of Object.entries(options.privilegeDelays)) this.privilegeUntil.set(user, start + ms);
  }

  /** Async requests take `ms` from now on (each varied by the jitter option). */
  setRequestDelay(ms: number): void {
    this.requestDelayMs = ms;
  }

  /** How long the next async request takes: the delay, varied by up to the jitter either way. */
  requestDelay({ jitter = true }: { jitter?: boolean } = {}): number {
    const share = this.options.requestDelayJitter;
    return jitter && share > 0 ? this.requestDelayMs * (1 + share * (2 * this.random() - 1)) : this.requestDelayMs;
  }

  /** The next write (the next `method` one, if given) ends FAILED with `message`. */
  failNextRequest(message: string, method?: string): void {
    this.failNext.push({ message, ...(method !== undefined ? { method } : {}) });
  }

  /** The failure the next write of `method` must end with: injected first, else drawn at `failRequestRate`. */
  failureFor(method: string): string | undefined {
    const index = this.failNext.findIndex((f) => f.method === undefined || f.method === method);
    if (index >= 0) return this.failNext.splice(index, 1)[0].message;
    const rate = this.options.faults.failRequestRate;
    return rate > 0 && this.random() < rate ? "Injected failure: the request could not be processed." : undefined;
  }

  /** The next request (the next `fault.method` one, if given) suffers this fault. */
  injectFault(fault: InjectedFault): void {
    this.injected.push(fault);
  }

  /** The one-off fault for a request of `method`, taken. */
  takeInjected(method: string): InjectedFault | undefined {
    const index = this.injected.findIndex((f) => f.method === undefined || f.method === method);
    return index >= 0 ? this.injected.splice(index, 1)[0] : undefined;
  }

  /** Creates for this user fail with the ACCESS_S3_OBJECT_STORAGE 422 for `ms` from now. */
  withholdPrivilege(userId: string, ms: number): void {
    this.privilegeUntil.set(userId, this.now() + ms);
  }

  /** Whether the user still lacks the privilege now. */
  privilegePending(userId: string): boolean {
    return (this.privilegeUntil.get(userId) ?? 0) > this.now();
  }
}

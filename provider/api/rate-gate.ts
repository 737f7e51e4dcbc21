import { defaultSleep } from "./sleep";
import { rateLimitBudget } from "./retry-policy";

/**
 * Paces the requests of one provider process once IONOS says its rate budget is spent (a 429, or
 * `X-RateLimit-Remaining: 0`): for the next minute, requests start one `60 s / X-RateLimit-Limit`
 * apart, and none before a `Retry-After` has passed. Shared by every operation in the process, so
 * parallel resources do not stampede the API the moment a Retry-After ends. No wait is without
 * bound: the pacing is at most `maxIntervalMs` a request whatever the limit header says (an absurd
 * `X-RateLimit-Limit: 0.001` would space requests 16.7 hours apart), and one pass waits at most
 * what its caller allows (the request's timeout).
 */
export class RateGate {
  private nextSlot = 0;
  private pacedUntil = 0;
  private intervalMs = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = defaultSleep,
    private readonly maxIntervalMs: number = 60_000,
  ) {}

  /** Waits for this request's turn, at most `maxWaitMs`; resolves to the time waited. */
  async pass(maxWaitMs: number = Number.POSITIVE_INFINITY): Promise<number> {
    const now = this.now();
    if (now >= this.pacedUntil && now >= this.nextSlot) return 0;
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + (now < this.pacedUntil ? this.intervalMs : 0);
    const wait = Math.min(slot - now, maxWaitMs);
    if (wait > 0) await this.sleep(wait);
    return Math.max(0, wait);
  }

  /** Learns from an answer's rate-limit headers. */
  observe(status: number, headers: { get(name: string): string | null }): void {
    const { limit, remaining } = rateLimitBudget(headers);
    if ((status === 429 || remaining === 0) && limit > 0) {
      this.intervalMs = Math.min(60_000 / limit, this.maxIntervalMs);
      this.pacedUntil = this.now() + 60_000;
    }
  }

  /** No request starts before `ms` from now (a Retry-After). */
  holdFor(ms: number): void {
    this.nextSlot = Math.max(this.nextSlot, this.now() + Math.min(ms, this.maxIntervalMs));
  }
}

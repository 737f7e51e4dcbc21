/** A token bucket for requests per minute, plus a cap on requests in flight. */
export class RateLimiter {
  private tokens: number;
  private last: number;
  private inFlight = 0;

  constructor(
    readonly perMinute: number,
    readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one slot, or says how long to wait (ms) for one. */
  acquire(): { ok: true; remaining: number } | { ok: false; retryAfterMs: number; remaining: number } {
    if (this.perMinute <= 0 || this.burst <= 0) {
      this.inFlight++;
      return { ok: true, remaining: Number.MAX_SAFE_INTEGER };
    }
    this.refill();
    if (this.inFlight >= this.burst) return { ok: false, retryAfterMs: 1000, remaining: Math.floor(this.tokens) };
    if (this.tokens < 1)
      return { ok: false, retryAfterMs: Math.ceil(((1 - this.tokens) * 60_000) / this.perMinute), remaining: 0 };
    this.tokens -= 1;
    this.inFlight++;
    return { ok: true, remaining: Math.floor(this.tokens) };
  }

  release(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.perMinute) / 60_000);
    this.last = now;
  }
}

import type { FaultOptions } from "./options";

/** A one-off fault: drop the connection (before or after applying a write), or answer a status instead. */
export interface InjectedFault {
  /** Only requests of this HTTP method; any when absent. */
  readonly method?: string;
  /** Drop the connection before the request is applied, after it is, or answer `status`. */
  readonly kind: "drop" | "drop-after-write" | "status";
  /** For `status`: the answer; with `afterWrite`, the write is applied first. */
  readonly status?: number;
  /** For `status`: apply the write, then answer the status anyway. */
  readonly afterWrite?: boolean;
}

/** What happens to one request: a delay, then maybe a fault before it is applied, or after a write. */
export interface FaultDecision {
  readonly latencyMs: number;
  readonly before?: { readonly kind: "drop" } | { readonly kind: "status"; readonly status: number };
  /** `drawn`: from `dropAfterWriteRate`, so only for a write that started a request; injected ones always apply. */
  readonly afterWrite?:
    { readonly kind: "drop"; readonly drawn?: boolean } | { readonly kind: "status"; readonly status: number };
}

/**
 * Decides the faults of one request from the seeded rates, then from the one-off fault that matches
 * it (taken only when no drawn fault came first, so it waits for the next request). Pure but for
 * `random`, the seeded generator, so runs repeat; draws are made in a fixed order whatever the outcome.
 */
export function decideFaults(
  faults: FaultOptions,
  random: () => number,
  takeInjected: () => InjectedFault | undefined,
): FaultDecision {
  const draw = (rate: number) => rate > 0 && random() < rate;
  const latencyMs = faults.latencyMs + (faults.latencyJitterMs > 0 ? random() * faults.latencyJitterMs : 0);
  const rateLimited = draw(faults.rateLimitRate);
  const dropped = draw(faults.dropRate);
  const errored = draw(faults.errorRate);
  const errorStatus = faults.errorRate > 0 && random() < 0.5 ? 500 : 503;
  const droppedAfterWrite = draw(faults.dropAfterWriteRate);
  if (rateLimited) return { latencyMs, before: { kind: "status", status: 429 } };
  if (dropped) return { latencyMs, before: { kind: "drop" } };
  if (errored) return { latencyMs, before: { kind: "status", status: errorStatus } };
  const injected = takeInjected();
  if (injected?.kind === "drop") return { latencyMs, before: { kind: "drop" } };
  if (injected?.kind === "status" && !injected.afterWrite)
    return { latencyMs, before: { kind: "status", status: injected.status ?? 500 } };
  if (injected?.kind === "drop-after-write") return { latencyMs, afterWrite: { kind: "drop" } };
  if (injected?.kind === "status") return { latencyMs, afterWrite: { kind: "status", status: injected.status ?? 500 } };
  return droppedAfterWrite ? { latencyMs, afterWrite: { kind: "drop", drawn: true } } : { latencyMs };
}

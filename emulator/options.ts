import { randomInt } from "node:crypto";

/** Faults the emulator injects, decided by a seeded generator so runs repeat. Rates are 0..1. */
export interface FaultOptions {
  /** @default 1 */
  readonly seed: number;
  /** Share of requests answered 500 or 503 (half each) without being applied. @default 0 */
  readonly errorRate: number;
  /** Share of requests answered 429 with `Retry-After: 1`, whatever the budget. @default 0 */
  readonly rateLimitRate: number;
  /** Share of requests whose connection is dropped before they are applied. @default 0 */
  readonly dropRate: number;
  /** Share of writes whose connection is dropped after they were applied: the client cannot know. @default 0 */
  readonly dropAfterWriteRate: number;
  /** Share of writes whose async request ends FAILED (and is not applied). @default 0 */
  readonly failRequestRate: number;
  /** Added to every answer, in ms. @default 0 */
  readonly latencyMs: number;
  /** A random extra up to this many ms on top of `latencyMs`. @default 0 */
  readonly latencyJitterMs: number;
}

/** Another IONOS account behind the same endpoint: its own token, contract, users, keys and requests. */
export interface EmulatorAccount {
  /** The Bearer token that acts for this contract. */
  readonly token: string;
  /** Its contract number, as `GET /contracts` answers it. */
  readonly contractNumber: number;
}

/** Everything `startEmulator` and `ionos-emulator` accept. */
export interface EmulatorOptions {
  /** 0 picks a free port. @default 0 */
  readonly port: number;
  /** @default "127.0.0.1" */
  readonly host: string;
  /** The Bearer token accepted. @default "emulator-token" */
  readonly token: string;
  /** A Bearer token that authenticates but lacks privileges: every write answers 403. @default "emulator-restricted-token" */
  readonly restrictedToken: string;
  /**
   * The contract that `token`, `restrictedToken` and the Basic credentials act for. When not given:
   * the one the state file kept, else a number of the emulator's own, so that two emulators are two
   * accounts, as two IONOS contracts are. @default a random 8-digit number
   */
  readonly contractNumber: number;
  /**
   * Further accounts, each a token acting for its own contract: another contract's users, keys,
   * access keys and requests answer as unknown ones, as IONOS answers them. @default []
   */
  readonly accounts: readonly EmulatorAccount[];
  /** The Basic username accepted. @default "emulator@example.com" */
  readonly username: string;
  /** The Basic password accepted. @default "emulator-password" */
  readonly password: string;
  /** The users that exist. Empty: any UUID is a user, made on first use. @default [] */
  readonly users: readonly string[];
  /** @default 5 */
  readonly maxKeysPerUser: number;
  /** How long an async request takes from QUEUED to DONE, in ms. @default 50 */
  readonly requestDelayMs: number;
  /** Each request's duration varies by up to this share either way (0.08: ±8 %), from the seeded generator. @default 0 */
  readonly requestDelayJitter: number;
  /** How long a new key stays invisible to GET and list (eventual consistency), in ms. @default 0 */
  readonly visibilityDelayMs: number;
  /** The status for an unknown key: 422 `[VDC-21-2]` as the real API, or 404. @default 422 */
  readonly keyNotFoundStatus: 404 | 422;
  /** Requests per minute, averaged (token bucket). 0 turns the limit off. @default 6000 */
  readonly rateLimitPerMinute: number;
  /** Requests at once, and the bucket's size. 0 turns the limit off. @default 100 */
  readonly rateLimitBurst: number;
  /** Users whose create fails with the ACCESS_S3_OBJECT_STORAGE 422 for this many ms after start. @default {} */
  readonly privilegeDelays: Readonly<Record<string, number>>;
  /** How long a write's request stays out of `GET /requests` (the list lagging behind writes), in ms. @default 0 */
  readonly requestListLagMs: number;
  /**
   * Whether the Requests API records the client's own headers (IONOS does not document which headers
   * it keeps). False keeps only standard ones such as Accept and User-Agent. @default true
   */
  readonly recordCustomHeaders: boolean;
  /** Load from and save to this JSON file, so a demo survives a restart. @default undefined */
  readonly stateFile?: string;
  /**
   * Entries the request log keeps at most; past it the oldest tenth is dropped, so junk traffic
   * cannot grow the emulator without bound (each entry's path is cut to 512 characters too).
   * @default 100000
   */
  readonly logLimit: number;
  /**
   * How long a request's body may take to arrive, in ms: past it the answer is 408 and the connection
   * closes. Bodies are read before a rate-limit slot is taken, so slow clients hold no slot. @default 10000
   */
  readonly bodyTimeoutMs: number;
  /** Faults injected at random, by rate (all 0 by default): errors, 429s, dropped connections. */
  readonly faults: FaultOptions;
}

export const defaultFaults: FaultOptions = {
  seed: 1,
  errorRate: 0,
  rateLimitRate: 0,
  dropRate: 0,
  dropAfterWriteRate: 0,
  failRequestRate: 0,
  latencyMs: 0,
  latencyJitterMs: 0,
};

/** The emulator's settings when none are given: a local port of the system's choice, no faults. */
export const defaultEmulatorOptions: EmulatorOptions = {
  port: 0,
  host: "127.0.0.1",
  token: "emulator-token",
  restrictedToken: "emulator-restricted-token",
  contractNumber: 31000001,
  accounts: [],
  username: "emulator@example.com",
  password: "emulator-password",
  users: [],
  maxKeysPerUser: 5,
  requestDelayMs: 50,
  requestDelayJitter: 0,
  visibilityDelayMs: 0,
  keyNotFoundStatus: 422,
  rateLimitPerMinute: 6000,
  rateLimitBurst: 100,
  privilegeDelays: {},
  requestListLagMs: 0,
  recordCustomHeaders: true,
  logLimit: 100_000,
  bodyTimeoutMs: 10_000,
  faults: defaultFaults,
};

/** What {@link startEmulator} takes: any of {@link EmulatorOptions}, the rest from {@link defaultEmulatorOptions}. */
export type EmulatorOptionsInput = Partial<Omit<EmulatorOptions, "faults">> & {
  /** Any of the fault rates; the rest stay 0. */
  readonly faults?: Partial<FaultOptions>;
};

export function resolveOptions(input: EmulatorOptionsInput = {}): EmulatorOptions {
  return {
    ...defaultEmulatorOptions,
    contractNumber: 31_000_000 + randomInt(1, 1_000_000),
    ...input,
    faults: { ...defaultFaults, ...input.faults },
  };
}

#!/usr/bin/env node
import { parseArgs } from "node:util";
import { emulatorSettings, startEmulator, type EmulatorOptionsInput } from "./index";
import { resolveOptions } from "./options";

/** A value as a POSIX shell reads it back unchanged. */
const shellQuoted = (value: string) => `'${value.replace(/'/g, "'\\''")}'`;

const USAGE = `Usage: ionos-emulator [options]
  --port N                 port to listen on; 0 picks a free one (default 0)
  --host H                 address to bind (default 127.0.0.1)
  --token T                Bearer token accepted (default emulator-token)
  --restricted-token T     a Bearer token whose writes answer 403 (default emulator-restricted-token)
  --contract-number N      the contract those credentials act for (default: the state file's, else a random one)
  --account N:TOKEN        another account: TOKEN acts for contract N, with its own users and keys (repeatable)
  --username U --password P  Basic credentials accepted (default emulator@example.com / emulator-password)
  --user UUID              a user that exists (repeat); without it every UUID is a user
  --max-keys N             keys per user (default 5)
  --request-delay MS       time an async request takes to be DONE (default 50)
  --request-jitter R       each request's duration varies by up to R either way (0.08 = ±8 %)
  --visibility-delay MS    time a new key stays invisible to GET and list (default 0)
  --request-list-lag MS     time a write stays out of GET /requests (default 0)
  --no-custom-headers      the Requests API records only standard headers, not the client's own
  --key-not-found-404      answer 404 instead of 422 [VDC-21-2] for an unknown key
  --rate-limit N           requests per minute (default 6000; 0 = off)
  --burst N                requests at once and bucket size (default 100; 0 = off)
  --seed N                 seed for injected faults (default 1)
  --error-rate R           share of 500/503 answers (0..1)
  --rate-limit-rate R      share of 429 answers regardless of the budget
  --drop-rate R            share of dropped connections before the request is applied
  --drop-after-write-rate R  share of writes applied and then dropped
  --fail-rate R            share of writes whose async request ends FAILED
  --latency MS             added latency; --latency-jitter MS adds a random extra
  --privilege-delay UUID=MS  the user's creates fail with the privilege 422 for MS after start (repeat)
  --state-file PATH        load and save keys and access keys here, so they survive a restart
  --print-env              print the settings for both APIs as shell exports and exit (needs --port N),
                           e.g. eval "$(ionos-emulator --port 4010 --print-env)"
  --help`;

function num(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} "${value}" is not a non-negative number`);
  return n;
}

const OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  token: { type: "string" },
  "restricted-token": { type: "string" },
  "contract-number": { type: "string" },
  account: { type: "string", multiple: true },
  username: { type: "string" },
  password: { type: "string" },
  user: { type: "string", multiple: true },
  "max-keys": { type: "string" },
  "request-delay": { type: "string" },
  "visibility-delay": { type: "string" },
  "request-jitter": { type: "string" },
  "key-not-found-404": { type: "boolean" },
  "request-list-lag": { type: "string" },
  "no-custom-headers": { type: "boolean" },
  "rate-limit": { type: "string" },
  burst: { type: "string" },
  seed: { type: "string" },
  "error-rate": { type: "string" },
  "rate-limit-rate": { type: "string" },
  "drop-rate": { type: "string" },
  "drop-after-write-rate": { type: "string" },
  "fail-rate": { type: "string" },
  latency: { type: "string" },
  "latency-jitter": { type: "string" },
  "privilege-delay": { type: "string", multiple: true },
  "state-file": { type: "string" },
  "print-env": { type: "boolean" },
  help: { type: "boolean" },
} as const;

/** The emulator's options from the command line's values; what is not given keeps its default. */
function emulatorOptions(
  values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>["values"],
): EmulatorOptionsInput {
  const privilegeDelays: Record<string, number> = {};
  for (const item of values["privilege-delay"] ?? []) {
    const [user, ms] = item.split("=");
    privilegeDelays[user] = num(ms, "privilege-delay") ?? 0;
  }
  const faults = Object.fromEntries(
    Object.entries({
      seed: num(values.seed, "seed"),
      errorRate: num(values["error-rate"], "error-rate"),
      rateLimitRate: num(values["rate-limit-rate"], "rate-limit-rate"),
      dropRate: num(values["drop-rate"], "drop-rate"),
      dropAfterWriteRate: num(values["drop-after-write-rate"], "drop-after-write-rate"),
      failRequestRate: num(values["fail-rate"], "fail-rate"),
      latencyMs: num(values.latency, "latency"),
      latencyJitterMs: num(values["latency-jitter"], "latency-jitter"),
    }).filter(([, v]) => v !== undefined),
  );
  return Object.fromEntries(
    Object.entries({
      port: num(values.port, "port"),
      host: values.host,
      token: values.token,
      restrictedToken: values["restricted-token"],
      contractNumber: num(values["contract-number"], "contract-number"),
      accounts: values.account?.map(parseAccount),
      username: values.username,
      password: values.password,
      users: values.user,
      maxKeysPerUser: num(values["max-keys"], "max-keys"),
      requestDelayMs: num(values["request-delay"], "request-delay"),
      visibilityDelayMs: num(values["visibility-delay"], "visibility-delay"),
      requestDelayJitter: num(values["request-jitter"], "request-jitter"),
      keyNotFoundStatus: values["key-not-found-404"] ? 404 : undefined,
      requestListLagMs: num(values["request-list-lag"], "request-list-lag"),
      recordCustomHeaders: values["no-custom-headers"] ? false : undefined,
      rateLimitPerMinute: num(values["rate-limit"], "rate-limit"),
      rateLimitBurst: num(values.burst, "burst"),
      privilegeDelays,
      stateFile: values["state-file"],
      faults,
    }).filter(([, v]) => v !== undefined),
  );
}

/** `--account 31000002:token-b`: another account's contract number and token. */
function parseAccount(item: string): { contractNumber: number; token: string } {
  const colon = item.indexOf(":");
  const contractNumber = num(item.slice(0, colon), "account");
  if (colon < 0 || contractNumber === undefined || item.slice(colon + 1) === "")
    throw new Error(`--account "${item}" must be CONTRACT:TOKEN, e.g. 31000002:another-token`);
  return { contractNumber, token: item.slice(colon + 1) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: OPTIONS });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const options = emulatorOptions(values);
  if (values["print-env"]) {
    if (!options.port) throw new Error("--print-env needs the port the emulator listens on: --port N (not 0)");
    const resolved = resolveOptions(options);
    const url = `http://${resolved.host.includes(":") ? `[${resolved.host}]` : resolved.host}:${resolved.port}`;
    for (const [name, value] of Object.entries(emulatorSettings(url, resolved.token)))
      console.log(`export ${name}=${shellQuoted(value)}`);
    return;
  }
  const emulator = await startEmulator(options);
  console.log(`IONOS emulator listening on ${emulator.url}`);
  // Both APIs, always together: a program tested locally must not send one kind of key to IONOS.
  for (const [name, value] of Object.entries(emulatorSettings(emulator.objectStorageUrl, emulator.options.token)))
    console.log(`  ${name}=${value}`);
  console.log(`  (or Basic: IONOS_USERNAME=${emulator.options.username} IONOS_PASSWORD=${emulator.options.password})`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`ionos-emulator: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
});

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolveOptions, type EmulatorOptions, type EmulatorOptionsInput } from "./options";
import type { StoredAccessKey } from "./accesskey-endpoints";
import { EmulatorHandler, type InjectedFault, type LogEntry } from "./server";
import { Store, type StoredKey, type StoredRequest } from "./store";
import { accountOwner } from "./accounts";

export type { EmulatorAccount, EmulatorOptions, EmulatorOptionsInput, FaultOptions } from "./options";
export { defaultEmulatorOptions } from "./options";
export type { InjectedFault, LogEntry } from "./server";
export type { StoredKey, StoredRequest, WriteRecord } from "./store";
export type { StoredAccessKey } from "./accesskey-endpoints";

/** A running emulator. */
export interface Emulator {
  /** `http://127.0.0.1:PORT`: set it as IONOS_API_URL. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** The options in force, defaults applied (credentials included). */
  readonly options: EmulatorOptions;
  /** Every request so far, oldest first. */
  readonly log: readonly LogEntry[];
  /** Empties the request log. */
  clearLog(): void;
  /** The user's keys, invisible ones included. */
  keys(userId: string): StoredKey[];
  /** An async request by id, with its timeline. */
  request(requestId: string): StoredRequest | undefined;
  /**
   * The Object Storage Management API's base (`/accesskeys` at its root), served by the same server
   * with the same credentials, faults and rate limit: set it as IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT.
   */
  readonly objectStorageUrl: string;
  /**
   * The access keys of a contract (the emulator's own by default), deleted ones still DESTROYING
   * included, with their current secrets.
   */
  accessKeys(contractNumber?: number): StoredAccessKey[];
  /** The S3 keys of every user of a contract, invisible ones included. */
  contractKeys(contractNumber: number): StoredKey[];
  /** An access key that belongs to another party: an ensure PUT to its id answers 409. */
  seedForeignAccessKey(id?: string): string;
  /** Deletes an access key behind the provider's back. */
  deleteAccessKeyOutside(id: string): boolean;
  /** Deletes a key behind the provider's back, as someone in the DCD would. */
  deleteKeyOutside(keyId: string): boolean;
  /** The next write's async request (the next `method` one, if given) ends FAILED with this message. */
  failNextRequest(message?: string, method?: "POST" | "PUT" | "DELETE"): void;
  /** The next request (the next `fault.method` one, if given) suffers this fault. */
  injectFault(fault: InjectedFault): void;
  /** Creates for this user fail with the ACCESS_S3_OBJECT_STORAGE 422 for `ms` from now. */
  withholdPrivilege(userId: string, ms: number): void;
  /** Changes how long async requests take from now on. */
  setRequestDelay(ms: number): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/**
 * The settings that point a program, the Pulumi CLI or a test suite at an emulator at `url`: both
 * APIs (the Cloud API for S3Key and the Object Storage Management API for AccessKey, one server),
 * and the token. Set them all, so that nothing goes to IONOS by accident.
 */
export function emulatorSettings(url: string, token: string): Record<string, string> {
  return { IONOS_API_URL: url, IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: url, IONOS_TOKEN: token };
}

/** The options in force and the store: the state file keeps the emulator's own contract, so a restart is the same account. */
function openStore(input: EmulatorOptionsInput): { options: EmulatorOptions; store: Store } {
  const store = new Store(input.stateFile);
  const options = resolveOptions({
    ...input,
    ...(input.contractNumber === undefined && store.savedContractNumber !== undefined
      ? { contractNumber: store.savedContractNumber }
      : {}),
  });
  store.savedContractNumber = options.contractNumber;
  return { options, store };
}

/**
 * Starts a local IONOS Cloud API v6 emulator for object storage keys. `clock` (default `Date.now`)
 * drives request timelines, visibility, dates and the rate limit, so a test can move time itself.
 */
export async function startEmulator(
  input: EmulatorOptionsInput = {},
  { clock = Date.now }: { readonly clock?: () => number } = {},
): Promise<Emulator> {
  const { options, store } = openStore(input);
  const handler = new EmulatorHandler(options, clock, store);
  const server: Server = createServer((req, res) => void handler.handle(req, res));
  server.on("clientError", (_error, socket) => {
    if (socket.writable)
      socket.end(
        "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" +
          JSON.stringify({
            httpStatus: 400,
            messages: [{ errorCode: "[VDC-1-2]", message: "Malformed HTTP request." }],
          }),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host}:${port}`;
  handler.origin = url;
  return {
    url,
    objectStorageUrl: url,
    port,
    options,
    accessKeys: (contract = options.contractNumber) => handler.accessKeys.ownedBy(accountOwner(contract)),
    contractKeys: (contract) =>
      [...handler.store.keys.values()].filter(
        (k) => handler.store.contractOfUser(k.userId, options.contractNumber) === contract,
      ),
    seedForeignAccessKey: (id) => handler.accessKeys.seedForeign(id),
    deleteAccessKeyOutside: (id) => handler.accessKeys.keys.delete(id),
    get log() {
      return handler.log;
    },
    clearLog: () => void handler.log.splice(0),
    keys: (userId) => handler.store.keysOf(userId),
    request: (requestId) => handler.store.requests.get(requestId),
    deleteKeyOutside: (keyId) => {
      const deleted = handler.store.keys.delete(keyId);
      handler.store.save();
      return deleted;
    },
    failNextRequest: (message = "Injected failure: the request could not be processed.", method) =>
      handler.controls.failNextRequest(message, method),
    injectFault: (fault) => handler.controls.injectFault(fault),
    withholdPrivilege: (userId, ms) => handler.controls.withholdPrivilege(userId, ms),
    setRequestDelay: (ms) => handler.controls.setRequestDelay(ms),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

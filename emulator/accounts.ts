// Accounts: every IONOS account reaches the same endpoint, and its credentials say which contract a
// call acts for (see auth.ts). Each contract's users, keys, access keys and requests are its own.
import type { EmulatorOptions } from "./options";
import { BASE, type RouteDef } from "./routes";

/** The owner of the access keys made through credentials acting for `contract`. */
export function accountOwner(contract: number): string {
  return `contract ${contract}`;
}

/** The contract number of an owner named by `accountOwner` ("contract 31000001"); another party's is 0. */
export function contractOf(owner: string): string {
  return /^contract (\d+)$/.exec(owner)?.[1] ?? "0";
}

/**
 * `GET /contracts`: the contract the credentials act for, shaped as IONOS's Cloud API v6 answers it
 * (a `contracts` collection of one `contract`).
 */
export function contractRoutes(options: EmulatorOptions): RouteDef[] {
  return [
    {
      method: "GET",
      pattern: `${BASE}/contracts`,
      handler: (call) => ({
        reply: {
          status: 200,
          body: {
            type: "contracts",
            items: [
              {
                type: "contract",
                properties: {
                  contractNumber: call.contract,
                  owner:
                    call.contract === options.contractNumber
                      ? options.username
                      : `contract-${call.contract}@example.com`,
                  status: "BILLABLE",
                  regDomain: "ionos.de",
                },
              },
            ],
          },
        },
      }),
    },
  ];
}

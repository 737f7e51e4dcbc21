import type { IonosHttpClient } from "./client";
import { ContractsSchema } from "./schemas";

/** `GET /contracts`: which contract the client's credentials act for (a key lives in exactly one). */
export class ContractsApi {
  constructor(private readonly client: IonosHttpClient) {}

  /** The contract number the credentials (and `X-Contract-Number`, when set) act for. */
  async current(): Promise<number> {
    const { data } = await this.client.request({ method: "GET", path: "/contracts", schema: ContractsSchema });
    return data.items[0].properties.contractNumber;
  }
}

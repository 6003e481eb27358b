import "server-only";
import { headers } from "next/headers";

/** Written by scripts/serve.mjs from the connection and the trusted proxies; any copy a client sends is dropped there. */
const CLIENT_ADDRESS_HEADER = "x-candle-client-address";

/**
 * The visitor's address, for rate limits. Served any other way than by
 * scripts/serve.mjs (`next dev`, say) every visitor shares one "unknown" bucket:
 * stricter, never looser, since X-Forwarded-For alone is the client's to choose.
 */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || "unknown";
}

import "server-only";
import { headers } from "next/headers";
import { config } from "../config";

/**
 * The visitor's address, for rate limits. Next.js appends the connecting peer to
 * X-Forwarded-For; behind TRUSTED_PROXIES reverse proxies the visitor is that many
 * entries further left. Entries further left still are whatever the client claimed.
 */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  const forwarded = (list.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded.at(-1 - config.trustedProxies) ?? forwarded[0] ?? list.get("x-real-ip") ?? "unknown";
}

import { createHmac } from "node:crypto";

/**
 * The app has one server secret. Each use gets its own key derived from it, so a
 * MAC made for one purpose (say a form token) is never accepted for another.
 */
export function purposeSecret(secret: string, purpose: string): string {
  if (!secret) throw new Error("the server secret is empty");
  return createHmac("sha256", secret).update(`candle/${purpose}`).digest("base64url");
}

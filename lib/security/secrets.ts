import { createHash, randomBytes } from "node:crypto";

/** A URL-safe secret with 256 bits of entropy, for links we email or hand out. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Secrets are stored only as this hash; a leaked database leaks no working link. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { purposeSecret } from "../security/purpose-secret";

export type FormTokenCheck = "ok" | "missing" | "invalid" | "too-fast" | "expired";
export type FormTokenAge = { minAgeMs: number; maxAgeMs: number };

/** Nobody reads a mentor's page and writes to them in under 4 seconds; a tab may stay open all day. */
export const BOOKING_FORM_AGE: FormTokenAge = { minAgeMs: 4_000, maxAgeMs: 24 * 60 * 60_000 };

const ISSUED_AT_BYTES = 8;
const NONCE_BYTES = 8;
const HEAD_BYTES = ISSUED_AT_BYTES + NONCE_BYTES;
const MAC_BYTES = 32;
const MAX_TOKEN_CHARS = 64;

/**
 * A hidden form field proving the form was rendered by Candle for `subject` (what
 * it books, e.g. a mentor's id) at a known time: base64url of the issue time in
 * milliseconds (8 bytes, big-endian) and a random nonce (8 bytes, so every form
 * has its own token and can be spent once), followed by their HMAC-SHA256.
 */
export function issueFormToken(secret: string, subject: string, now = new Date()): string {
  const head = Buffer.concat([Buffer.alloc(ISSUED_AT_BYTES), randomBytes(NONCE_BYTES)]);
  head.writeBigUInt64BE(BigInt(now.getTime()));
  return Buffer.concat([head, sign(secret, head, subject)]).toString("base64url");
}

export function checkFormToken(
  token: string | null | undefined,
  secret: string,
  subject: string,
  now: Date,
  { minAgeMs, maxAgeMs }: FormTokenAge,
): FormTokenCheck {
  if (typeof token !== "string" || token.trim() === "") return "missing";
  if (token.length > MAX_TOKEN_CHARS) return "invalid";
  const bytes = Buffer.from(token, "base64url");
  if (bytes.length !== HEAD_BYTES + MAC_BYTES || bytes.toString("base64url") !== token) return "invalid";
  const head = bytes.subarray(0, HEAD_BYTES);
  if (!timingSafeEqual(bytes.subarray(HEAD_BYTES), sign(secret, head, subject))) return "invalid";
  // A token from the future (clocks of two instances disagreeing) counts as too fast.
  const age = now.getTime() - Number(head.readBigUInt64BE());
  if (age < minAgeMs) return "too-fast";
  if (age > maxAgeMs) return "expired";
  return "ok";
}

function sign(secret: string, head: Buffer, subject: string): Buffer {
  return createHmac("sha256", purposeSecret(secret, "form-token")).update(head).update(subject, "utf8").digest();
}

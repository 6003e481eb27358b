import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const INFO = "candle calendar sources v1";

/** A key of its own for calendar secrets, so no other use of the app secret can unseal them. */
function keyFrom(appSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", appSecret, "candle", INFO, 32));
}

/** AES-256-GCM with a fresh nonce; the text is bound to the row it belongs to (`context`). */
export function seal(plain: string, appSecret: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(appSecret), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** Throws if the text was altered, sealed for another row, or with another secret. */
export function unseal(sealed: string, appSecret: string, context: string): string {
  const [version, data] = sealed.split(".");
  if (version !== VERSION || !data) throw new Error("unknown sealed format");
  const bytes = Buffer.from(data, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(appSecret), bytes.subarray(0, 12));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
}

/** Enough of an address to recognise it, not enough to use it: host and the last four characters. */
export function maskUrl(url: string): string {
  const parsed = new URL(url);
  const rest = `${parsed.pathname}${parsed.search}`;
  const tail = rest.length > 8 ? rest.slice(-4) : "";
  return `${parsed.protocol}//${parsed.host}/…${tail}`;
}

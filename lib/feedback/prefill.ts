import { createHmac, timingSafeEqual } from "node:crypto";

// After a session, a founder who books again should not type their details again.
// The feedback page's buttons (forms the founder submits) leave this cookie: the
// booking it names is where the next booking form takes its values from, shown
// only in that founder's own browser and only filled in, never submitted for them.

export const PREFILL_COOKIE = "candle-founder";
export const PREFILL_MAX_AGE_SECONDS = 2 * 3600;

const signature = (secret: string, bookingId: string, expires: number) =>
  createHmac("sha256", secret).update(`prefill:${bookingId}:${expires}`).digest("base64url");

export function prefillCookieValue(secret: string, bookingId: string, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + PREFILL_MAX_AGE_SECONDS;
  return `${bookingId}.${expires}.${signature(secret, bookingId, expires)}`;
}

/** The booking a prefill cookie names, if it is ours, unaltered and unexpired. */
export function readPrefillCookie(secret: string, value: string | undefined, now: Date): string | null {
  const match = value?.match(/^([A-Za-z0-9_-]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/);
  if (!match) return null;
  const [, bookingId, expiresText, given] = match as unknown as [string, string, string, string];
  const expires = Number(expiresText);
  if (expires * 1000 <= now.getTime()) return null;
  const expected = Buffer.from(signature(secret, bookingId, expires));
  return timingSafeEqual(expected, Buffer.from(given)) ? bookingId : null;
}

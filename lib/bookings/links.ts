import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import type { Locale } from "../i18n/languages";
import { localisedPath } from "../i18n/paths";
import { hashSecret } from "../security/secrets";

export type LinkKind = "confirm" | "manage";

/**
 * The secret in a booking's emailed links, derived from the app secret and the
 * booking id, so every later email can carry the same link while the database
 * keeps only its hash. 256 bits; rotating the app secret retires all links.
 */
export function bookingLinkToken(secret: string, kind: LinkKind | "outcome", bookingId: string): string {
  return createHmac("sha256", secret).update(`${kind}:${bookingId}`).digest("base64url");
}

export function bookingLinkHashes(secret: string, bookingId: string) {
  return {
    confirmTokenHash: hashSecret(bookingLinkToken(secret, "confirm", bookingId)),
    manageTokenHash: hashSecret(bookingLinkToken(secret, "manage", bookingId)),
  };
}

/** The founder's links, opening their pages in the language they booked in. */
export function bookingUrls(publicUrl: string, secret: string, bookingId: string, locale: Locale) {
  return {
    confirmUrl: `${publicUrl}${localisedPath(locale, `/bookings/confirm/${bookingLinkToken(secret, "confirm", bookingId)}`)}`,
    manageUrl: `${publicUrl}${localisedPath(locale, `/bookings/manage/${bookingLinkToken(secret, "manage", bookingId)}`)}`,
  };
}

/**
 * The volunteer's "did it take place?" link. It names the booking and carries a
 * secret derived from it, so nothing is stored and it works without signing in;
 * it can only record that one session's outcome.
 */
export function outcomeUrl(publicUrl: string, secret: string, bookingId: string, outcome: "held" | "no_show", locale: Locale): string {
  return `${publicUrl}${localisedPath(locale, "/sessions")}/${encodeURIComponent(bookingId)}/outcome/${bookingLinkToken(secret, "outcome", bookingId)}?mark=${outcome}`;
}

export function isOutcomeKey(secret: string, bookingId: string, key: string): boolean {
  if (!isWellFormedToken(key)) return false;
  return timingSafeEqual(Buffer.from(bookingLinkToken(secret, "outcome", bookingId)), Buffer.from(key));
}

/**
 * A co-founder's "take me off this session" link: derived, like the founder's
 * links, from the booking and their address, and stored only as a hash.
 */
export function coFounderToken(secret: string, bookingId: string, email: string): string {
  return createHmac("sha256", secret).update(`co-founder:${bookingId}:${email}`).digest("base64url");
}

/** In the founder's language: the group booked in it. */
export const coFounderUrl = (publicUrl: string, secret: string, bookingId: string, email: string, locale: Locale) =>
  `${publicUrl}${localisedPath(locale, `/bookings/co-founder/${coFounderToken(secret, bookingId, email)}`)}`;

export function newBookingId(): string {
  return randomUUID();
}

/** Tokens are 43 base64url characters; anything else is not worth a database look-up. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

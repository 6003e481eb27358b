import { createHmac } from "node:crypto";
import type { Locale } from "../i18n/languages";
import { localisedPath } from "../i18n/paths";
import { hashSecret } from "../security/secrets";

export type WaitlistLinkKind = "confirm" | "unsubscribe";

/**
 * As with bookings (lib/bookings/links.ts): each link's secret is derived from
 * the app secret and the entry id, so every email about an entry carries the
 * same links while the database keeps only their hashes.
 */
export function waitlistLinkToken(secret: string, kind: WaitlistLinkKind, entryId: string): string {
  return createHmac("sha256", secret).update(`waitlist-${kind}:${entryId}`).digest("base64url");
}

export function waitlistLinkHashes(secret: string, entryId: string) {
  return {
    confirmTokenHash: hashSecret(waitlistLinkToken(secret, "confirm", entryId)),
    unsubscribeTokenHash: hashSecret(waitlistLinkToken(secret, "unsubscribe", entryId)),
  };
}

/** An entry's links, opening its pages in the language the founder signed up in. */
export function waitlistUrls(publicUrl: string, secret: string, entryId: string, locale: Locale) {
  return {
    confirmUrl: `${publicUrl}${localisedPath(locale, `/waitlist/confirm/${waitlistLinkToken(secret, "confirm", entryId)}`)}`,
    unsubscribeUrl: `${publicUrl}${localisedPath(locale, `/waitlist/unsubscribe/${waitlistLinkToken(secret, "unsubscribe", entryId)}`)}`,
  };
}

/** The booking form for one slot, in the founder's zone: the link a freed-slot email leads to. */
export function bookingFormUrl(publicUrl: string, mentorSlug: string, startsAt: Date, timeZone: string, locale: Locale): string {
  const query = new URLSearchParams({ start: startsAt.toISOString(), tz: timeZone });
  return `${publicUrl}${localisedPath(locale, `/mentors/${encodeURIComponent(mentorSlug)}/book`)}?${query}`;
}

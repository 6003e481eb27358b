import "server-only";
import { createChallenge, powDifficulty } from "../antibot/proof-of-work";
import { config } from "../config";
import { findMentorWithSlots } from "../mentors/loaders";
import { countUnconfirmedHolds, findBookingForFounder } from "./data";
import { isWellFormedToken, type LinkKind } from "./links";

/** A proof-of-work challenge for the booking form, harder while unconfirmed holds pile up. */
export async function createBookingChallenge(now = new Date()) {
  return createChallenge(config.secret, now, powDifficulty(await countUnconfirmedHolds(now)));
}

/** The booking behind an emailed link, or null for a malformed or unknown one. */
export async function loadFounderBooking(kind: LinkKind, token: string) {
  return isWellFormedToken(token) ? findBookingForFounder(kind, token) : null;
}

/** Other times the founder could take instead, in their own zone. */
export async function loadOtherTimes(mentorSlug: string, now = new Date(), limit = 24) {
  return ((await findMentorWithSlots(mentorSlug, now))?.slots ?? []).slice(0, limit);
}

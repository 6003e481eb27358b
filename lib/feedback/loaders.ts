import "server-only";
import { cookies } from "next/headers";
import { isOutcomeKey, isWellFormedToken } from "../bookings/links";
import { loadOtherTimes } from "../bookings/loaders";
import { config } from "../config";
import { bookingIdSchema } from "../sessions/schema";
import { findFeedbackSession, findFounderDetails, findOutcomeSession } from "./data";
import { PREFILL_COOKIE, readPrefillCookie } from "./prefill";

/** How many of the volunteer's next free times the feedback page offers for a follow-up. */
const FOLLOW_UP_TIMES = 6;

/** The session behind a founder's manage link, for its feedback page; null for a malformed or unknown link. */
export async function loadFeedbackSession(token: string) {
  return isWellFormedToken(token) ? findFeedbackSession(token) : null;
}

/** The volunteer's next free times, when they still take bookings: what a follow-up can be booked in. */
export async function loadFollowUpTimes(mentor: { slug: string; status: string }, now = new Date()) {
  return mentor.status === "approved" ? (await loadOtherTimes(mentor.slug, now)).slice(0, FOLLOW_UP_TIMES) : [];
}

/** The session a volunteer's "did it take place?" link is for, if the link is genuine. */
export async function loadOutcomeSession(bookingId: string, key: string) {
  const id = bookingIdSchema.safeParse(bookingId);
  if (!id.success || !isOutcomeKey(config.secret, id.data, key)) return null;
  return findOutcomeSession(id.data);
}

/** The details this browser's founder gave last time, when they came here from their feedback page. */
export async function loadFounderPrefill(now = new Date()) {
  const bookingId = readPrefillCookie(config.secret, (await cookies()).get(PREFILL_COOKIE)?.value, now);
  return bookingId ? findFounderDetails(bookingId) : null;
}

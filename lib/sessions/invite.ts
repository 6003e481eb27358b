import "server-only";
import { inviteTranslator, mentorSessionEvent } from "../calendar/session-event";
import { isCancelled } from "../db/booking-status";
import { buildInviteIcs } from "../calendar/ics";
import type { Locale } from "../i18n/languages";
import { findMentorSession } from "./data";
import { hasInvite } from "./groups";

export interface SessionInvite {
  filename: string;
  ics: string;
}

/**
 * The invite a volunteer can download for one of their own sessions: the same
 * event (UID, SEQUENCE) as the emailed one, so importing it twice updates rather
 * than duplicates. A session cancelled after it was confirmed comes as
 * METHOD:CANCEL; one the founder never confirmed has no invite.
 */
export async function buildSessionInvite(mentorId: string, bookingId: string, locale: Locale, now = new Date()): Promise<SessionInvite | null> {
  const session = await findMentorSession(mentorId, bookingId);
  if (!session) return null;
  const wasConfirmed = session.confirmedAt !== null;
  const method = hasInvite(session) ? "REQUEST" : isCancelled(session.status) && wasConfirmed ? "CANCEL" : null;
  if (!method) return null;
  const event = mentorSessionEvent(session, await inviteTranslator(locale), now);
  return {
    filename: `candle-session-${session.startsAt.toISOString().slice(0, 10)}.ics`,
    ics: buildInviteIcs(method === "CANCEL" ? { ...event, status: "CANCELLED" } : event, method),
  };
}

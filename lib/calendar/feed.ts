import { mentorSessionEvent, type EventBooking, type InviteTranslator } from "./session-event";
import { isCancelled } from "../db/booking-status";
import type { BookingStatus } from "../db/types";
import type { SessionEvent } from "./ics";

const FEED_PATH = /^([A-Za-z0-9_-]{43})(?:\.ics)?$/;

/** The token in a feed address's last segment ("<token>.ics", or the bare token); null when malformed. */
export function feedTokenFromPath(segment: string): string | null {
  return FEED_PATH.exec(segment)?.[1] ?? null;
}

/**
 * A feed's addresses. The path ends in ".ics" because some calendar apps only
 * accept subscriptions that look like a calendar file; webcal: opens the
 * subscribe dialog of the operating system's calendar app.
 */
export function feedUrls(publicUrl: string, token: string) {
  const https = `${publicUrl}/calendar/${token}.ics`;
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}

export function feedCalendarName(t: InviteTranslator, displayName: string): string {
  return t("feedName", { name: displayName });
}

/**
 * The feed's events. They carry the emailed invites' UIDs and SEQUENCEs, so an app
 * that has both shows one event. ATTENDEE is left out: a published calendar
 * (METHOD:PUBLISH, RFC 5546 §3.2.1) carries none, and some apps would otherwise
 * offer to reply on the volunteer's behalf.
 */
export function feedEvents(sessions: (EventBooking & { status: BookingStatus })[], t: InviteTranslator, now: Date): SessionEvent[] {
  return sessions.map((session) => ({
    ...mentorSessionEvent(session, t, now),
    attendees: [],
    status: isCancelled(session.status) ? "CANCELLED" : "CONFIRMED",
  }));
}

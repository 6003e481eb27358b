import { config } from "../config";
import type { SessionEvent } from "./ics";

// A session as a calendar event: the same event in every invite and in the volunteer's feed.

export const sessionsUrl = () => `${config.publicUrl}/volunteer/sessions`;

/** What a calendar event of a session is made of. */
export interface EventBooking {
  icsUid: string;
  icsSequence: number;
  startsAt: Date;
  endsAt: Date;
  founderName: string;
  founderEmail: string;
  message: string;
  topics: string[];
  /** Co-founders the founder brought: attendees too, named by their address. */
  coFounders?: readonly { email: string }[];
  mentor: { displayName: string; email: string; meetingUrl: string | null };
}

/** The volunteer's copy of a session: the same event as their emailed invite. */
export function mentorSessionEvent(booking: EventBooking, now: Date): SessionEvent {
  return sessionEvent(booking, `Your sessions: ${sessionsUrl()}`, now);
}

/**
 * `withQuestion: false` leaves out what the founder wrote: co-founders' copies go
 * to addresses nobody has checked, so they carry no text a stranger typed beyond a name.
 */
export function sessionEvent(booking: EventBooking, link: string, now: Date, { withQuestion = true } = {}): SessionEvent {
  const topics = booking.topics.length ? `Topics: ${booking.topics.join(", ")}` : null;
  const question = withQuestion ? `What ${booking.founderName} would like to talk about:\n${booking.message}` : null;
  return {
    uid: booking.icsUid,
    sequence: booking.icsSequence,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    title: `Candle: ${booking.mentor.displayName} × ${booking.founderName}`,
    description: [topics, question, link].filter(Boolean).join("\n\n"),
    meetingUrl: booking.mentor.meetingUrl,
    organizer: { name: booking.mentor.displayName, email: booking.mentor.email },
    // An erased founder's booking keeps no address: they are named, not invited.
    attendees: [
      { name: booking.founderName, email: booking.founderEmail },
      ...(booking.coFounders ?? []).map(({ email }) => ({ name: email, email })),
      { name: booking.mentor.displayName, email: booking.mentor.email },
    ].filter((attendee) => attendee.email),
    status: "CONFIRMED",
    stamp: now,
  };
}

import { config } from "../config";
import type { Locale } from "../i18n/languages";
import { translatorFor } from "../i18n/messages";
import type { SessionEvent } from "./ics";

// A session as a calendar event: the same event in every invite and in the
// volunteer's feed. Each recipient's copy is worded in their language; UID,
// SEQUENCE and the UTC times are the event's own and the same in every copy.

export const sessionsUrl = () => `${config.publicUrl}/volunteer/sessions`;

export type InviteTranslator = Awaited<ReturnType<typeof translatorFor<"invite">>>;

/** An invite's words in its recipient's language; messages are read once per process. */
export function inviteTranslator(locale: Locale): Promise<InviteTranslator> {
  return translatorFor(locale, "invite");
}

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
export function mentorSessionEvent(booking: EventBooking, t: InviteTranslator, now: Date): SessionEvent {
  return sessionEvent(booking, t, t("mentorLink", { url: sessionsUrl() }), now);
}

/**
 * `withQuestion: false` leaves out what the founder wrote: co-founders' copies go
 * to addresses nobody has checked, so they carry no text a stranger typed beyond a name.
 */
export function sessionEvent(booking: EventBooking, t: InviteTranslator, link: string, now: Date, { withQuestion = true } = {}): SessionEvent {
  const topics = booking.topics.length ? t("topics", { topics: booking.topics.join(", ") }) : null;
  const question = withQuestion ? t("question", { founder: booking.founderName, message: booking.message }) : null;
  return {
    uid: booking.icsUid,
    sequence: booking.icsSequence,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    title: t("title", { mentor: booking.mentor.displayName, founder: booking.founderName }),
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

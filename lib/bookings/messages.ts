import { config } from "../config";
import { buildInviteIcs } from "../calendar/ics";
import { inviteTranslator, mentorSessionEvent, sessionEvent, sessionsUrl } from "../calendar/session-event";
import type { EmailMessage } from "../email/message";
import {
  confirmBookingEmail,
  sessionCancelledEmail,
  sessionConfirmedFounderEmail,
  sessionConfirmedMentorEmail,
  sessionMovedEmail,
} from "../email/templates/booking";
import { coFounderEmail, type CoFounderNews } from "../email/templates/co-founders";
import { founderReminderEmail, mentorReminderEmail } from "../email/templates/reminders";
import type { BookingStatus, CoopStage } from "../db/types";
import type { Locale } from "../i18n/languages";
import { localisedPath } from "../i18n/paths";

/** A booking with everything its emails need. */
export interface MailBooking {
  id: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  expiresAt: Date | null;
  founderName: string;
  founderEmail: string;
  founderCountry: string;
  founderTimeZone: string;
  coopStage: CoopStage;
  message: string;
  icsUid: string;
  icsSequence: number;
  /** The founder's language (the pages they booked on): their mail and their co-founders' are written in it. */
  locale: Locale;
  /** The founder erased their details: founderEmail is empty, founderName reads "a founder (details erased)". */
  anonymised: boolean;
  topics: string[];
  /** Each co-founder and their "take me off this session" link. */
  coFounders: { email: string; removeUrl: string }[];
  mentor: {
    id: string;
    slug: string;
    displayName: string;
    email: string;
    timeZone: string;
    meetingUrl: string | null;
    coopName: string | null;
    /** The volunteer's own language (their account's). */
    locale: Locale;
  };
  urls: { confirmUrl: string; manageUrl: string };
}

const directoryUrl = (locale: Locale) => `${config.publicUrl}${localisedPath(locale, "/mentors")}`;

type Audience = "founder" | "mentor" | { coFounder: MailBooking["coFounders"][number] };

/** Each recipient's copy of the one event: worded in their language, with the same UID and SEQUENCE. */
async function invite(booking: MailBooking, audience: Audience, method: "REQUEST" | "CANCEL", now: Date) {
  const t = await inviteTranslator(audience === "mentor" ? booking.mentor.locale : booking.locale);
  const event =
    audience === "founder"
      ? sessionEvent(booking, t, t("founderLink", { url: booking.urls.manageUrl }), now)
      : audience === "mentor"
        ? mentorSessionEvent(booking, t, now)
        : sessionEvent(booking, t, t("coFounderLink", { url: audience.coFounder.removeUrl }), now, { withQuestion: false });
  return { method, ics: buildInviteIcs(method === "CANCEL" ? { ...event, status: "CANCELLED" } : event, method) };
}

/**
 * What each co-founder hears: the invite, its moves and its cancellation, in the
 * founder's zone and language, with the same UID and SEQUENCE as everyone's copy.
 */
async function coFounderMessages(
  booking: MailBooking,
  news: CoFounderNews,
  now: Date,
  previous?: { startsAt: Date; endsAt: Date },
  only: MailBooking["coFounders"] = booking.coFounders,
): Promise<EmailMessage[]> {
  const method = news === "invited" || news === "moved" ? "REQUEST" : "CANCEL";
  return Promise.all(
    only.map(async (coFounder) => ({
      to: coFounder.email,
      ...(await coFounderEmail({
        news,
        locale: booking.locale,
        founderName: booking.founderName,
        mentorName: booking.mentor.displayName,
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
        timeZone: booking.founderTimeZone,
        meetingUrl: booking.mentor.meetingUrl,
        removeUrl: coFounder.removeUrl,
        previous,
      })),
      invite: await invite(booking, { coFounder }, method, now),
    })),
  );
}

/** The CANCEL for a co-founder who took themselves off the session: their copy only. */
export function coFounderRemovedMessage(booking: MailBooking, coFounder: MailBooking["coFounders"][number], now: Date): Promise<EmailMessage[]> {
  return coFounderMessages(booking, "removed", now, undefined, [coFounder]);
}

/** What the request to confirm needs: a booking being made has no row to load yet. */
export type ConfirmationRequest = Pick<
  MailBooking,
  "status" | "startsAt" | "endsAt" | "expiresAt" | "founderName" | "founderEmail" | "founderTimeZone" | "locale" | "urls"
> & {
  mentor: Pick<MailBooking["mentor"], "displayName">;
};

export async function confirmationRequestMessage(booking: ConfirmationRequest): Promise<EmailMessage> {
  return {
    to: booking.founderEmail,
    ...(await confirmBookingEmail({
      locale: booking.locale,
      founderName: booking.founderName,
      mentorName: booking.mentor.displayName,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      timeZone: booking.founderTimeZone,
      expiresAt: booking.expiresAt ?? booking.startsAt,
      held: booking.status === "pending",
      confirmUrl: booking.urls.confirmUrl,
      manageUrl: booking.urls.manageUrl,
    })),
  };
}

export async function confirmedMessages(booking: MailBooking, now: Date): Promise<EmailMessage[]> {
  const time = { startsAt: booking.startsAt, endsAt: booking.endsAt };
  return [
    {
      to: booking.founderEmail,
      ...(await sessionConfirmedFounderEmail({
        ...time,
        timeZone: booking.founderTimeZone,
        locale: booking.locale,
        founderName: booking.founderName,
        mentorName: booking.mentor.displayName,
        mentorCoop: booking.mentor.coopName,
        meetingUrl: booking.mentor.meetingUrl,
        manageUrl: booking.urls.manageUrl,
        topics: booking.topics,
      })),
      invite: await invite(booking, "founder", "REQUEST", now),
    },
    {
      to: booking.mentor.email,
      ...(await sessionConfirmedMentorEmail({
        ...time,
        timeZone: booking.mentor.timeZone,
        locale: booking.mentor.locale,
        mentorName: booking.mentor.displayName,
        founderName: booking.founderName,
        founderEmail: booking.founderEmail,
        founderCountry: booking.founderCountry,
        coopStage: booking.coopStage,
        topics: booking.topics,
        message: booking.message,
        meetingUrl: booking.mentor.meetingUrl,
        sessionsUrl: sessionsUrl(),
        coFounders: booking.coFounders.map(({ email }) => email),
      })),
      invite: await invite(booking, "mentor", "REQUEST", now),
    },
    ...(await coFounderMessages(booking, "invited", now)),
  ];
}

/** Both people hear of a cancellation, except a mentor who never heard of an unconfirmed booking. */
export async function cancelledMessages(
  booking: MailBooking,
  by: "founder" | "mentor" | "organiser",
  reason: string | null,
  mentorKnew: boolean,
  now: Date,
): Promise<EmailMessage[]> {
  const common = { startsAt: booking.startsAt, endsAt: booking.endsAt, cancelledBy: by, reason };
  const messages: EmailMessage[] = [
    {
      to: booking.founderEmail,
      ...(await sessionCancelledEmail({
        ...common,
        timeZone: booking.founderTimeZone,
        locale: booking.locale,
        recipientName: booking.founderName,
        otherPersonName: booking.mentor.displayName,
        recipientRole: "founder",
        rebookUrl: directoryUrl(booking.locale),
      })),
      ...(mentorKnew ? { invite: await invite(booking, "founder", "CANCEL", now) } : {}),
    },
  ];
  if (mentorKnew) {
    messages.push({
      to: booking.mentor.email,
      ...(await sessionCancelledEmail({
        ...common,
        timeZone: booking.mentor.timeZone,
        locale: booking.mentor.locale,
        recipientName: booking.mentor.displayName,
        otherPersonName: booking.founderName,
        recipientRole: "mentor",
        rebookUrl: null,
      })),
      invite: await invite(booking, "mentor", "CANCEL", now),
    });
    messages.push(...(await coFounderMessages(booking, "cancelled", now)));
  }
  return messages;
}

export async function movedMessages(booking: MailBooking, previous: { startsAt: Date; endsAt: Date }, now: Date): Promise<EmailMessage[]> {
  const common = {
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    previousStartsAt: previous.startsAt,
    previousEndsAt: previous.endsAt,
    meetingUrl: booking.mentor.meetingUrl,
  };
  return [
    {
      to: booking.founderEmail,
      ...(await sessionMovedEmail({
        ...common,
        timeZone: booking.founderTimeZone,
        locale: booking.locale,
        recipientName: booking.founderName,
        otherPersonName: booking.mentor.displayName,
        manageUrl: booking.urls.manageUrl,
      })),
      invite: await invite(booking, "founder", "REQUEST", now),
    },
    {
      to: booking.mentor.email,
      ...(await sessionMovedEmail({
        ...common,
        timeZone: booking.mentor.timeZone,
        locale: booking.mentor.locale,
        recipientName: booking.mentor.displayName,
        otherPersonName: booking.founderName,
        manageUrl: sessionsUrl(),
      })),
      invite: await invite(booking, "mentor", "REQUEST", now),
    },
    ...(await coFounderMessages(booking, "moved", now, previous)),
  ];
}

/** The founder's page, open at its single "I can't make it" button. */
export const cantMakeItUrl = (manageUrl: string) => `${manageUrl}?cant=1#cant-make-it`;
/** The volunteer's sessions page, open at this session's cancel form. */
export const mentorCancelUrl = (bookingId: string) => `${sessionsUrl()}?cancel=${encodeURIComponent(bookingId)}#cancel-${bookingId}`;

/**
 * Both people's reminders of a confirmed session, rendered when they fall due so
 * they carry the current video link and time. Each is withdrawn if the session
 * is cancelled or moved before it goes, and dropped if it has not gone by the start.
 */
export async function reminderMessages(booking: MailBooking, now: Date): Promise<EmailMessage[]> {
  const common = {
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    meetingUrl: booking.mentor.meetingUrl,
  };
  const scheduling = { about: { bookingId: booking.id, purpose: "reminder" as const }, discardAfter: booking.startsAt };
  return [
    {
      to: booking.founderEmail,
      ...(await founderReminderEmail({
        ...common,
        timeZone: booking.founderTimeZone,
        locale: booking.locale,
        founderName: booking.founderName,
        mentorName: booking.mentor.displayName,
        manageUrl: booking.urls.manageUrl,
        cantMakeItUrl: cantMakeItUrl(booking.urls.manageUrl),
      })),
      invite: await invite(booking, "founder", "REQUEST", now),
      ...scheduling,
    },
    {
      to: booking.mentor.email,
      ...(await mentorReminderEmail({
        ...common,
        timeZone: booking.mentor.timeZone,
        locale: booking.mentor.locale,
        mentorName: booking.mentor.displayName,
        founderName: booking.founderName,
        founderEmail: booking.founderEmail,
        topics: booking.topics,
        message: booking.message,
        cantMakeItUrl: mentorCancelUrl(booking.id),
      })),
      invite: await invite(booking, "mentor", "REQUEST", now),
      ...scheduling,
    },
  ];
}

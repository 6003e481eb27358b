import type { MailBooking } from "../bookings/messages";
import { outcomeUrl } from "../bookings/links";
import { config } from "../config";
import type { EmailMessage } from "../email/message";
import { feedbackRequestEmail, outcomeRequestEmail } from "../email/templates/follow-ups";
import { USEFULNESS_SCORES } from "../format/feedback";

/** The founder's feedback page: behind their manage link, so only they can answer. */
export const feedbackUrl = (manageUrl: string, usefulness?: number) => `${manageUrl}/feedback${usefulness ? `?useful=${usefulness}` : ""}`;

/** The questions asked once a session is over: each person's, as followUpAudience decided, in their language. */
export async function followUpMessages(booking: MailBooking, ask: { volunteer: boolean; founder: boolean }): Promise<EmailMessage[]> {
  const time = { startsAt: booking.startsAt, endsAt: booking.endsAt };
  const about = { bookingId: booking.id, purpose: "follow-up" as const };
  const messages: EmailMessage[] = [];
  if (ask.volunteer) {
    const { locale } = booking.mentor;
    messages.push({
      to: booking.mentor.email,
      ...(await outcomeRequestEmail({
        ...time,
        timeZone: booking.mentor.timeZone,
        locale,
        mentorName: booking.mentor.displayName,
        founderName: booking.founderName,
        heldUrl: outcomeUrl(config.publicUrl, config.secret, booking.id, "held", locale),
        noShowUrl: outcomeUrl(config.publicUrl, config.secret, booking.id, "no_show", locale),
      })),
      about,
    });
  }
  // A founder who erased their details has no address left to ask.
  if (ask.founder && !booking.anonymised) {
    messages.push({
      to: booking.founderEmail,
      ...(await feedbackRequestEmail({
        ...time,
        timeZone: booking.founderTimeZone,
        locale: booking.locale,
        founderName: booking.founderName,
        mentorName: booking.mentor.displayName,
        feedbackUrl: feedbackUrl(booking.urls.manageUrl),
        ratingUrls: USEFULNESS_SCORES.map((score) => feedbackUrl(booking.urls.manageUrl, score)),
      })),
      about,
    });
  }
  return messages;
}

import { emailButton, emailLink, html, paragraph } from "./layout";
import { renderEmail, renderText, subjectName, type RenderedEmail } from "./parts";
import { formatDateTime, formatSessionTime, formatShortDate } from "./time";

// Both emails carry the unsubscribe link: it opens a page with a button, so a
// mail scanner following it takes nobody off the list. Neither says who else is
// waiting or how many.

export interface WaitlistConfirmEmailInput {
  /** "Rosa Pennington", or "a mentor for Governance who speaks Spanish". */
  waitingFor: string;
  confirmUrl: string;
  unsubscribeUrl: string;
  /** When the confirmation link stops working. */
  confirmBy: Date;
  /** The founder's zone, for the date above. */
  timeZone: string;
  waitDays: number;
}

export function waitlistConfirmEmail(input: WaitlistConfirmEmailInput): RenderedEmail {
  const { waitingFor, confirmUrl, unsubscribeUrl } = input;
  const asked = `Someone, we hope you, asked us to email this address when ${waitingFor} has a free time.`;
  const promise = `Once you confirm, we email you when a time frees up, with a link straight to the booking form, for up to ${input.waitDays} days. Nothing is booked until you book.`;
  const notYou = `If this was not you, ignore this email: without a confirmation we never write again. The link works until ${formatDateTime(input.confirmBy, input.timeZone)}.`;

  const body = html`${paragraph(asked)}
${paragraph(promise)}
${emailButton("Yes, tell me", confirmUrl)}
${paragraph(notYou)}
${paragraph(html`${emailLink(unsubscribeUrl, "Never mind, take me off the waitlist")}`)}`;

  const text = renderText([asked, promise, `Yes, tell me:\n${confirmUrl}`, notYou, `Take me off the waitlist:\n${unsubscribeUrl}`]);

  return renderEmail(
    `Please confirm: tell me when ${subjectName(waitingFor)} is free`,
    { preheader: "One click to join the waitlist.", heading: "Join the waitlist?", body },
    text,
  );
}

export interface WaitlistFreedEmailInput {
  mentorName: string;
  startsAt: Date;
  endsAt: Date;
  /** The founder's zone; the time is shown in it, named. */
  timeZone: string;
  /** The booking form for this time. */
  bookUrl: string;
  /** The mentor's page, for their other times. */
  mentorUrl: string;
  unsubscribeUrl: string;
  /** For a search entry: what the founder searched for ("Governance, in Spanish"). */
  searchedFor?: string;
}

export function waitlistFreedEmail(input: WaitlistFreedEmailInput): RenderedEmail {
  const { mentorName, bookUrl, mentorUrl, unsubscribeUrl, searchedFor } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone);
  const news = searchedFor
    ? `You asked us to tell you when a mentor for ${searchedFor} has free time. ${mentorName} has:`
    : `You asked us to tell you when ${mentorName} has free time. A time has come free:`;
  const race = `Other founders may have been waiting too, and the first to book gets the time. This is the only email this waitlist sign-up sends; if the time has gone, ${mentorName}'s page shows any others and lets you join the waitlist again.`;

  const body = html`${paragraph(news)}
${paragraph(html`<strong>${when}</strong>`)}
${emailButton("Book this time", bookUrl)}
${paragraph(race)}
${paragraph(html`${emailLink(mentorUrl, `See all of ${mentorName}'s times`)}`)}
${paragraph(html`${emailLink(unsubscribeUrl, "Take me off every Candle waitlist")}`)}`;

  const text = renderText([
    news,
    when,
    `Book this time:\n${bookUrl}`,
    race,
    `See all of ${mentorName}'s times:\n${mentorUrl}`,
    `Take me off every Candle waitlist:\n${unsubscribeUrl}`,
  ]);

  return renderEmail(
    `${subjectName(mentorName)} has a free time on ${formatShortDate(input.startsAt, input.timeZone)}`,
    { preheader: `${when}. First to book gets it.`, heading: `${mentorName} has a free time`, body },
    text,
  );
}

import { countryName } from "@/lib/format/names";
import { bulletList, detailsTable, emailButton, emailLink, html, paragraph, quotedText } from "./layout";
import type { CoopStage } from "../../db/types";
import { coopStageLabel } from "../../format/coop-stages";
import { renderEmail, renderText, subjectName, textDetails, textQuote, type RenderedEmail } from "./parts";
import { formatDateTime, formatSessionTime, formatShortDate } from "./time";

export type { RenderedEmail } from "./parts";

interface SessionTime {
  startsAt: Date;
  endsAt: Date;
  /** The recipient's zone; every time in the email is shown in it, named. */
  timeZone: string;
}

export interface ConfirmBookingEmailInput extends SessionTime {
  founderName: string;
  mentorName: string;
  confirmUrl: string;
  manageUrl: string;
  expiresAt: Date;
  /** False for a request that holds no time (sent without a proof of work, or while the mentor's holds are full). */
  held: boolean;
}

export function confirmBookingEmail(input: ConfirmBookingEmailInput): RenderedEmail {
  const { founderName, mentorName, confirmUrl, manageUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone);
  const until = formatDateTime(input.expiresAt, input.timeZone);
  const holding = input.held
    ? `We are holding this time for you until ${until}. If it is not confirmed by then, it is offered to someone else.`
    : `This time is not held for you yet: it is yours if it is still free when you confirm, so please confirm soon. This link works until ${until}; if someone confirms first, the page lets you choose another time.`;
  const preheader = input.held
    ? `One click to confirm. We are holding the time until ${until}.`
    : "One click to confirm. The time is yours if it is still free.";

  const body = html`${paragraph(`Hi ${founderName},`)}
${paragraph(`You asked for a free video session with ${mentorName}. Please confirm it so we can send you both the calendar invite.`)}
${detailsTable([
  ["With", mentorName],
  ["When", when],
])}
${emailButton("Confirm my session", confirmUrl)}
${paragraph(holding)}
${paragraph("If you did not ask for this, you can ignore this email and nothing will be booked.")}
${paragraph(html`Changed your mind? ${emailLink(manageUrl, "Cancel the request")}.`)}`;

  const text = renderText([
    `Hi ${founderName},`,
    `You asked for a free video session with ${mentorName}. Please confirm it so we can send you both the calendar invite.`,
    textDetails([
      ["With", mentorName],
      ["When", when],
    ]),
    `Confirm your session by opening this link:\n${confirmUrl}`,
    holding,
    "If you did not ask for this, you can ignore this email and nothing will be booked.",
    `Changed your mind? Cancel the request here:\n${manageUrl}`,
  ]);

  return renderEmail(`Please confirm your session with ${subjectName(mentorName)}`, { preheader, heading: "Please confirm your session", body }, text);
}

export interface SessionConfirmedFounderEmailInput extends SessionTime {
  founderName: string;
  mentorName: string;
  mentorCoop: string | null;
  /** Null when the mentor has no video link yet; the email then says one will follow. */
  meetingUrl: string | null;
  manageUrl: string;
  topics: readonly string[];
}

const preparationTips = [
  "A few lines about your group: who is involved, what you do or plan to do, and where.",
  "The one or two questions that matter most to you right now.",
  "Any document you would like to talk through, such as draft rules or a business plan, ready to share on screen.",
];

export function sessionConfirmedFounderEmail(input: SessionConfirmedFounderEmailInput): RenderedEmail {
  const { founderName, mentorName, mentorCoop, meetingUrl, manageUrl, topics } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone);
  const mentorLine = mentorCoop ? `${mentorName} (${mentorCoop})` : mentorName;
  const noLinkYet = `${mentorName} will send you the video call link before the session.`;

  const body = html`${paragraph(`Hi ${founderName},`)}
${paragraph(`Your session with ${mentorLine} is confirmed. The calendar invite is attached, so you can add it to your calendar.`)}
${detailsTable([
  ["With", mentorLine],
  ["When", when],
  ["Video call", meetingUrl ? emailLink(meetingUrl) : noLinkYet],
  ...(topics.length > 0 ? [["Topics", topics.join(", ")] as const] : []),
])}
${meetingUrl && emailButton("Join the video call", meetingUrl)}
<h2 style="margin:8px 0 8px;font-size:18px;line-height:1.3;">Before you meet</h2>
${paragraph("There is no need to prepare much. It helps to have:")}
${bulletList(preparationTips)}
${paragraph(`${mentorName} is a volunteer. If you cannot make it, please cancel or move the session so the time can go to someone else.`)}
${paragraph(html`${emailLink(manageUrl, "Cancel or move your session")}`)}`;

  const text = renderText([
    `Hi ${founderName},`,
    `Your session with ${mentorLine} is confirmed. The calendar invite is attached, so you can add it to your calendar.`,
    textDetails([
      ["With", mentorLine],
      ["When", when],
      ["Video call", meetingUrl ?? noLinkYet],
      ...(topics.length > 0 ? [["Topics", topics.join(", ")] as const] : []),
    ]),
    `Before you meet\n\nThere is no need to prepare much. It helps to have:\n${preparationTips.map((tip) => `- ${tip}`).join("\n")}`,
    `${mentorName} is a volunteer. If you cannot make it, please cancel or move the session so the time can go to someone else:\n${manageUrl}`,
  ]);

  return renderEmail(
    `Confirmed: your session with ${subjectName(mentorName)} on ${formatShortDate(input.startsAt, input.timeZone)}`,
    { preheader: `${when}. The calendar invite is attached.`, heading: `Your session with ${mentorName} is confirmed`, body },
    text,
  );
}

export interface SessionConfirmedMentorEmailInput extends SessionTime {
  mentorName: string;
  founderName: string;
  founderEmail: string;
  /** ISO 3166 code as stored on the booking; shown as the country's English name. */
  founderCountry: string;
  coopStage: CoopStage;
  topics: readonly string[];
  message: string;
  meetingUrl: string | null;
  sessionsUrl: string;
  /** Co-founders coming too (their addresses); each has the invite. */
  coFounders?: readonly string[];
}

export function sessionConfirmedMentorEmail(input: SessionConfirmedMentorEmailInput): RenderedEmail {
  const { mentorName, founderName, founderEmail, meetingUrl, sessionsUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone);
  const topics = input.topics.length > 0 ? input.topics.join(", ") : "None chosen";
  const message = input.message.trim();
  const noLink = `You have no video link on your profile yet, so please email ${founderName} one before the session.`;
  const rows: [string, string][] = [
    ["Founder", founderName],
    ["Email", founderEmail],
    ...(input.coFounders?.length ? ([["Co-founders", input.coFounders.join(", ")]] as [string, string][]) : []),
    ["Country", countryName(input.founderCountry)],
    ["Co-op stage", coopStageLabel(input.coopStage)],
    ["Topics", topics],
    ["When", when],
  ];

  const body = html`${paragraph(`Hi ${mentorName},`)}
${paragraph(`${founderName} has booked and confirmed a session with you. Thank you for giving your time. The calendar invite is attached.`)}
${detailsTable([...rows, ["Video call", meetingUrl ? emailLink(meetingUrl) : noLink]])}
${message && html`${paragraph(`In ${founderName}'s words:`)}${quotedText(message)}`}
${emailButton("See your sessions", sessionsUrl)}
${paragraph(`If you need to cancel, please do it from your sessions page as early as you can, so ${founderName} can book someone else.`)}`;

  const text = renderText([
    `Hi ${mentorName},`,
    `${founderName} has booked and confirmed a session with you. Thank you for giving your time. The calendar invite is attached.`,
    textDetails([...rows, ["Video call", meetingUrl ?? noLink]]),
    message && `In ${founderName}'s words:\n\n${textQuote(message)}`,
    `See your sessions:\n${sessionsUrl}`,
    `If you need to cancel, please do it from your sessions page as early as you can, so ${founderName} can book someone else.`,
  ]);

  return renderEmail(
    `New session with ${subjectName(founderName)} on ${formatShortDate(input.startsAt, input.timeZone)}`,
    { preheader: `${when}. Topics: ${topics}.`, heading: `${founderName} booked a session with you`, body },
    text,
  );
}

export type CancelledBy = "founder" | "mentor" | "organiser";

export interface SessionCancelledEmailInput extends SessionTime {
  recipientName: string;
  otherPersonName: string;
  cancelledBy: CancelledBy;
  reason: string | null;
  /** Pass only to the founder, e.g. when the mentor cancelled: shown as "book someone else". */
  rebookUrl: string | null;
  /**
   * Who is reading. Defaults to the other side from whoever cancelled, which
   * is right for every case except a copy to the person who cancelled, or an
   * organiser's cancellation (then the wording stays neutral).
   */
  recipientRole?: "founder" | "mentor";
}

function cancellationSentence(input: SessionCancelledEmailInput, role: "founder" | "mentor" | null): string {
  const other = input.otherPersonName;
  if (input.cancelledBy === "organiser") return `A Candle organiser has cancelled your session with ${other}.`;
  if (input.cancelledBy === role) return `You cancelled your session with ${other}. This confirms it.`;
  return `${other} has cancelled your session.`;
}

export function sessionCancelledEmail(input: SessionCancelledEmailInput): RenderedEmail {
  const { recipientName, otherPersonName, rebookUrl } = input;
  const role = input.recipientRole ?? (input.cancelledBy === "founder" ? "mentor" : input.cancelledBy === "mentor" ? "founder" : null);
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone);
  const reason = input.reason?.trim() || null;
  const sentence = cancellationSentence(input, role);
  const apology = input.cancelledBy === "founder" ? null : "Sorry about this.";
  const rebookLabel = input.cancelledBy === "founder" ? "Book another session" : "Book someone else";
  const rebookSentence =
    input.cancelledBy === "founder"
      ? "If you would like to talk to someone another time, you are welcome to book again."
      : "You are welcome to book a session with someone else.";

  const body = html`${paragraph(`Hi ${recipientName},`)}
${paragraph(sentence)}
${detailsTable([
  ["With", otherPersonName],
  ["When", when],
])}
${reason && html`${paragraph("The reason given:")}${quotedText(reason)}`}
${paragraph("The calendar event has been cancelled too. You do not need to do anything else.")}
${rebookUrl && html`${paragraph([apology, rebookSentence].filter(Boolean).join(" "))}${emailButton(rebookLabel, rebookUrl)}`}`;

  const text = renderText([
    `Hi ${recipientName},`,
    sentence,
    textDetails([
      ["With", otherPersonName],
      ["When", when],
    ]),
    reason && `The reason given:\n\n${textQuote(reason)}`,
    "The calendar event has been cancelled too. You do not need to do anything else.",
    rebookUrl && `${[apology, rebookSentence].filter(Boolean).join(" ")}\n${rebookLabel}:\n${rebookUrl}`,
  ]);

  return renderEmail(
    `Cancelled: your session with ${subjectName(otherPersonName)} on ${formatShortDate(input.startsAt, input.timeZone)}`,
    { preheader: `${sentence} It was set for ${when}.`, heading: "Session cancelled", body },
    text,
  );
}

export interface SessionMovedEmailInput extends SessionTime {
  recipientName: string;
  otherPersonName: string;
  previousStartsAt: Date;
  previousEndsAt: Date;
  meetingUrl: string | null;
  /** The founder's manage link, or the mentor's sessions page; null to leave it out. */
  manageUrl: string | null;
}

export function sessionMovedEmail(input: SessionMovedEmailInput): RenderedEmail {
  const { recipientName, otherPersonName, meetingUrl, manageUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone);
  const was = formatSessionTime(input.previousStartsAt, input.previousEndsAt, input.timeZone);
  const sentence = `Your session with ${otherPersonName} has moved to a new time. The updated calendar invite is attached.`;
  const noLink = "The video call link will follow before the session.";

  const body = html`${paragraph(`Hi ${recipientName},`)}
${paragraph(sentence)}
${detailsTable([
  ["New time", html`<strong>${when}</strong>`],
  ["Was", was],
  ["With", otherPersonName],
  ["Video call", meetingUrl ? emailLink(meetingUrl) : noLink],
])}
${meetingUrl && emailButton("Join the video call", meetingUrl)}
${manageUrl && paragraph(html`If the new time does not work for you: ${emailLink(manageUrl, "manage your session")}.`)}`;

  const text = renderText([
    `Hi ${recipientName},`,
    sentence,
    textDetails([
      ["New time", when],
      ["Was", was],
      ["With", otherPersonName],
      ["Video call", meetingUrl ?? noLink],
    ]),
    manageUrl && `If the new time does not work for you, manage your session here:\n${manageUrl}`,
  ]);

  return renderEmail(
    `Moved: your session with ${subjectName(otherPersonName)} is now ${formatShortDate(input.startsAt, input.timeZone)}`,
    { preheader: `Now ${when}.`, heading: "Your session has a new time", body },
    text,
  );
}

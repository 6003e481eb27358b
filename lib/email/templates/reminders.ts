import { detailsTable, emailButton, emailLink, html, paragraph, quotedText } from "./layout";
import { renderEmail, renderText, subjectName, textDetails, textQuote, type RenderedEmail } from "./parts";
import { formatSessionTime, formatShortDate } from "./time";

// Reminders say when the session is, never "in an hour": a message delayed by a
// mail server that was down would otherwise say something untrue.

interface ReminderTime {
  startsAt: Date;
  endsAt: Date;
  /** The recipient's zone; every time in the email is shown in it, named. */
  timeZone: string;
}

export interface FounderReminderEmailInput extends ReminderTime {
  founderName: string;
  mentorName: string;
  meetingUrl: string | null;
  manageUrl: string;
  /** Opens the founder's page at a single "I can't make it" button. */
  cantMakeItUrl: string;
}

export function founderReminderEmail(input: FounderReminderEmailInput): RenderedEmail {
  const { founderName, mentorName, meetingUrl, manageUrl, cantMakeItUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone);
  const noLink = `${mentorName} will send you the video call link before the session.`;
  const cantMakeIt = `If you can no longer make it, please say so: ${mentorName} is a volunteer, and the hour can go to someone else.`;

  const body = html`${paragraph(`Hi ${founderName},`)}
${paragraph(`A reminder of your session with ${mentorName}. The calendar invite is attached again, in case you need it.`)}
${detailsTable([
  ["With", mentorName],
  ["When", html`<strong>${when}</strong>`],
  ["Video call", meetingUrl ? emailLink(meetingUrl) : noLink],
])}
${meetingUrl && emailButton("Join the video call", meetingUrl)}
${paragraph(cantMakeIt)}
${emailButton("I can't make it", cantMakeItUrl)}
${paragraph(html`${emailLink(manageUrl, "Move your session to another time")}`)}`;

  const text = renderText([
    `Hi ${founderName},`,
    `A reminder of your session with ${mentorName}. The calendar invite is attached again, in case you need it.`,
    textDetails([
      ["With", mentorName],
      ["When", when],
      ["Video call", meetingUrl ?? noLink],
    ]),
    `${cantMakeIt}\nI can't make it:\n${cantMakeItUrl}`,
    `Move your session to another time:\n${manageUrl}`,
  ]);

  return renderEmail(
    `Reminder: your session with ${subjectName(mentorName)} on ${formatShortDate(input.startsAt, input.timeZone)}`,
    { preheader: `${when}, with ${mentorName}.`, heading: `Your session with ${mentorName}`, body },
    text,
  );
}

export interface MentorReminderEmailInput extends ReminderTime {
  mentorName: string;
  founderName: string;
  founderEmail: string;
  topics: readonly string[];
  message: string;
  meetingUrl: string | null;
  /** The volunteer's sessions page, open at this session's cancel form. */
  cantMakeItUrl: string;
}

export function mentorReminderEmail(input: MentorReminderEmailInput): RenderedEmail {
  const { mentorName, founderName, founderEmail, meetingUrl, cantMakeItUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone);
  const topics = input.topics.length > 0 ? input.topics.join(", ") : "None chosen";
  const message = input.message.trim();
  const noLink = `You have no video link on your profile, so please email ${founderName} one.`;
  const cantMakeIt = `If you can no longer make it, please cancel with a short reason: we tell ${founderName} and point them to other volunteers.`;
  const rows = [
    ["Founder", founderName],
    ["Email", founderEmail],
    ["Topics", topics],
  ] as const;

  const body = html`${paragraph(`Hi ${mentorName},`)}
${paragraph(`A reminder of your session with ${founderName}. Thank you for giving your time.`)}
${detailsTable([["When", html`<strong>${when}</strong>`], ...rows, ["Video call", meetingUrl ? emailLink(meetingUrl) : noLink]])}
${message && html`${paragraph(`In ${founderName}'s words:`)}${quotedText(message)}`}
${paragraph(cantMakeIt)}
${emailButton("I can't make it", cantMakeItUrl)}`;

  const text = renderText([
    `Hi ${mentorName},`,
    `A reminder of your session with ${founderName}. Thank you for giving your time.`,
    textDetails([["When", when], ...rows, ["Video call", meetingUrl ?? noLink]]),
    message && `In ${founderName}'s words:\n\n${textQuote(message)}`,
    `${cantMakeIt}\nI can't make it:\n${cantMakeItUrl}`,
  ]);

  return renderEmail(
    `Reminder: session with ${subjectName(founderName)} on ${formatShortDate(input.startsAt, input.timeZone)}`,
    { preheader: `${when}. Topics: ${topics}.`, heading: `Your session with ${founderName}`, body },
    text,
  );
}

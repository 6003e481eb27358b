import { detailsTable, emailButton, emailLink, html, paragraph } from "./layout";
import { renderEmail, renderText, subjectName, textDetails, type RenderedEmail } from "./parts";
import { formatSessionTime, formatShortDate } from "./time";

// A co-founder hears of the session they were added to, its moves and its
// cancellation, and nothing else: each message says so, and how to leave it.

export type CoFounderNews = "invited" | "moved" | "cancelled" | "removed";

export interface CoFounderEmailInput {
  news: CoFounderNews;
  founderName: string;
  mentorName: string;
  startsAt: Date;
  endsAt: Date;
  /** The founder's zone: the group booked in it. */
  timeZone: string;
  meetingUrl: string | null;
  /** "Take me off this session"; not shown once they are off it or it is cancelled. */
  removeUrl: string;
  previous?: { startsAt: Date; endsAt: Date };
}

const sentences: Record<CoFounderNews, (founder: string, mentor: string) => string> = {
  invited: (founder, mentor) =>
    `${founder} has added you to their free session with ${mentor}, an experienced co-operator who volunteers an hour to people starting worker co-ops. The calendar invite is attached.`,
  moved: (founder, mentor) => `The session ${founder} booked with ${mentor} has moved to a new time. The updated calendar invite is attached.`,
  cancelled: (founder, mentor) => `The session ${founder} booked with ${mentor} has been cancelled. The calendar event is cancelled too.`,
  removed: (_founder, mentor) => `You are off the session with ${mentor}, as you asked. The calendar event is cancelled for you; nobody else's changes.`,
};

const subjects: Record<CoFounderNews, (mentor: string, date: string) => string> = {
  invited: (mentor, date) => `Invitation: a session with ${mentor} on ${date}`,
  moved: (mentor, date) => `Moved: the session with ${mentor} is now ${date}`,
  cancelled: (mentor, date) => `Cancelled: the session with ${mentor} on ${date}`,
  removed: (mentor, date) => `You are off the session with ${mentor} on ${date}`,
};

export function coFounderEmail(input: CoFounderEmailInput): RenderedEmail {
  const { news, founderName, mentorName, meetingUrl, removeUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone);
  const sentence = sentences[news](founderName, mentorName);
  const active = news === "invited" || news === "moved";
  const noLink = `${mentorName} will send the video call link before the session.`;
  const only = `Candle sends you nothing else: no account, no newsletter. Only ${founderName} can move or cancel the session.`;
  const rows: [string, string][] = [
    ["With", mentorName],
    ["Booked by", founderName],
    ["When", when],
    ...(input.previous ? ([["Was", formatSessionTime(input.previous.startsAt, input.previous.endsAt, input.timeZone)]] as [string, string][]) : []),
  ];

  const body = html`${paragraph("Hello,")}
${paragraph(sentence)}
${detailsTable([...rows, ...(active ? ([["Video call", meetingUrl ? emailLink(meetingUrl) : noLink]] as [string, ReturnType<typeof emailLink> | string][]) : [])])}
${active && meetingUrl && emailButton("Join the video call", meetingUrl)}
${active && paragraph(only)}
${active && paragraph(html`Not coming? ${emailLink(removeUrl, "Take me off this session")}`)}`;

  const text = renderText([
    "Hello,",
    sentence,
    textDetails([...rows, ...(active ? ([["Video call", meetingUrl ?? noLink]] as [string, string][]) : [])]),
    active && only,
    active && `Not coming? Take me off this session:\n${removeUrl}`,
  ]);

  return renderEmail(
    subjects[news](subjectName(mentorName), formatShortDate(input.startsAt, input.timeZone)),
    { preheader: `${when}, with ${mentorName}.`, heading: `A session with ${mentorName}`, body },
    text,
  );
}

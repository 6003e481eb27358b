import { emailButton, emailLink, html, paragraph } from "./layout";
import { renderEmail, renderText, subjectName, type RenderedEmail } from "./parts";
import { formatSessionTime, formatShortDate } from "./time";

// Sent once, a couple of hours after a session ends. Every link opens a page
// with a button: a mail scanner following links records nothing.

interface FollowUpTime {
  startsAt: Date;
  endsAt: Date;
  /** The recipient's zone. */
  timeZone: string;
}

export interface FeedbackRequestEmailInput extends FollowUpTime {
  founderName: string;
  mentorName: string;
  /** The feedback page; `ratingUrls[i]` opens it with score i + 1 chosen. */
  feedbackUrl: string;
  ratingUrls: readonly string[];
}

const RATING_WORDS = ["1 – not useful", "2", "3", "4", "5 – exactly what we needed"];

export function feedbackRequestEmail(input: FeedbackRequestEmailInput): RenderedEmail {
  const { founderName, mentorName, feedbackUrl, ratingUrls } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone);
  const ask = `How useful was your session with ${mentorName}? Two questions, one minute: it tells ${mentorName}, a volunteer, that the hour helped, and tells the programme what to offer next.`;
  const ratings = ratingUrls.map((url, index) => emailLink(url, RATING_WORDS[index] ?? String(index + 1)));

  const body = html`${paragraph(`Hi ${founderName},`)}
${paragraph(`${ask}`)}
${paragraph(html`<strong>${when}</strong>`)}
${paragraph(html`Pick a score to start: ${ratings.map((link, index) => html`${index ? " · " : ""}${link}`)}`)}
${emailButton("Tell us how it went", feedbackUrl)}
${paragraph("From the same page you can book a follow-up, or find someone else on the same topic.")}`;

  const text = renderText([
    `Hi ${founderName},`,
    ask,
    when,
    `Tell us how it went:\n${feedbackUrl}`,
    "From the same page you can book a follow-up, or find someone else on the same topic.",
  ]);

  return renderEmail(
    `How was your session with ${subjectName(mentorName)}?`,
    { preheader: `Your session on ${formatShortDate(input.startsAt, input.timeZone)}: one minute of feedback.`, heading: "How did it go?", body },
    text,
  );
}

export interface OutcomeRequestEmailInput extends FollowUpTime {
  mentorName: string;
  founderName: string;
  heldUrl: string;
  noShowUrl: string;
}

export function outcomeRequestEmail(input: OutcomeRequestEmailInput): RenderedEmail {
  const { mentorName, founderName, heldUrl, noShowUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone);
  const why = "It keeps the programme's figures true. You can change your answer from your sessions page for a week.";

  const body = html`${paragraph(`Hi ${mentorName},`)}
${paragraph(html`Did your session with ${founderName} take place? <strong>${when}</strong>`)}
${emailButton("Yes, it took place", heldUrl)}
${paragraph(html`${emailLink(noShowUrl, `No, ${founderName} did not come`)}`)}
${paragraph(why)}`;

  const text = renderText([
    `Hi ${mentorName},`,
    `Did your session with ${founderName} take place? ${when}`,
    `Yes, it took place:\n${heldUrl}`,
    `No, ${founderName} did not come:\n${noShowUrl}`,
    why,
  ]);

  return renderEmail(
    `Did your session with ${subjectName(founderName)} take place?`,
    { preheader: `${when}: one click to say.`, heading: `Your session with ${founderName}`, body },
    text,
  );
}

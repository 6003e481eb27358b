import type { Locale } from "../../i18n/languages";
import { mailLanguage } from "./language";
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
  /** The recipient's language. */
  locale: Locale;
}

export interface FeedbackRequestEmailInput extends FollowUpTime {
  founderName: string;
  mentorName: string;
  /** The feedback page; `ratingUrls[i]` opens it with score i + 1 chosen. */
  feedbackUrl: string;
  ratingUrls: readonly string[];
}

export async function feedbackRequestEmail(input: FeedbackRequestEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { founderName, mentorName, feedbackUrl, ratingUrls } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone, locale);
  const ask = t("followUps.feedback.ask", { mentor: mentorName });
  const ratingWord = (score: number) =>
    score === 1 ? t("followUps.feedback.lowest") : score === ratingUrls.length ? t("followUps.feedback.highest") : String(score);
  const ratings = ratingUrls.map((url, index) => emailLink(url, ratingWord(index + 1)));
  const more = t("followUps.feedback.more");
  const button = t("followUps.feedback.button");

  const body = html`${paragraph(t("layout.hi", { name: founderName }))}
${paragraph(`${ask}`)}
${paragraph(html`<strong>${when}</strong>`)}
${paragraph(html`${t("followUps.feedback.pick")} ${ratings.map((link, index) => html`${index ? " · " : ""}${link}`)}`)}
${emailButton(mail, button, feedbackUrl)}
${paragraph(more)}`;

  const text = renderText(mail, [t("layout.hi", { name: founderName }), ask, when, `${button}:\n${feedbackUrl}`, more]);

  return renderEmail(
    mail,
    t("followUps.feedback.subject", { mentor: subjectName(mentorName) }),
    {
      preheader: t("followUps.feedback.preheader", { date: formatShortDate(input.startsAt, input.timeZone, locale) }),
      heading: t("followUps.feedback.heading"),
      body,
    },
    text,
  );
}

export interface OutcomeRequestEmailInput extends FollowUpTime {
  mentorName: string;
  founderName: string;
  heldUrl: string;
  noShowUrl: string;
}

export async function outcomeRequestEmail(input: OutcomeRequestEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { mentorName, founderName, heldUrl, noShowUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone, locale);
  const why = t("followUps.outcome.why");
  const question = t("followUps.outcome.question", { founder: founderName });
  const held = t("followUps.outcome.held");
  const noShow = t("followUps.outcome.noShow", { founder: founderName });

  const body = html`${paragraph(t("layout.hi", { name: mentorName }))}
${paragraph(html`${question} <strong>${when}</strong>`)}
${emailButton(mail, held, heldUrl)}
${paragraph(html`${emailLink(noShowUrl, noShow)}`)}
${paragraph(why)}`;

  const text = renderText(mail, [t("layout.hi", { name: mentorName }), `${question} ${when}`, `${held}:\n${heldUrl}`, `${noShow}:\n${noShowUrl}`, why]);

  return renderEmail(
    mail,
    t("followUps.outcome.subject", { founder: subjectName(founderName) }),
    { preheader: t("followUps.outcome.preheader", { when }), heading: t("layout.sessionWith", { other: founderName }), body },
    text,
  );
}

import type { Locale } from "../../i18n/languages";
import { mailLanguage } from "./language";
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
  /** The recipient's language. */
  locale: Locale;
}

export interface FounderReminderEmailInput extends ReminderTime {
  founderName: string;
  mentorName: string;
  meetingUrl: string | null;
  manageUrl: string;
  /** Opens the founder's page at a single "I can't make it" button. */
  cantMakeItUrl: string;
}

export async function founderReminderEmail(input: FounderReminderEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { founderName, mentorName, meetingUrl, manageUrl, cantMakeItUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone, locale);
  const noLink = t("reminders.founder.noLink", { mentor: mentorName });
  const cantMakeIt = t("reminders.founder.cantMakeIt", { mentor: mentorName });
  const intro = t("reminders.founder.intro", { mentor: mentorName });
  const moveLink = t("reminders.founder.moveLink");

  const body = html`${paragraph(t("layout.hi", { name: founderName }))}
${paragraph(intro)}
${detailsTable([
  [t("layout.with"), mentorName],
  [t("layout.when"), html`<strong>${when}</strong>`],
  [t("layout.videoCall"), meetingUrl ? emailLink(meetingUrl) : noLink],
])}
${meetingUrl && emailButton(mail, t("layout.joinCall"), meetingUrl)}
${paragraph(cantMakeIt)}
${emailButton(mail, t("reminders.cantMakeItButton"), cantMakeItUrl)}
${paragraph(html`${emailLink(manageUrl, moveLink)}`)}`;

  const text = renderText(mail, [
    t("layout.hi", { name: founderName }),
    intro,
    textDetails([
      [t("layout.with"), mentorName],
      [t("layout.when"), when],
      [t("layout.videoCall"), meetingUrl ?? noLink],
    ]),
    `${cantMakeIt}\n${t("reminders.cantMakeItButton")}:\n${cantMakeItUrl}`,
    `${moveLink}:\n${manageUrl}`,
  ]);

  return renderEmail(
    mail,
    t("reminders.founder.subject", { mentor: subjectName(mentorName), date: formatShortDate(input.startsAt, input.timeZone, locale) }),
    { preheader: t("reminders.preheader", { when, other: mentorName }), heading: t("layout.sessionWith", { other: mentorName }), body },
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

export async function mentorReminderEmail(input: MentorReminderEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { mentorName, founderName, founderEmail, meetingUrl, cantMakeItUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone, locale);
  const topics = input.topics.length > 0 ? input.topics.join(t("layout.listSeparator")) : t("layout.noTopics");
  const message = input.message.trim();
  const noLink = t("reminders.mentor.noLink", { founder: founderName });
  const cantMakeIt = t("reminders.mentor.cantMakeIt", { founder: founderName });
  const intro = t("reminders.mentor.intro", { founder: founderName });
  const rows: [string, string][] = [
    [t("layout.founder"), founderName],
    [t("layout.email"), founderEmail],
    [t("layout.topics"), topics],
  ];

  const body = html`${paragraph(t("layout.hi", { name: mentorName }))}
${paragraph(intro)}
${detailsTable([[t("layout.when"), html`<strong>${when}</strong>`], ...rows, [t("layout.videoCall"), meetingUrl ? emailLink(meetingUrl) : noLink]])}
${message && html`${paragraph(t("layout.inTheirWords", { founder: founderName }))}${quotedText(message)}`}
${paragraph(cantMakeIt)}
${emailButton(mail, t("reminders.cantMakeItButton"), cantMakeItUrl)}`;

  const text = renderText(mail, [
    t("layout.hi", { name: mentorName }),
    intro,
    textDetails([[t("layout.when"), when], ...rows, [t("layout.videoCall"), meetingUrl ?? noLink]]),
    message && `${t("layout.inTheirWords", { founder: founderName })}\n\n${textQuote(message)}`,
    `${cantMakeIt}\n${t("reminders.cantMakeItButton")}:\n${cantMakeItUrl}`,
  ]);

  return renderEmail(
    mail,
    t("reminders.mentor.subject", { founder: subjectName(founderName), date: formatShortDate(input.startsAt, input.timeZone, locale) }),
    { preheader: t("reminders.mentor.preheader", { when, topics }), heading: t("layout.sessionWith", { other: founderName }), body },
    text,
  );
}

import type { Locale } from "../../i18n/languages";
import { mailLanguage } from "./language";
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
  /** The founder's language: the group booked in it too. */
  locale: Locale;
  meetingUrl: string | null;
  /** "Take me off this session"; not shown once they are off it or it is cancelled. */
  removeUrl: string;
  previous?: { startsAt: Date; endsAt: Date };
}

export async function coFounderEmail(input: CoFounderEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { news, founderName, mentorName, meetingUrl, removeUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone, locale);
  const sentence = t(`coFounders.${news}.sentence`, { founder: founderName, mentor: mentorName });
  const active = news === "invited" || news === "moved";
  const noLink = t("coFounders.noLink", { mentor: mentorName });
  const only = t("coFounders.only", { founder: founderName });
  const rows: [string, string][] = [
    [t("layout.with"), mentorName],
    [t("coFounders.bookedBy"), founderName],
    [t("layout.when"), when],
    ...(input.previous
      ? ([[t("layout.was"), formatSessionTime(input.previous.startsAt, input.previous.endsAt, input.timeZone, locale)]] as [string, string][])
      : []),
  ];

  const body = html`${paragraph(t("layout.hello"))}
${paragraph(sentence)}
${detailsTable([...rows, ...(active ? ([[t("layout.videoCall"), meetingUrl ? emailLink(meetingUrl) : noLink]] as [string, ReturnType<typeof emailLink> | string][]) : [])])}
${active && meetingUrl && emailButton(mail, t("layout.joinCall"), meetingUrl)}
${active && paragraph(only)}
${active && paragraph(html`${t("coFounders.notComing")} ${emailLink(removeUrl, t("coFounders.removeLink"))}`)}`;

  const text = renderText(mail, [
    t("layout.hello"),
    sentence,
    textDetails([...rows, ...(active ? ([[t("layout.videoCall"), meetingUrl ?? noLink]] as [string, string][]) : [])]),
    active && only,
    active && t("coFounders.textRemove", { url: removeUrl }),
  ]);

  return renderEmail(
    mail,
    t(`coFounders.${news}.subject`, { mentor: subjectName(mentorName), date: formatShortDate(input.startsAt, input.timeZone, locale) }),
    { preheader: t("coFounders.preheader", { when, mentor: mentorName }), heading: t("coFounders.heading", { mentor: mentorName }), body },
    text,
  );
}

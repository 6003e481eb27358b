import type { Locale } from "../../i18n/languages";
import { mailLanguage } from "./language";
import { emailButton, emailLink, html, paragraph } from "./layout";
import { renderEmail, renderText, subjectName, type RenderedEmail } from "./parts";
import { formatDateTime, formatSessionTime, formatShortDate } from "./time";

// Both emails carry the unsubscribe link: it opens a page with a button, so a
// mail scanner following it takes nobody off the list. Neither says who else is
// waiting or how many.

/** Whom the founder waits for: a mentor by name, or what they searched for ("Governance, in Spanish"). */
export type WaitingFor = { mentorName: string } | { searchedFor: string };

export interface WaitlistConfirmEmailInput {
  waitingFor: WaitingFor;
  confirmUrl: string;
  unsubscribeUrl: string;
  /** When the confirmation link stops working. */
  confirmBy: Date;
  /** The founder's zone, for the date above. */
  timeZone: string;
  /** The language the founder signed up in. */
  locale: Locale;
  waitDays: number;
}

export async function waitlistConfirmEmail(input: WaitlistConfirmEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { waitingFor, confirmUrl, unsubscribeUrl } = input;
  const who = "mentorName" in waitingFor ? waitingFor.mentorName : t("waitlist.aMentorFor", { searchedFor: waitingFor.searchedFor });
  const asked = t("waitlist.confirm.asked", { who });
  const promise = t("waitlist.confirm.promise", { days: input.waitDays });
  const notYou = t("waitlist.confirm.notYou", { until: formatDateTime(input.confirmBy, input.timeZone, locale) });
  const yes = t("waitlist.confirm.button");

  const body = html`${paragraph(asked)}
${paragraph(promise)}
${emailButton(mail, yes, confirmUrl)}
${paragraph(notYou)}
${paragraph(html`${emailLink(unsubscribeUrl, t("waitlist.confirm.neverMind"))}`)}`;

  const text = renderText(mail, [asked, promise, `${yes}:\n${confirmUrl}`, notYou, `${t("waitlist.confirm.takeMeOff")}:\n${unsubscribeUrl}`]);

  return renderEmail(
    mail,
    t("waitlist.confirm.subject", { who: subjectName(who) }),
    { preheader: t("waitlist.confirm.preheader"), heading: t("waitlist.confirm.heading"), body },
    text,
  );
}

export interface WaitlistFreedEmailInput {
  mentorName: string;
  startsAt: Date;
  endsAt: Date;
  /** The founder's zone; the time is shown in it, named. */
  timeZone: string;
  /** The language the founder signed up in. */
  locale: Locale;
  /** The booking form for this time. */
  bookUrl: string;
  /** The mentor's page, for their other times. */
  mentorUrl: string;
  unsubscribeUrl: string;
  /** For a search entry: what the founder searched for ("Governance, in Spanish"). */
  searchedFor?: string;
}

export async function waitlistFreedEmail(input: WaitlistFreedEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { mentorName, bookUrl, mentorUrl, unsubscribeUrl, searchedFor } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone, locale);
  const news = searchedFor ? t("waitlist.freed.newsSearch", { searchedFor, mentor: mentorName }) : t("waitlist.freed.newsMentor", { mentor: mentorName });
  const race = t("waitlist.freed.race", { mentor: mentorName });
  const book = t("waitlist.freed.button");
  const allTimes = t("waitlist.freed.allTimes", { mentor: mentorName });
  const offEvery = t("waitlist.freed.offEvery");

  const body = html`${paragraph(news)}
${paragraph(html`<strong>${when}</strong>`)}
${emailButton(mail, book, bookUrl)}
${paragraph(race)}
${paragraph(html`${emailLink(mentorUrl, allTimes)}`)}
${paragraph(html`${emailLink(unsubscribeUrl, offEvery)}`)}`;

  const text = renderText(mail, [news, when, `${book}:\n${bookUrl}`, race, `${allTimes}:\n${mentorUrl}`, `${offEvery}:\n${unsubscribeUrl}`]);

  return renderEmail(
    mail,
    t("waitlist.freed.subject", { mentor: subjectName(mentorName), date: formatShortDate(input.startsAt, input.timeZone, locale) }),
    { preheader: t("waitlist.freed.preheader", { when }), heading: t("waitlist.freed.heading", { mentor: mentorName }), body },
    text,
  );
}

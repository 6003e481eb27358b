import { countryName } from "@/lib/format/names";
import type { Locale } from "../../i18n/languages";
import { mailLanguage } from "./language";
import { bulletList, detailsTable, emailButton, emailLink, html, paragraph, quotedText } from "./layout";
import type { CoopStage } from "../../db/types";
import { coopStageLabel } from "../../format/coop-stages";
import { translatorFor } from "../../i18n/messages";
import { renderEmail, renderText, subjectName, textDetails, textQuote, type RenderedEmail } from "./parts";
import { formatDateTime, formatSessionTime, formatShortDate } from "./time";

export type { RenderedEmail } from "./parts";

interface SessionTime {
  startsAt: Date;
  endsAt: Date;
  /** The recipient's zone; every time in the email is shown in it, named. */
  timeZone: string;
  /** The recipient's language. */
  locale: Locale;
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

export async function confirmBookingEmail(input: ConfirmBookingEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { founderName, mentorName, confirmUrl, manageUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone, locale);
  const until = formatDateTime(input.expiresAt, input.timeZone, locale);
  const holding = input.held ? t("booking.confirm.held", { until }) : t("booking.confirm.notHeld", { until });
  const preheader = input.held ? t("booking.confirm.preheaderHeld", { until }) : t("booking.confirm.preheaderNotHeld");
  const asked = t("booking.confirm.asked", { mentor: mentorName });
  const ignore = t("booking.confirm.ignore");
  const rows: [string, string][] = [
    [t("layout.with"), mentorName],
    [t("layout.when"), when],
  ];

  const body = html`${paragraph(t("layout.hi", { name: founderName }))}
${paragraph(asked)}
${detailsTable(rows)}
${emailButton(mail, t("booking.confirm.button"), confirmUrl)}
${paragraph(holding)}
${paragraph(ignore)}
${paragraph(html`${t("booking.confirm.changedMind")} ${emailLink(manageUrl, t("booking.confirm.cancelLink"))}.`)}`;

  const text = renderText(mail, [
    t("layout.hi", { name: founderName }),
    asked,
    textDetails(rows),
    t("booking.confirm.textConfirm", { url: confirmUrl }),
    holding,
    ignore,
    t("booking.confirm.textCancel", { url: manageUrl }),
  ]);

  return renderEmail(mail, t("booking.confirm.subject", { mentor: subjectName(mentorName) }), { preheader, heading: t("booking.confirm.heading"), body }, text);
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

export async function sessionConfirmedFounderEmail(input: SessionConfirmedFounderEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { founderName, mentorName, mentorCoop, meetingUrl, manageUrl, topics } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone, locale);
  const mentorLine = mentorCoop
    ? t("booking.confirmedFounder.mentorWithCoop", { mentor: mentorName, coop: mentorCoop })
    : t("booking.confirmedFounder.mentorAlone", { mentor: mentorName });
  const noLinkYet = t("booking.confirmedFounder.noLinkYet", { mentor: mentorName });
  const confirmed = t("booking.confirmedFounder.confirmed", { mentor: mentorLine });
  const tips = [t("booking.confirmedFounder.tipGroup"), t("booking.confirmedFounder.tipQuestions"), t("booking.confirmedFounder.tipDocuments")];
  const rows = (videoCall: string | ReturnType<typeof emailLink>) => [
    [t("layout.with"), mentorLine] as const,
    [t("layout.when"), when] as const,
    [t("layout.videoCall"), videoCall] as const,
    ...(topics.length > 0 ? [[t("layout.topics"), topics.join(t("layout.listSeparator"))] as const] : []),
  ];

  const body = html`${paragraph(t("layout.hi", { name: founderName }))}
${paragraph(confirmed)}
${detailsTable(rows(meetingUrl ? emailLink(meetingUrl) : noLinkYet))}
${meetingUrl && emailButton(mail, t("layout.joinCall"), meetingUrl)}
<h2 style="margin:8px 0 8px;font-size:18px;line-height:1.3;">${t("booking.confirmedFounder.beforeYouMeet")}</h2>
${paragraph(t("booking.confirmedFounder.noNeed"))}
${bulletList(tips)}
${paragraph(t("booking.confirmedFounder.volunteer", { mentor: mentorName }))}
${paragraph(html`${emailLink(manageUrl, t("booking.confirmedFounder.manageLink"))}`)}`;

  const text = renderText(mail, [
    t("layout.hi", { name: founderName }),
    confirmed,
    textDetails(rows(meetingUrl ?? noLinkYet) as [string, string][]),
    `${t("booking.confirmedFounder.beforeYouMeet")}\n\n${t("booking.confirmedFounder.noNeed")}\n${tips.map((tip) => `- ${tip}`).join("\n")}`,
    t("booking.confirmedFounder.textVolunteer", { mentor: mentorName, url: manageUrl }),
  ]);

  return renderEmail(
    mail,
    t("booking.confirmedFounder.subject", { mentor: subjectName(mentorName), date: formatShortDate(input.startsAt, input.timeZone, locale) }),
    { preheader: t("booking.confirmedFounder.preheader", { when }), heading: t("booking.confirmedFounder.heading", { mentor: mentorName }), body },
    text,
  );
}

export interface SessionConfirmedMentorEmailInput extends SessionTime {
  mentorName: string;
  founderName: string;
  founderEmail: string;
  /** ISO 3166 code as stored on the booking; shown as the country's name in the recipient's language. */
  founderCountry: string;
  coopStage: CoopStage;
  topics: readonly string[];
  message: string;
  meetingUrl: string | null;
  sessionsUrl: string;
  /** Co-founders coming too (their addresses); each has the invite. */
  coFounders?: readonly string[];
}

export async function sessionConfirmedMentorEmail(input: SessionConfirmedMentorEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { mentorName, founderName, founderEmail, meetingUrl, sessionsUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone, locale);
  const topics = input.topics.length > 0 ? input.topics.join(t("layout.listSeparator")) : t("layout.noTopics");
  const message = input.message.trim();
  const noLink = t("booking.confirmedMentor.noLink", { founder: founderName });
  const booked = t("booking.confirmedMentor.booked", { founder: founderName });
  const cancel = t("booking.confirmedMentor.cancel", { founder: founderName });
  const rows: [string, string][] = [
    [t("layout.founder"), founderName],
    [t("layout.email"), founderEmail],
    ...(input.coFounders?.length ? ([[t("layout.coFounders"), input.coFounders.join(t("layout.listSeparator"))]] as [string, string][]) : []),
    [t("layout.country"), countryName(input.founderCountry, locale)],
    [t("layout.coopStage"), coopStageLabel(input.coopStage, await translatorFor(locale, "coopStages"))],
    [t("layout.topics"), topics],
    [t("layout.when"), when],
  ];

  const body = html`${paragraph(t("layout.hi", { name: mentorName }))}
${paragraph(booked)}
${detailsTable([...rows, [t("layout.videoCall"), meetingUrl ? emailLink(meetingUrl) : noLink]])}
${message && html`${paragraph(t("layout.inTheirWords", { founder: founderName }))}${quotedText(message)}`}
${emailButton(mail, t("booking.confirmedMentor.button"), sessionsUrl)}
${paragraph(cancel)}`;

  const text = renderText(mail, [
    t("layout.hi", { name: mentorName }),
    booked,
    textDetails([...rows, [t("layout.videoCall"), meetingUrl ?? noLink]]),
    message && `${t("layout.inTheirWords", { founder: founderName })}\n\n${textQuote(message)}`,
    t("booking.confirmedMentor.textSessions", { url: sessionsUrl }),
    cancel,
  ]);

  return renderEmail(
    mail,
    t("booking.confirmedMentor.subject", { founder: subjectName(founderName), date: formatShortDate(input.startsAt, input.timeZone, locale) }),
    { preheader: t("booking.confirmedMentor.preheader", { when, topics }), heading: t("booking.confirmedMentor.heading", { founder: founderName }), body },
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

export async function sessionCancelledEmail(input: SessionCancelledEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { recipientName, otherPersonName, rebookUrl } = input;
  const role = input.recipientRole ?? (input.cancelledBy === "founder" ? "mentor" : input.cancelledBy === "mentor" ? "founder" : null);
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone, locale);
  const reason = input.reason?.trim() || null;
  const other = { other: otherPersonName };
  const sentence =
    input.cancelledBy === "organiser"
      ? t("booking.cancelled.byOrganiser", other)
      : input.cancelledBy === role
        ? t("booking.cancelled.byYou", other)
        : t("booking.cancelled.byOther", other);
  const byFounder = input.cancelledBy === "founder";
  const rebookLabel = byFounder ? t("booking.cancelled.bookAnother") : t("booking.cancelled.bookSomeoneElse");
  const rebookSentence = byFounder ? t("booking.cancelled.rebookAgain") : t("booking.cancelled.rebookElsewhere");
  const calendar = t("booking.cancelled.calendar");
  const rows: [string, string][] = [
    [t("layout.with"), otherPersonName],
    [t("layout.when"), when],
  ];

  const body = html`${paragraph(t("layout.hi", { name: recipientName }))}
${paragraph(sentence)}
${detailsTable(rows)}
${reason && html`${paragraph(t("booking.cancelled.reason"))}${quotedText(reason)}`}
${paragraph(calendar)}
${rebookUrl && html`${paragraph(rebookSentence)}${emailButton(mail, rebookLabel, rebookUrl)}`}`;

  const text = renderText(mail, [
    t("layout.hi", { name: recipientName }),
    sentence,
    textDetails(rows),
    reason && `${t("booking.cancelled.reason")}\n\n${textQuote(reason)}`,
    calendar,
    rebookUrl && `${rebookSentence}\n${rebookLabel}:\n${rebookUrl}`,
  ]);

  return renderEmail(
    mail,
    t("booking.cancelled.subject", { other: subjectName(otherPersonName), date: formatShortDate(input.startsAt, input.timeZone, locale) }),
    { preheader: t("booking.cancelled.preheader", { sentence, when }), heading: t("booking.cancelled.heading"), body },
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

export async function sessionMovedEmail(input: SessionMovedEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t, locale } = mail;
  const { recipientName, otherPersonName, meetingUrl, manageUrl } = input;
  const when = formatSessionTime(input.startsAt, input.endsAt, input.timeZone, locale);
  const was = formatSessionTime(input.previousStartsAt, input.previousEndsAt, input.timeZone, locale);
  const sentence = t("booking.moved.sentence", { other: otherPersonName });
  const noLink = t("booking.moved.noLink");

  const body = html`${paragraph(t("layout.hi", { name: recipientName }))}
${paragraph(sentence)}
${detailsTable([
  [t("layout.newTime"), html`<strong>${when}</strong>`],
  [t("layout.was"), was],
  [t("layout.with"), otherPersonName],
  [t("layout.videoCall"), meetingUrl ? emailLink(meetingUrl) : noLink],
])}
${meetingUrl && emailButton(mail, t("layout.joinCall"), meetingUrl)}
${manageUrl && paragraph(html`${t("booking.moved.manage")} ${emailLink(manageUrl, t("booking.moved.manageLink"))}.`)}`;

  const text = renderText(mail, [
    t("layout.hi", { name: recipientName }),
    sentence,
    textDetails([
      [t("layout.newTime"), when],
      [t("layout.was"), was],
      [t("layout.with"), otherPersonName],
      [t("layout.videoCall"), meetingUrl ?? noLink],
    ]),
    manageUrl && t("booking.moved.textManage", { url: manageUrl }),
  ]);

  return renderEmail(
    mail,
    t("booking.moved.subject", { other: subjectName(otherPersonName), date: formatShortDate(input.startsAt, input.timeZone, locale) }),
    { preheader: t("booking.moved.preheader", { when }), heading: t("booking.moved.heading"), body },
    text,
  );
}

import type { Locale } from "../../i18n/languages";
import { mailLanguage, type MailLanguage } from "./language";
import { emailButton, emailLink, html, paragraph } from "./layout";
import { renderEmail, renderText, type RenderedEmail } from "./parts";

export type { RenderedEmail } from "./parts";

function sessionsSentence({ t }: MailLanguage, cancelled: number): string | null {
  if (cancelled === 0) return null;
  return t("volunteers.sessionsCancelled", { count: cancelled });
}

interface Volunteer {
  name: string;
  /** The volunteer's own language (their account's). */
  locale: Locale;
}

type Listing = Volunteer & { volunteerUrl: string; profileUrl: string };

/** Listed (approved) or listed again (back after a pause): the volunteer's area and their public page. */
async function listedEmail(kind: "approved" | "resumed", { name, locale, volunteerUrl, profileUrl }: Listing): Promise<RenderedEmail> {
  const mail = await mailLanguage(locale);
  const { t } = mail;
  const intro = t(`volunteers.${kind}.intro`);
  const check = t(`volunteers.${kind}.check`);
  const body = html`${paragraph(t("layout.hi", { name }))}
${paragraph(intro)}
${paragraph(check)}
${emailButton(mail, kind === "approved" ? t("volunteers.volunteerPageButton") : t("volunteers.resumed.button"), volunteerUrl)}
${paragraph(html`${t("volunteers.publicPage")} ${emailLink(profileUrl)}`)}`;
  const text = renderText(mail, [
    t("layout.hi", { name }),
    intro,
    check,
    `${t("volunteers.volunteerPage")}\n${volunteerUrl}`,
    `${t("volunteers.publicPage")}\n${profileUrl}`,
  ]);
  return renderEmail(
    mail,
    t(`volunteers.${kind}.subject`),
    { preheader: t(`volunteers.${kind}.preheader`), heading: t(`volunteers.${kind}.heading`), body },
    text,
  );
}

export const volunteerApprovedEmail = (input: Listing) => listedEmail("approved", input);

export async function volunteerDeclinedEmail({ name, locale }: Volunteer): Promise<RenderedEmail> {
  const mail = await mailLanguage(locale);
  const { t } = mail;
  const lines = [t("volunteers.declined.thanks"), t("volunteers.declined.notThisTime"), t("volunteers.declined.reply")];
  const body = html`${paragraph(t("layout.hi", { name }))}
${lines.map((line) => paragraph(line))}`;
  const text = renderText(mail, [t("layout.hi", { name }), ...lines]);
  return renderEmail(
    mail,
    t("volunteers.declined.subject"),
    { preheader: t("volunteers.declined.preheader"), heading: t("volunteers.declined.heading"), body },
    text,
  );
}

export async function volunteerPausedEmail({
  name,
  locale,
  cancelledSessions,
  volunteerUrl,
}: Volunteer & {
  cancelledSessions: number;
  volunteerUrl: string;
}): Promise<RenderedEmail> {
  const mail = await mailLanguage(locale);
  const { t } = mail;
  const intro = t("volunteers.paused.intro");
  const sessions = sessionsSentence(mail, cancelledSessions);
  const more = t("volunteers.paused.more");
  const body = html`${paragraph(t("layout.hi", { name }))}
${paragraph(intro)}
${sessions && paragraph(sessions)}
${paragraph(more)}
${emailButton(mail, t("volunteers.volunteerPageButton"), volunteerUrl)}`;
  const text = renderText(mail, [t("layout.hi", { name }), intro, sessions, more, `${t("volunteers.volunteerPage")}\n${volunteerUrl}`]);
  return renderEmail(
    mail,
    t("volunteers.paused.subject"),
    { preheader: t("volunteers.paused.preheader"), heading: t("volunteers.paused.heading"), body },
    text,
  );
}

export const volunteerResumedEmail = (input: Listing) => listedEmail("resumed", input);

export async function volunteerRetiredEmail({ name, locale, cancelledSessions }: Volunteer & { cancelledSessions: number }): Promise<RenderedEmail> {
  const mail = await mailLanguage(locale);
  const { t } = mail;
  const intro = t("volunteers.retired.intro");
  const sessions = sessionsSentence(mail, cancelledSessions);
  const thanks = t("volunteers.retired.thanks");
  const body = html`${paragraph(t("layout.hi", { name }))}
${paragraph(intro)}
${sessions && paragraph(sessions)}
${paragraph(thanks)}`;
  const text = renderText(mail, [t("layout.hi", { name }), intro, sessions, thanks]);
  return renderEmail(
    mail,
    t("volunteers.retired.subject"),
    { preheader: t("volunteers.retired.preheader"), heading: t("volunteers.retired.heading"), body },
    text,
  );
}

/** `locale`: the inviting organiser's, the only language known for an address nobody has signed in with. */
export async function volunteerInvitationEmail({ joinUrl, locale }: { joinUrl: string; locale: Locale }): Promise<RenderedEmail> {
  const mail = await mailLanguage(locale);
  const { t } = mail;
  const intro = t("volunteers.invitation.intro");
  const how = t("volunteers.invitation.how");
  const ignore = t("volunteers.invitation.ignore");
  const apply = t("volunteers.invitation.button");
  const body = html`${paragraph(t("layout.hello"))}
${paragraph(intro)}
${paragraph(how)}
${emailButton(mail, apply, joinUrl)}
${paragraph(ignore)}`;
  const text = renderText(mail, [t("layout.hello"), intro, how, `${apply}:\n${joinUrl}`, ignore]);
  return renderEmail(
    mail,
    t("volunteers.invitation.subject"),
    { preheader: t("volunteers.invitation.preheader"), heading: t("volunteers.invitation.heading"), body },
    text,
  );
}

import type { Locale } from "../../i18n/languages";
import { mailLanguage } from "./language";
import { emailButton, html, paragraph } from "./layout";
import { renderEmail, renderText, type RenderedEmail } from "./parts";

interface LinkEmailInput {
  url: string;
  minutes: number;
  /** The recipient's language. */
  locale: Locale;
}

export async function signInEmail({ url, minutes, locale }: LinkEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(locale);
  const { t } = mail;
  const expires = t("account.signIn.expires", { minutes });
  const button = t("account.signIn.button");
  const body = html`${paragraph(t("account.signIn.intro"))}
${emailButton(mail, button, url)}
${paragraph(expires)}`;
  const text = renderText(mail, [t("account.signIn.introText"), url, expires]);
  return renderEmail(mail, t("account.signIn.subject"), { preheader: t("account.signIn.preheader", { minutes }), heading: button, body }, text);
}

export async function applicationReceivedEmail({ name, url, minutes, locale }: LinkEmailInput & { name: string }): Promise<RenderedEmail> {
  const mail = await mailLanguage(locale);
  const { t } = mail;
  const thanks = t("account.application.thanks");
  const meanwhile = t("account.application.meanwhile");
  const expires = t("account.application.expires", { minutes });
  const body = html`${paragraph(t("layout.hi", { name }))}
${paragraph(thanks)}
${paragraph(meanwhile)}
${emailButton(mail, t("account.signIn.button"), url)}
${paragraph(expires)}`;
  const text = renderText(mail, [t("layout.hi", { name }), thanks, `${meanwhile}\n${url}`, expires]);
  return renderEmail(
    mail,
    t("account.application.subject"),
    { preheader: t("account.application.preheader"), heading: t("account.application.heading"), body },
    text,
  );
}

export async function dataLinkEmail({ url, minutes, locale }: LinkEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(locale);
  const { t } = mail;
  const expires = t("myData.expires", { minutes });
  const body = html`${paragraph(t("myData.intro"))}
${emailButton(mail, t("myData.button"), url)}
${paragraph(expires)}`;
  const text = renderText(mail, [t("myData.introText"), url, expires]);
  return renderEmail(mail, t("myData.subject"), { preheader: t("myData.preheader", { minutes }), heading: t("myData.heading"), body }, text);
}

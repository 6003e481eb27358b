import type { Locale } from "../../i18n/languages";
import { mailLanguage } from "./language";
import { emailButton, html, paragraph } from "./layout";
import { renderEmail, renderText, type RenderedEmail } from "./parts";

export interface CalendarFailingEmailInput {
  name: string;
  /** The volunteer's name for the calendar ("Work"). */
  label: string;
  failures: number;
  /** In words, never the calendar's address. */
  error: string;
  calendarsUrl: string;
  /** The volunteer's language. */
  locale: Locale;
}

export async function calendarFailingEmail(input: CalendarFailingEmailInput): Promise<RenderedEmail> {
  const mail = await mailLanguage(input.locale);
  const { t } = mail;
  const { name, label, calendarsUrl } = input;
  const problem = t("calendars.problem", { label, failures: input.failures, error: input.error });
  const meanwhile = t("calendars.meanwhile");
  const fix = t("calendars.fix");
  const button = t("calendars.button");
  const body = html`${paragraph(t("layout.hi", { name }))}
${paragraph(problem)}
${paragraph(meanwhile)}
${paragraph(fix)}
${emailButton(mail, button, calendarsUrl)}`;
  const text = renderText(mail, [t("layout.hi", { name }), problem, meanwhile, fix, `${t("calendars.yourCalendars")}\n${calendarsUrl}`]);
  return renderEmail(mail, t("calendars.subject", { label }), { preheader: t("calendars.preheader"), heading: t("calendars.heading"), body }, text);
}

import type { Locale } from "../../i18n/languages";
import { translatorFor } from "../../i18n/messages";

// Every email is written in its recipient's language, whoever's request sent it:
// templates take the recipient's locale, and the words come from the "email" messages.

export type EmailTranslator = Awaited<ReturnType<typeof translatorFor<"email">>>;

export interface MailLanguage {
  locale: Locale;
  t: EmailTranslator;
}

/** Messages are read once per process, so this is cheap inside a transaction. */
export async function mailLanguage(locale: Locale): Promise<MailLanguage> {
  return { locale, t: await translatorFor(locale, "email") };
}

import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { config } from "../config";
import { accountLocale } from "./account";
import { loadMessages } from "../i18n/messages";
import { routing } from "../i18n/routing";

// A founder's page has its language in the address; the volunteer, organiser and
// sign-in pages speak the signed-in person's chosen language (lib/locale/account.ts).
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : await accountLocale();
  return {
    locale,
    messages: await loadMessages(locale),
    // Every time on a page is formatted in a zone the code names; this is only next-intl's fallback.
    timeZone: config.defaultTimeZone,
  };
});

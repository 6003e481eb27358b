// next-intl outside a request: an action's getLocale/getTranslations answer in
// the language a test sets (English unless told), and a redirect from
// lib/i18n/navigation lands on the prefixed path, as the real one would. Wire with:
//
//   vi.mock("next-intl/server", () => import("./support/intl-after").then((m) => m.intlServer));
//   vi.mock("@/lib/i18n/navigation", () => import("./support/intl-after").then((m) => m.intlNavigation));
import { createTranslator, type Messages } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";
import ja from "@/lib/i18n/messages/ja.json";
import type { Locale } from "@/lib/i18n/languages";
import { localisedPath } from "@/lib/i18n/paths";
import { nextNavigation } from "../../support/next-request";

const messages: Record<Locale, Messages> = { en, es, ja } as Record<Locale, Messages>;

/** The language of the simulated request. */
export const intlRequest = { locale: "en" as Locale };

type TranslationsArgument = string | { locale?: Locale; namespace?: string } | undefined;

export const intlServer = {
  getLocale: async () => intlRequest.locale,
  getTranslations: async (argument?: TranslationsArgument) => {
    const namespace = typeof argument === "string" ? argument : argument?.namespace;
    const locale = (typeof argument === "object" ? argument.locale : undefined) ?? intlRequest.locale;
    return createTranslator({ locale, messages: messages[locale], namespace: namespace as never });
  },
  setRequestLocale: () => undefined,
};

export const intlNavigation = {
  redirect: ({ href, locale }: { href: string; locale: Locale }) => nextNavigation.redirect(localisedPath(locale, href)),
};

import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./languages";

/**
 * Founders' pages carry their language in the address (/es/mentors/…), English
 * unprefixed, so every language's page is cached on its own. A first visit to an
 * unprefixed page is sent to the visitor's language (Accept-Language); choosing
 * one in the switcher is remembered in a cookie.
 */
/** Where a founder's choice of language is remembered. */
export const LOCALE_COOKIE = "locale";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  // Pages declare their alternates in <head> (lib/seo.ts); no Link header on every response.
  alternateLinks: false,
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
});

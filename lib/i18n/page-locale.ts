import { setRequestLocale } from "next-intl/server";
import { pickLocale, type Locale } from "./languages";

/**
 * A founder's page's language, from its address. Every page and layout under
 * app/[locale] calls this first: it is what lets next-intl render the page once
 * and cache it, rather than read the request's headers (which would make it per
 * request).
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const locale = pickLocale((await params).locale);
  setRequestLocale(locale);
  return locale;
}

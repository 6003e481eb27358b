import "server-only";
import { cookies, headers } from "next/headers";
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { saveAccountLocale } from "../auth/mutations";
import { getViewer } from "../auth/session";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../i18n/languages";
import { LOCALE_COOKIE } from "../i18n/routing";

/**
 * The language of the pages with no language in their address (the volunteer
 * and organiser areas, signing in, applying): the signed-in person's choice in
 * their profile; before signing in, the one they last chose on the site, or
 * their browser's.
 */
export async function accountLocale(): Promise<Locale> {
  const viewer = await getViewer();
  if (viewer && isLocale(viewer.locale)) return viewer.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiatedLocale((await headers()).get("accept-language"));
}

/** The best of our languages for an Accept-Language header. */
export function negotiatedLocale(acceptLanguage: string | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  try {
    const wanted = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
    return match(wanted, LOCALES, DEFAULT_LOCALE) as Locale;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Saves the signed-in person's choice in their profile; nobody signed in, nothing to save. */
export async function saveViewerLocale(locale: Locale): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await saveAccountLocale(viewer.id, locale);
}

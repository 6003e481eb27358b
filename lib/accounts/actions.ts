"use server";

import type { Route } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { saveAccountLocale } from "../auth/mutations";
import { requireOrganiser } from "../auth/session";
import { config } from "../config";
import { isLocale } from "../i18n/languages";
import { LOCALE_COOKIE } from "../i18n/routing";
import { formAction } from "../safe-action";

const PAGE = "/organiser";

/**
 * An organiser's language for their pages and the mail Candle sends them; the
 * cookie too, so the sign-in page after they sign out speaks it as well.
 */
export const saveOrganiserLanguageAction = formAction(async (form: FormData): Promise<void> => {
  const viewer = await requireOrganiser(PAGE);
  const locale = form.get("locale");
  if (!isLocale(locale)) redirect(`${PAGE}?language=invalid#language` as Route);
  await saveAccountLocale(viewer.id, locale);
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: config.publicUrl.startsWith("https://"),
  });
  redirect(`${PAGE}?language=saved#language` as Route);
});

import { NextIntlClientProvider, type Messages } from "next-intl";
import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";

/**
 * Messages for the client components of the volunteer area, signing in and
 * applying, sent only with those pages: CLIENT_NAMESPACES goes with every
 * founder's page too, and these would only weigh them down.
 */
export async function AccountMessages({ namespaces, children }: { namespaces: (keyof Messages)[]; children: ReactNode }) {
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  // A nested provider replaces its parent's messages: the ones every page's client parts read come too.
  const picked = Object.fromEntries([...CLIENT_NAMESPACES, ...namespaces].map((namespace) => [namespace, messages[namespace]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}

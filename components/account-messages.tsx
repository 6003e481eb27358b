import { NextIntlClientProvider, type Messages } from "next-intl";
import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * Messages for the client components of the volunteer area, signing in and
 * applying, sent only with those pages: CLIENT_NAMESPACES goes with every
 * founder's page too, and these would only weigh them down.
 */
export async function AccountMessages({ namespaces, children }: { namespaces: (keyof Messages)[]; children: ReactNode }) {
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}

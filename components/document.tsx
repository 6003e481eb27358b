import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import type { Locale } from "@/lib/i18n/languages";
import { clientMessages } from "@/lib/i18n/client-messages";

/**
 * The page around every page, in one language. Founders' pages name the language
 * in their address ("path"); the volunteer, organiser and sign-in pages follow
 * the person's own choice ("account").
 */
export async function Document({ locale, languages, children }: { locale: Locale; languages: "path" | "account"; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "document" });
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider locale={locale} messages={await clientMessages(locale)}>
          <SiteHeader locale={locale} languages={languages} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

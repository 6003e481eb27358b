import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Document } from "@/components/document";
import { config } from "@/lib/config";
import type { Locale } from "@/lib/i18n/languages";

// The volunteer, organiser and sign-in pages are per person and never cached:
// their language is the person's (lib/locale/account.ts), read per request.

export async function accountMetadata(): Promise<Metadata> {
  const t = await getTranslations("document");
  return {
    metadataBase: new URL(config.publicUrl),
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
  };
}

export const accountViewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#7a3e00" };

export async function AccountDocument({ children }: { children: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  return (
    <Document locale={locale} languages="account">
      {children}
    </Document>
  );
}

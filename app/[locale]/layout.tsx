import type { Metadata, Viewport } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Document } from "@/components/document";
import { config } from "@/lib/config";
import { LOCALES, type Locale } from "@/lib/i18n/languages";
import { shareMetadata } from "@/lib/seo";
import "../globals.css";

type Props = { params: Promise<{ locale: string }> };

// Each language's pages are built and cached on their own.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "document" });
  const title = t("title");
  const description = t("description");
  return {
    metadataBase: new URL(config.publicUrl),
    title: { default: title, template: t("titleTemplate") },
    description,
    ...shareMetadata({ title, description, path: "/", locale, imageAlt: t("shareImageAlt") }),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#7a3e00",
};

export default async function FounderLayout({ children, params }: Props & { children: ReactNode }) {
  const { locale } = await params;
  if (!hasLocale(LOCALES, locale)) notFound();
  setRequestLocale(locale);
  return (
    <Document locale={locale} languages="path">
      {children}
    </Document>
  );
}

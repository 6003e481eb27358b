import type { Metadata, Route } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { LanguageForm } from "@/components/organiser/language-form";
import { pickLocale } from "@/lib/i18n/languages";
import { loadPendingCount } from "@/lib/volunteers/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organiser");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganiserHomePage({ searchParams }: Props) {
  const pending = await loadPendingCount();
  const { language } = await searchParams;
  const t = await getTranslations("organiser");
  const locale = pickLocale(await getLocale());
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("heading")}</h1>
        <p>{t("pending", { count: pending })}</p>
      </div>
      <ul className="link-list">
        <li>
          <Link href={"/organiser/volunteers" as Route}>{t("links.volunteers")}</Link>
        </li>
        <li>
          <Link href={"/organiser/topics" as Route}>{t("links.topics")}</Link>
        </li>
        <li>
          <Link href={"/organiser/stats" as Route}>{t("links.stats")}</Link>
        </li>
        <li>
          <Link href={"/organiser/audit" as Route}>{t("links.audit")}</Link>
        </li>
      </ul>
      <LanguageForm locale={locale} outcome={language === "saved" || language === "invalid" ? language : undefined} />
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join.thanks");
  return { title: t("title"), robots: { index: false } };
}

export default async function JoinThanksPage() {
  const t = await getTranslations("join.thanks");
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("body")}</p>
      </div>
    </div>
  );
}

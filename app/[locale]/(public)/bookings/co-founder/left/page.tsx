import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "coFounderPage.left" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function LeftSessionPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const t = await getTranslations("coFounderPage.left");
  const { done } = await searchParams;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{done === "removed" ? t("removedTitle") : t("nothingTitle")}</h1>
        <p role="status">{done === "removed" ? t("removedBody") : t("nothingBody")}</p>
        <p>
          {t.rich("starting", {
            link: (chunks) => <Link href="/mentors">{chunks}</Link>,
          })}
        </p>
      </div>
    </div>
  );
}

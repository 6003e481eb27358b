import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "myData.erased" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function MyDataErasedPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("myData.erased");
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p role="status">{t("body")}</p>
        <p>
          <Link href="/mentors">{t("back")}</Link>
        </p>
      </div>
    </div>
  );
}

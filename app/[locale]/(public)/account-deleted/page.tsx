import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "accountDeleted" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function AccountDeletedPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("accountDeleted");
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p role="status">{t("body")}</p>
        <p>
          <Link href="/">{t("back")}</Link>
        </p>
      </div>
    </div>
  );
}

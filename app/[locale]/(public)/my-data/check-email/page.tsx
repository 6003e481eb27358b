import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "myData.checkEmail" });
  return { title: t("metaTitle"), robots: { index: false } };
}

// Every request ends here, whether or not we hold anything about the address:
// the page says nothing about who has booked.
export default async function MyDataCheckEmailPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("myData.checkEmail");
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("sent")}</p>
        <p>{t("none")}</p>
        <p>
          <Link href="/mentors">{t("back")}</Link>
        </p>
      </div>
    </div>
  );
}

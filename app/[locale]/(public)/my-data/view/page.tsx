import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EraseDataForm } from "@/components/my-data/erase-data-form";
import { FounderDataSummary } from "@/components/my-data/founder-data-summary";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { localisedPath } from "@/lib/i18n/paths";
import { eraseMyDataAction } from "@/lib/my-data/actions";
import { loadMyData } from "@/lib/my-data/loaders";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "myData" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function MyDataViewPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("myData.view");
  const [{ done }, data] = await Promise.all([searchParams, loadMyData()]);
  if (!data) {
    return (
      <div className="container narrow">
        <div className="page-intro">
          <h1>{t("title")}</h1>
          <p>{t("expired")}</p>
          <p>
            <Link href="/my-data">{t("askAgain")}</Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p style={{ overflowWrap: "anywhere" }}>{t("holds", { email: data.email })}</p>
        <p>
          <a href={localisedPath(locale, "/my-data/export")} download>
            {t("download")}
          </a>
        </p>
      </div>
      <FounderDataSummary data={data} locale={locale} />
      <section className="section" aria-labelledby="erase-title">
        <h2 id="erase-title">{t("eraseTitle")}</h2>
        <EraseDataForm action={eraseMyDataAction} locale={locale} needsConfirm={done === "confirm"} />
      </section>
    </div>
  );
}

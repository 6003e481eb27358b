import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { MyDataForm } from "@/components/my-data/my-data-form";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { languageAlternates } from "@/lib/seo";
import { requestMyDataLinkAction } from "@/lib/my-data/actions";
import { myDataFormToken } from "@/lib/my-data/loaders";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "myData" });
  return { title: t("metaTitle"), alternates: languageAlternates(locale, "/my-data") };
}

// The form token is made per request: one made at build time would be as old as the build.
export default async function MyDataPage({ params }: Props) {
  await pageLocale(params);
  await connection();
  const t = await getTranslations("myData");
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>
          <Link href="/privacy">{t("privacyLink")}</Link>
        </p>
      </div>
      <MyDataForm
        action={requestMyDataLinkAction}
        formToken={myDataFormToken()}
        labels={{ title: t("form.title"), hint: t("form.hint"), email: t("form.email"), submit: t("form.submit") }}
      />
    </div>
  );
}

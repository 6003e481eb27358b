import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "home" });
  return (
    <div className="container">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("title")}</h1>
        <p className="hero__lead">{t("lead")}</p>
        <div className="actions">
          <Link className="button" href="/mentors">
            {t("findMentor")}
          </Link>
        </div>
      </section>

      <section className="section" aria-labelledby="how-title">
        <h2 id="how-title">{t("howTitle")}</h2>
        <ol className="steps">
          <li>
            <h3>{t("chooseTitle")}</h3>
            <p>{t("chooseBody")}</p>
          </li>
          <li>
            <h3>{t("pickTitle")}</h3>
            <p>{t("pickBody")}</p>
          </li>
          <li>
            <h3>{t("confirmTitle")}</h3>
            <p>{t("confirmBody")}</p>
          </li>
        </ol>
      </section>

      <section className="section" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t("privacyTitle")}</h2>
        <p>{t("privacyBody")}</p>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { loadRetentionRows } from "@/lib/privacy/loaders";
import { languageAlternates } from "@/lib/seo";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return { title: t("metaTitle"), alternates: languageAlternates(locale, "/privacy") };
}

// Rendered per request: the settings are read where the server runs, not where it was built.
export default async function PrivacyPage({ params }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const [t, rows] = await Promise.all([getTranslations("privacy"), loadRetentionRows(locale)]);
  const b = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>
      <section className="section" aria-labelledby="what-title">
        <h2 id="what-title">{t("whatTitle")}</h2>
        <ul className="link-list">
          <li>{t.rich("whatBooking", { b })}</li>
          <li>{t.rich("whatAfter", { b })}</li>
          <li>{t.rich("whatWaitlist", { b })}</li>
          <li>{t.rich("whatVolunteers", { b })}</li>
          <li>{t.rich("whatEveryone", { b })}</li>
        </ul>
      </section>
      <section className="section" aria-labelledby="who-title">
        <h2 id="who-title">{t("whoTitle")}</h2>
        <p>{t("whoBody")}</p>
      </section>
      <section className="section" aria-labelledby="where-title">
        <h2 id="where-title">{t("whereTitle")}</h2>
        <p>{t("whereBody")}</p>
      </section>
      <section className="section" aria-labelledby="how-long-title">
        <h2 id="how-long-title">{t("howLongTitle")}</h2>
        <dl>
          {rows.map((row) => (
            <div key={row.what}>
              <dt>
                <strong>{row.what}</strong>
              </dt>
              <dd>{row.howLong}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="section" aria-labelledby="rights-title">
        <h2 id="rights-title">{t("rightsTitle")}</h2>
        <p>
          {t.rich("rightsBody", {
            link: (chunks) => <Link href="/my-data">{chunks}</Link>,
          })}
        </p>
      </section>
    </div>
  );
}

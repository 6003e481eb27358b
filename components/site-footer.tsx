import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/languages";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("about")}</p>
        <p>
          <Link href="/privacy" locale={locale}>
            {t("privacy")}
          </Link>{" "}
          ·{" "}
          <Link href="/my-data" locale={locale}>
            {t("myData")}
          </Link>
        </p>
      </div>
    </footer>
  );
}

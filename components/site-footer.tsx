import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import type { Locale } from "@/lib/i18n/languages";
import { localisedPath } from "@/lib/i18n/paths";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("about")}</p>
        <p>
          <NextLink href={localisedPath(locale, "/privacy")}>{t("privacy")}</NextLink> ·{" "}
          <NextLink href={localisedPath(locale, "/my-data")}>{t("myData")}</NextLink>
        </p>
      </div>
    </footer>
  );
}

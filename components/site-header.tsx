import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { LanguageMenu } from "@/components/language-menu";
import type { Locale } from "@/lib/i18n/languages";
import { localisedPath } from "@/lib/i18n/paths";

// One line at every width: the brand, then the links on a wide screen, or a
// menu (a <details>, so it opens without JavaScript) on a narrow one; the
// language menu beside either.
export async function SiteHeader({ locale, languages }: { locale: Locale; languages: "path" | "account" }) {
  const t = await getTranslations({ locale, namespace: "header" });
  // The volunteers' pages have no language in their address: they follow the person's own choice.
  const list = (
    <ul className="nav-list">
      <li>
        <NextLink href={localisedPath(locale, "/mentors")}>{t("findMentor")}</NextLink>
      </li>
      <li>
        <NextLink href="/volunteer">{t("volunteers")}</NextLink>
      </li>
      <li>
        <NextLink href="/signin">{t("signIn")}</NextLink>
      </li>
    </ul>
  );
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <NextLink href={localisedPath(locale, "/")} className="brand">
          <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24">
            <path d="M12 2c2 3 3 4.5 3 6.5A3 3 0 0 1 12 11.5 3 3 0 0 1 9 8.5C9 6.5 10 5 12 2Z" fill="#e8890c" />
            <rect x="9" y="12.5" width="6" height="9.5" rx="1" fill="currentColor" />
          </svg>
          Candle
        </NextLink>
        <div className="site-header__end">
          <nav aria-label={t("navLabel")} className="site-nav site-nav--wide">
            {list}
          </nav>
          <details className="site-menu site-nav--narrow">
            <summary>{t("menu")}</summary>
            <nav aria-label={t("navLabel")} className="site-menu__panel">
              {list}
            </nav>
          </details>
          <LanguageMenu locale={locale} mode={languages} />
        </div>
      </div>
    </header>
  );
}

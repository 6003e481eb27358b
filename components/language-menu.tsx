"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { LANGUAGES, LOCALES, type Locale } from "@/lib/i18n/languages";
import { localisedPath, unlocalisedPath } from "@/lib/i18n/paths";

/**
 * The languages, each named in itself. On a founder's page each is a link to the
 * same page in that language (the address carries the language, and following
 * it is remembered); on the account pages it is a form that saves the choice.
 * Both work without JavaScript.
 */
export function LanguageMenu({ locale, mode }: { locale: Locale; mode: "path" | "account" }) {
  const t = useTranslations("languageMenu");
  const path = unlocalisedPath(usePathname() ?? "/");
  return (
    <details className="site-menu language-menu">
      <summary aria-label={t("label", { language: LANGUAGES[locale].name })}>
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3Z" />
        </svg>
        <span className="language-menu__code">{locale.toUpperCase()}</span>
      </summary>
      <div className="site-menu__panel">
        {mode === "path" ? (
          <ul className="language-menu__list">
            {LOCALES.map((other) => (
              <li key={other}>
                <a href={localisedPath(other, path, { explicit: true })} hrefLang={other} lang={other} aria-current={other === locale ? "true" : undefined}>
                  {LANGUAGES[other].name}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <form method="post" action="/language" className="language-menu__list">
            <input type="hidden" name="next" value={path} />
            {LOCALES.map((other) => (
              <button key={other} type="submit" name="to" value={other} lang={other} aria-current={other === locale ? "true" : undefined}>
                {LANGUAGES[other].name}
              </button>
            ))}
          </form>
        )}
      </div>
    </details>
  );
}

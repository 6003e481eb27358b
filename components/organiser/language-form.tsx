import { getTranslations } from "next-intl/server";
import { saveOrganiserLanguageAction } from "@/lib/accounts/actions";
import { LANGUAGES, LOCALES, type Locale } from "@/lib/i18n/languages";
import { Notice } from "./notice";
import styles from "./organiser.module.css";

/** The organiser's own language: their pages and the mail Candle sends them. Works without JavaScript. */
export async function LanguageForm({ locale, outcome }: { locale: Locale; outcome?: "saved" | "invalid" }) {
  const t = await getTranslations("organiser.language");
  return (
    <section className="section" aria-labelledby="language">
      <h2 id="language">{t("heading")}</h2>
      {outcome === "saved" ? <Notice>{t("saved", { language: LANGUAGES[locale].name })}</Notice> : null}
      {outcome === "invalid" ? <Notice problem>{t("invalid")}</Notice> : null}
      <form action={saveOrganiserLanguageAction} className="form">
        <div className="field">
          <label htmlFor="organiser-locale">{t("label")}</label>
          <div className={styles.inlineForm}>
            <select id="organiser-locale" name="locale" defaultValue={locale} aria-describedby="organiser-locale-hint">
              {LOCALES.map((option) => (
                <option key={option} value={option} lang={option}>
                  {LANGUAGES[option].name}
                </option>
              ))}
            </select>
            <button type="submit" className="button">
              {t("save")}
            </button>
          </div>
          <p id="organiser-locale-hint" className="hint">
            {t("hint")}
          </p>
        </div>
      </form>
    </section>
  );
}

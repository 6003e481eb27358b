import { useTranslations } from "next-intl";
import { countryName, languageName } from "@/lib/format/names";
import { intlLocale, type Locale } from "@/lib/i18n/languages";
import { localisedPath } from "@/lib/i18n/paths";
import type { DirectoryQuery } from "@/lib/mentors/schema";

interface Props {
  query: DirectoryQuery;
  zone: string;
  /** The visitor chose the zone (it is in the URL), so filtering keeps it. */
  explicitZone: boolean;
  /** A daytime window the URL carries ("08-21"), kept the same way; one remembered in the cookie needs no field. */
  between?: string;
  topics: { slug: string; name: string }[];
  languages: string[];
  countries: string[];
  locale: Locale;
}

/** A GET form: the filters live in the URL, so results can be shared and the back button works. Languages and countries are named, and sorted, in the reader's language. */
export function DirectoryFilters({ query, zone, explicitZone, between, topics, languages, countries, locale }: Props) {
  const t = useTranslations("directory.filters");
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, intlLocale(locale));
  return (
    <form method="get" action={localisedPath(locale, "/mentors")} className="filters" role="search" aria-label={t("label")}>
      <div className="field field--wide">
        <label htmlFor="q">{t("search")}</label>
        <input id="q" name="q" type="search" defaultValue={query.q} placeholder={t("searchPlaceholder")} />
      </div>
      <div className="field">
        <label htmlFor="topic">{t("topic")}</label>
        <select id="topic" name="topic" defaultValue={query.topic ?? ""}>
          <option value="">{t("anyTopic")}</option>
          {topics.map((topic) => (
            <option key={topic.slug} value={topic.slug}>
              {topic.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="language">{t("language")}</label>
        <select id="language" name="language" defaultValue={query.language ?? ""}>
          <option value="">{t("anyLanguage")}</option>
          {languages
            .map((code) => ({ code, name: languageName(code, locale) }))
            .sort(byName)
            .map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="country">{t("country")}</label>
        <select id="country" name="country" defaultValue={query.country ?? ""}>
          <option value="">{t("anywhere")}</option>
          {countries
            .map((code) => ({ code, name: countryName(code, locale) }))
            .sort(byName)
            .map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="within">{t("freeTime")}</label>
        <select id="within" name="within" defaultValue={query.within ? String(query.within) : ""}>
          <option value="">{t("anyTime")}</option>
          {[7, 14, 30].map((days) => (
            <option key={days} value={String(days)}>
              {t("within", { days })}
            </option>
          ))}
        </select>
      </div>
      {explicitZone ? <input type="hidden" name="tz" value={zone} /> : null}
      {between ? <input type="hidden" name="between" value={between} /> : null}
      <div className="filters__actions">
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </div>
    </form>
  );
}

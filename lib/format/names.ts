import { DEFAULT_LOCALE, intlLocale, LOCALES, type Locale } from "../i18n/languages";

const displayNames = (type: "language" | "region") =>
  Object.fromEntries(LOCALES.map((locale) => [locale, new Intl.DisplayNames([intlLocale(locale)], { type })])) as Record<Locale, Intl.DisplayNames>;
const languages = displayNames("language");
const regions = displayNames("region");

/** "pt-BR" → "Brazilian Portuguese" (in English; "portugués de Brasil" in Spanish); unknown tags come back as given. */
export function languageName(tag: string, locale: Locale = DEFAULT_LOCALE): string {
  try {
    return languages[locale].of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "GB" → "United Kingdom" (in the reader's language); unknown codes come back as given. */
export function countryName(code: string, locale: Locale = DEFAULT_LOCALE): string {
  try {
    return regions[locale].of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replace(/_/g, " ");
}

const ERASED_FOUNDER: Record<Locale, string> = {
  en: "a founder (details erased)",
  es: "una persona fundadora (datos borrados)",
  ja: "相談者（情報は消去済み）",
};

/** A booking past its retention time keeps no name (lib/retention): pages still read as sentences, in the reader's language. */
export function founderNameOrErased(name: string, locale: Locale = DEFAULT_LOCALE): string {
  return name || ERASED_FOUNDER[locale];
}

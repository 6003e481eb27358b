// Every language Candle speaks. Adding one is its messages file in ./messages
// (the same keys as en.json) and one line below; README says more.
// Browser-safe: the language switcher and the profile form read it.

// `intl` is the tag dates and numbers are formatted with, when not the key itself.
export const LANGUAGES = {
  en: { name: "English", intl: "en-GB", load: () => import("./messages/en.json") },
  es: { name: "Español", load: () => import("./messages/es.json") },
  ja: { name: "日本語", load: () => import("./messages/ja.json") },
} as const;

export type Locale = keyof typeof LANGUAGES;

export const LOCALES = Object.keys(LANGUAGES) as [Locale, ...Locale[]];

/** The language of unprefixed addresses, and of anyone whose language is not known. */
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.hasOwn(LANGUAGES, value);
}

export function pickLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Each language's own name for itself ("Español"), for the switcher. */
export function languageSelfName(locale: Locale): string {
  return LANGUAGES[locale].name;
}

/** The tag Intl formats a language's dates, numbers and names with. */
export function intlLocale(locale: Locale): string {
  const language = LANGUAGES[locale];
  return "intl" in language ? language.intl : locale;
}

import { languageName } from "./names";

// Offered as tick boxes; a profile's other languages are added to the list it shows.
const COMMON = [
  "ar",
  "bn",
  "ca",
  "de",
  "el",
  "en",
  "es",
  "eu",
  "fr",
  "hi",
  "it",
  "ja",
  "ko",
  "mi",
  "nl",
  "pl",
  "pt",
  "pt-BR",
  "ru",
  "sw",
  "ta",
  "tr",
  "uk",
  "yo",
  "zh",
];

/** Language choices for a profile form, by English name. */
export function languageChoices(alsoInclude: readonly string[] = []) {
  return [...new Set([...COMMON, ...alsoInclude])].map((code) => ({ code, name: languageName(code) })).sort((a, b) => a.name.localeCompare(b.name, "en"));
}

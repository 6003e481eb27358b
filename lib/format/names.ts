const languages = new Intl.DisplayNames(["en"], { type: "language" });
const regions = new Intl.DisplayNames(["en"], { type: "region" });

/** "pt-BR" → "Brazilian Portuguese"; unknown tags come back as given. */
export function languageName(tag: string): string {
  try {
    return languages.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "GB" → "United Kingdom"; unknown codes come back as given. */
export function countryName(code: string): string {
  try {
    return regions.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replace(/_/g, " ");
}

/** A booking past its retention time keeps no name (lib/retention): pages still read as sentences. */
export function founderNameOrErased(name: string): string {
  return name || "a founder (details erased)";
}

import { describe, expect, it } from "vitest";
import { countries, COUNTRIES, isCountryCode } from "./countries";

describe("countries", () => {
  it("names every country in the reader's language, sorted as that language sorts", () => {
    const spanish = countries("es");
    expect(spanish.find((country) => country.code === "DE")?.name).toBe("Alemania");
    // An accented letter sorts with its letter, not after Z as code points would put it.
    const names = spanish.map((country) => country.name);
    expect(names.indexOf("Bélgica")).toBeLessThan(names.indexOf("Belice"));
    expect(names.indexOf("Antártida")).toBeLessThan(names.indexOf("Antigua y Barbuda"));
    expect(countries("ja").find((country) => country.code === "JP")?.name).toBe("日本");
    expect(new Set(spanish.map((country) => country.code))).toEqual(new Set(COUNTRIES.map((country) => country.code)));
  });

  it("keeps English for the callers that have not moved to a language yet", () => {
    expect(COUNTRIES).toBe(countries("en"));
    expect(COUNTRIES.find((country) => country.code === "GB")?.name).toBe("United Kingdom");
    expect(isCountryCode("ES")).toBe(true);
  });
});

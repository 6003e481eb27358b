import { describe, expect, it } from "vitest";
import { countryName, founderNameOrErased, languageName, zoneCity } from "./names";

describe("display names", () => {
  it("names languages from BCP 47 tags", () => {
    expect(languageName("en")).toBe("English");
    expect(languageName("pt-BR")).toBe("Brazilian Portuguese");
    expect(languageName("not a tag!")).toBe("not a tag!");
  });

  it("names countries from ISO codes in either case", () => {
    expect(countryName("GB")).toBe("United Kingdom");
    expect(countryName("ar")).toBe("Argentina");
    expect(countryName("??")).toBe("??");
  });

  it("turns a zone into its city", () => {
    expect(zoneCity("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    expect(zoneCity("UTC")).toBe("UTC");
  });
});

describe("founderNameOrErased", () => {
  it("keeps a name and words an erased one", () => {
    expect(founderNameOrErased("Ada")).toBe("Ada");
    expect(founderNameOrErased("")).toBe("a founder (details erased)");
  });

  it("words an erased name in the reader's language", () => {
    expect(founderNameOrErased("", "es")).toBe("una persona fundadora (datos borrados)");
    expect(founderNameOrErased("", "ja")).toBe("相談者（情報は消去済み）");
    expect(founderNameOrErased("Ada", "ja")).toBe("Ada");
  });
});

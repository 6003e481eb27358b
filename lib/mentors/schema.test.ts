import { describe, expect, it } from "vitest";
import { directoryCacheKey, directoryQuerySchema } from "./schema";

describe("directoryQuerySchema", () => {
  it("keeps valid filters and drops empty ones", () => {
    expect(directoryQuerySchema.parse({ q: " tech ", topic: "finance", language: "es", country: "ar", within: "14", page: "2" })).toEqual({
      q: "tech",
      topic: "finance",
      language: "es",
      country: "AR",
      within: 14,
      page: 2,
    });
    expect(directoryQuerySchema.parse({ q: "", topic: "" })).toEqual({ q: undefined, topic: undefined, page: 1 });
  });

  it("ignores malformed values instead of failing the page", () => {
    expect(directoryQuerySchema.parse({ within: "9", page: "-3", q: ["a", "b"] })).toEqual({ page: 1, q: undefined, within: undefined });
    expect(directoryQuerySchema.parse({ q: "x".repeat(500) }).q).toBeUndefined();
  });
});

describe("directoryCacheKey", () => {
  it("is one key for queries the search cannot tell apart: case and spacing of the words", () => {
    const parse = (q: string) => directoryQuerySchema.parse({ q, topic: "finance", page: "2" });
    const key = directoryCacheKey(parse("brewery co-op"), "Asia/Tokyo", "08-21");
    for (const q of ["Brewery Co-op", "  BREWERY   co-op ", "brewery\tco-op"]) expect(directoryCacheKey(parse(q), "Asia/Tokyo", "08-21")).toBe(key);
    expect(directoryCacheKey(parse("brewery"), "Asia/Tokyo", "08-21")).not.toBe(key);
    expect(directoryCacheKey(parse("brewery co-op"), "UTC", "08-21")).not.toBe(key);
    expect(directoryCacheKey(directoryQuerySchema.parse({}))).toBe(directoryCacheKey(directoryQuerySchema.parse({ q: "  " })));
  });
});

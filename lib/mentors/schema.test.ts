import { describe, expect, it } from "vitest";
import { directoryQuerySchema } from "./schema";

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

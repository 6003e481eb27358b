import { describe, expect, it } from "vitest";
import { mentorSearchText, searchTerms } from "./search-text";

describe("mentorSearchText", () => {
  it("joins name, headline, bio and co-op in lower case", () => {
    const text = mentorSearchText({
      displayName: "Lucía Ferreyra",
      headline: "Recovered Print Shop",
      bio: "We took over the\nfactory  in 2003.",
      coopName: "Cooperativa Gráfica La Estrella",
    });
    expect(text).toBe("lucía ferreyra recovered print shop we took over the factory in 2003. cooperativa gráfica la estrella");
  });

  it("leaves out a missing co-op name", () => {
    expect(mentorSearchText({ displayName: "Sam", headline: "Hi", bio: "Bio", coopName: null })).toBe("sam hi bio");
    expect(mentorSearchText({ displayName: "Sam", headline: "Hi", bio: "Bio" })).toBe("sam hi bio");
  });
});

describe("searchTerms", () => {
  it("reads a query as the stored text is written: lower case, single spaces", () => {
    expect(searchTerms("  Brewery   CO-OP\t")).toBe("brewery co-op");
    expect(mentorSearchText({ displayName: "Ana", headline: "Brewery  co-op", bio: "" })).toContain(searchTerms("brewery   CO-OP"));
  });
});

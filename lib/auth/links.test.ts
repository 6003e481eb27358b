import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashSignInToken, newSignInToken, safeCallbackPath, signInPageUrl } from "./links";

describe("sign-in links", () => {
  it("hash tokens the way next-auth's email provider verifies them", () => {
    expect(hashSignInToken("abc", "secret")).toBe(createHash("sha256").update("abcsecret").digest("hex"));
    expect(newSignInToken()).toMatch(/^[0-9a-f]{64}$/);
  });

  it("point at our confirmation page, not straight at the callback", () => {
    const url = new URL(signInPageUrl("https://candle.example", "v@example.org", "t0k", "/volunteer/profile"));
    expect(url.pathname).toBe("/signin/verify");
    expect(Object.fromEntries(url.searchParams)).toEqual({ email: "v@example.org", token: "t0k", next: "/volunteer/profile" });
  });

  it("only follow paths on this site after sign-in", () => {
    expect(safeCallbackPath("/volunteer/sessions")).toBe("/volunteer/sessions");
    expect(safeCallbackPath("//evil.example/x")).toBe("/volunteer");
    expect(safeCallbackPath("/\\evil.example")).toBe("/volunteer");
    expect(safeCallbackPath("https://evil.example")).toBe("/volunteer");
    expect(safeCallbackPath(undefined, "/organiser")).toBe("/organiser");
  });
});

import { describe, expect, it } from "vitest";
import { maskUrl, seal, unseal } from "./sealed";

const secret = "a-test-secret-of-enough-length";

describe("sealed calendar secrets", () => {
  it("round-trips and never contains the plain text", () => {
    const sealed = seal("https://cal.example.org/private/abc123.ics", secret, "source-1");
    expect(sealed).not.toContain("abc123");
    expect(sealed).not.toEqual(seal("https://cal.example.org/private/abc123.ics", secret, "source-1"));
    expect(unseal(sealed, secret, "source-1")).toBe("https://cal.example.org/private/abc123.ics");
  });

  it("refuses another secret, another row, or an altered text", () => {
    const sealed = seal("password", secret, "source-1");
    expect(() => unseal(sealed, "another-secret-of-enough-length", "source-1")).toThrow();
    expect(() => unseal(sealed, secret, "source-2")).toThrow();
    const flipped = sealed.slice(0, -2) + (sealed.endsWith("A") ? "B" : "A") + sealed.slice(-1);
    expect(() => unseal(flipped, secret, "source-1")).toThrow();
  });

  it("masks an address down to its host and last four characters", () => {
    expect(maskUrl("https://cal.example.org/remote.php/dav/public-calendars/k3QfXy9?export")).toBe("https://cal.example.org/…port");
    expect(maskUrl("https://cal.example.org/a.ics")).toBe("https://cal.example.org/…");
  });
});

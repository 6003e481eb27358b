import { describe, expect, it } from "vitest";
import { purposeSecret } from "./purpose-secret";

describe("purposeSecret", () => {
  it("derives a stable, different key per purpose and per secret", () => {
    expect(purposeSecret("s", "altcha")).toBe(purposeSecret("s", "altcha"));
    expect(purposeSecret("s", "altcha")).not.toBe(purposeSecret("s", "form-token"));
    expect(purposeSecret("t", "altcha")).not.toBe(purposeSecret("s", "altcha"));
  });

  it("refuses an empty secret", () => {
    expect(() => purposeSecret("", "altcha")).toThrow(/empty/);
  });
});

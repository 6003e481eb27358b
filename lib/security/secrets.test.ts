import { describe, expect, it } from "vitest";
import { hashSecret, newSecret } from "./secrets";

describe("secrets", () => {
  it("are URL-safe with at least 128 bits and never repeat", () => {
    const secrets = new Set(Array.from({ length: 200 }, newSecret));
    expect(secrets.size).toBe(200);
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(secret, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    }
  });

  it("hash to a stable SHA-256 that differs from the secret", () => {
    expect(hashSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const secret = newSecret();
    expect(hashSecret(secret)).not.toContain(secret);
  });
});

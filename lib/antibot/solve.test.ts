import { createChallenge as createAltchaChallenge, solveChallenge as solveWithAltcha } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { describe, expect, it } from "vitest";
import { encodePayload, solveChallenge, type ChallengeJson } from "./solve";

async function altchaChallenge(options: { counter?: number; keyPrefix?: string; cost?: number } = {}): Promise<ChallengeJson> {
  const challenge = await createAltchaChallenge({ algorithm: "SHA-256", cost: 1, deriveKey, hmacSignatureSecret: "s", ...options });
  return { parameters: challenge.parameters, signature: challenge.signature! };
}

describe("solveChallenge", () => {
  it("finds the counter of a deterministic challenge", async () => {
    const challenge = await altchaChallenge({ counter: 1_234 });
    const solution = await solveChallenge(challenge);
    expect(solution?.counter).toBe(1_234);
    expect(solution?.derivedKey).toMatch(/^[0-9a-f]{64}$/);
    expect(solution?.derivedKey.startsWith(challenge.parameters.keyPrefix)).toBe(true);
  });

  it("agrees with altcha-lib's own solver on prefix challenges, odd-length and multi-round ones too", async () => {
    for (const options of [{ keyPrefix: "00" }, { keyPrefix: "0a1" }, { keyPrefix: "f", cost: 3 }]) {
      const challenge = await altchaChallenge(options);
      const ours = await solveChallenge(challenge);
      const theirs = await solveWithAltcha({ challenge, deriveKey });
      expect(ours).toMatchObject({ counter: theirs?.counter, derivedKey: theirs?.derivedKey });
    }
  });

  it("stops when aborted, between slices of work", async () => {
    const challenge = await altchaChallenge({ counter: 40_000_000 });
    const controller = new AbortController();
    const solving = solveChallenge(challenge, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await solving).toBeNull();
    expect(await solveChallenge(challenge, { signal: AbortSignal.abort() })).toBeNull();
  });

  it("gives up past maxCounter", async () => {
    const challenge = await altchaChallenge({ counter: 500 });
    expect(await solveChallenge(challenge, { maxCounter: 499 })).toBeNull();
    expect((await solveChallenge(challenge, { maxCounter: 500 }))?.counter).toBe(500);
  });

  it("refuses challenges it cannot solve rather than searching forever", async () => {
    const challenge = await altchaChallenge({ counter: 1 });
    await expect(solveChallenge({ ...challenge, parameters: { ...challenge.parameters, algorithm: "SHA-512" } })).rejects.toThrow(/algorithm/);
    await expect(solveChallenge({ ...challenge, parameters: { ...challenge.parameters, keyPrefix: "" } })).rejects.toThrow(/prefix/);
    await expect(solveChallenge({ ...challenge, parameters: { ...challenge.parameters, keyPrefix: "0g" } })).rejects.toThrow(/prefix/);
  });
});

describe("encodePayload", () => {
  it("is base64 of the challenge and solution as JSON, whatever the characters", () => {
    const challenge: ChallengeJson = {
      parameters: { algorithm: "SHA-256", nonce: "00", salt: "11", cost: 1, keyLength: 32, keyPrefix: "ab", data: { note: "Zürich ☕" } },
      signature: "cd",
    };
    const payload = encodePayload(challenge, { counter: 7, derivedKey: "ab12" });
    expect(payload).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(JSON.parse(Buffer.from(payload, "base64").toString("utf8"))).toEqual({ challenge, solution: { counter: 7, derivedKey: "ab12" } });
  });
});

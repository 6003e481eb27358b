import { createChallenge as createAltchaChallenge, solveChallenge as solveWithAltcha } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { afterEach, describe, expect, it, vi } from "vitest";
import { encodePayload, solveChallenge, type ChallengeJson } from "./solve";

async function altchaChallenge(options: { counter?: number; keyPrefix?: string; cost?: number } = {}): Promise<ChallengeJson> {
  const challenge = await createAltchaChallenge({ algorithm: "SHA-256", cost: 1, deriveKey, hmacSignatureSecret: "s", ...options });
  return { parameters: challenge.parameters, signature: challenge.signature! };
}

describe("solveChallenge", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

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
      const ours = await solveChallenge(challenge, { batchSize: 7 });
      const theirs = await solveWithAltcha({ challenge, deriveKey });
      expect(ours).toMatchObject({ counter: theirs?.counter, derivedKey: theirs?.derivedKey });
    }
  });

  it("stops when aborted", async () => {
    const challenge = await altchaChallenge({ counter: 4_000_000 });
    const controller = new AbortController();
    const solving = solveChallenge(challenge, { signal: controller.signal });
    controller.abort();
    expect(await solving).toBeNull();
  });

  it("gives up past maxCounter", async () => {
    const challenge = await altchaChallenge({ counter: 500 });
    expect(await solveChallenge(challenge, { maxCounter: 499, batchSize: 64 })).toBeNull();
    expect((await solveChallenge(challenge, { maxCounter: 500, batchSize: 64 }))?.counter).toBe(500);
  });

  it("says why it cannot start where Web Crypto is missing", async () => {
    const challenge = await altchaChallenge({ counter: 1 });
    vi.stubGlobal("crypto", {});
    await expect(solveChallenge(challenge)).rejects.toThrow(/HTTPS/);
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

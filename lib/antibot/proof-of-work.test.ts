import { beforeAll, describe, expect, it } from "vitest";
import { CHALLENGE_TTL_MS, POW_COUNTER_RANGE, createChallenge, powDifficulty, verifySolution, type ChallengeJson } from "./proof-of-work";
import { encodePayload, solveChallenge, type Solution } from "./solve";

const secret = "unit-test-secret-0123456789";
const toBase64 = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64");

describe("proof of work", () => {
  let issuedAt: Date;
  let challenge: ChallengeJson;
  let solution: Solution;
  let payload: string;

  beforeAll(async () => {
    issuedAt = new Date();
    challenge = await createChallenge(secret, issuedAt);
    solution = (await solveChallenge(challenge))!;
    payload = encodePayload(challenge, solution);
  });

  it("issues a signed SHA-256 challenge that hides its counter and expires in 15 minutes", () => {
    expect(challenge.parameters).toMatchObject({ algorithm: "SHA-256", cost: 1, keyLength: 32 });
    expect(challenge.parameters.keyPrefix).toMatch(/^[0-9a-f]{32}$/);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.parameters.expiresAt).toBe(Math.floor((issuedAt.getTime() + CHALLENGE_TTL_MS) / 1000));
    expect(JSON.stringify(challenge)).not.toContain(`"counter"`);
  });

  it("takes between the configured minimum and maximum number of hashes", () => {
    expect(solution.counter).toBeGreaterThanOrEqual(POW_COUNTER_RANGE.min);
    expect(solution.counter).toBeLessThanOrEqual(POW_COUNTER_RANGE.max);
  });

  it("verifies a real solution and names the signature to spend", async () => {
    expect(await verifySolution(payload, secret, issuedAt)).toEqual({
      ok: true,
      signature: challenge.signature,
      expiresAt: new Date(challenge.parameters.expiresAt! * 1000),
    });
    expect((await verifySolution(` ${payload}\n`, secret, new Date(issuedAt.getTime() + 14 * 60_000))).ok).toBe(true);
  });

  it("rejects a missing payload", async () => {
    for (const empty of [null, undefined, "", "   "]) {
      expect(await verifySolution(empty, secret, issuedAt)).toEqual({ ok: false, reason: "missing" });
    }
  });

  it("rejects an expired challenge, judged by the clock it is given", async () => {
    const expiry = new Date(challenge.parameters.expiresAt! * 1000);
    expect(await verifySolution(payload, secret, expiry)).toEqual({ ok: false, reason: "expired" });
    expect(await verifySolution(payload, secret, new Date(issuedAt.getTime() + 16 * 60_000))).toEqual({ ok: false, reason: "expired" });
  });

  it("rejects a challenge that expired by the system clock, whatever clock it is given", async () => {
    const staleIssuedAt = new Date(Date.now() - 16 * 60_000);
    const stale = await createChallenge(secret, staleIssuedAt);
    const stalePayload = encodePayload(stale, (await solveChallenge(stale))!);
    expect(await verifySolution(stalePayload, secret)).toEqual({ ok: false, reason: "expired" });
    expect(await verifySolution(stalePayload, secret, staleIssuedAt)).toEqual({ ok: false, reason: "expired" });
  });

  it("rejects a solution checked with another secret", async () => {
    expect(await verifySolution(payload, "another-secret-0123456789", issuedAt)).toEqual({ ok: false, reason: "invalid" });
  });

  it("rejects tampered challenges and solutions", async () => {
    const flip = (hex: string) => (hex[0] === "0" ? "1" : "0") + hex.slice(1);
    const tampered = [
      { challenge: { ...challenge, signature: flip(challenge.signature) }, solution },
      { challenge: { ...challenge, parameters: { ...challenge.parameters, nonce: flip(challenge.parameters.nonce) } }, solution },
      { challenge: { ...challenge, parameters: { ...challenge.parameters, expiresAt: challenge.parameters.expiresAt! + 3600 } }, solution },
      { challenge: { ...challenge, parameters: { ...challenge.parameters, data: { extra: true } } }, solution },
      { challenge, solution: { ...solution, counter: solution.counter + 1 } },
      { challenge, solution: { ...solution, derivedKey: flip(solution.derivedKey) } },
    ];
    for (const forged of tampered) {
      expect(await verifySolution(toBase64(forged), secret, issuedAt)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("rejects a forged challenge that would make the server work harder", async () => {
    const forged = { challenge: { ...challenge, parameters: { ...challenge.parameters, cost: 10_000_000 } }, solution };
    expect(await verifySolution(toBase64(forged), secret, issuedAt)).toEqual({ ok: false, reason: "invalid" });
  });

  it("rejects malformed base64, JSON and shapes without throwing", async () => {
    const garbage = [
      "%%%not base64%%%",
      "eyJ",
      toBase64("{not json"),
      toBase64("null"),
      toBase64([]),
      toBase64({ challenge }),
      toBase64({ challenge, solution: { counter: -1, derivedKey: solution.derivedKey } }),
      toBase64({ challenge, solution: { counter: "12", derivedKey: solution.derivedKey } }),
      toBase64({ challenge: { ...challenge, parameters: { ...challenge.parameters, nonce: "zz" } }, solution }),
      toBase64({ challenge: { ...challenge, signature: 1 }, solution }),
      payload.slice(0, 40),
      "A".repeat(10_000),
    ];
    for (const value of garbage) {
      expect(await verifySolution(value, secret, issuedAt)).toEqual({ ok: false, reason: "invalid" });
    }
  });
});

describe("proof-of-work difficulty", () => {
  it("stays at the usual cost until unconfirmed holds pile up, then doubles per 25, capped", () => {
    expect([0, 24, 25, 49, 50, 75, 100, 10_000].map(powDifficulty)).toEqual([1, 1, 2, 2, 4, 8, 16, 16]);
  });

  it("scales the secret counter's range by the difficulty", async () => {
    for (let n = 0; n < 3; n++) {
      const challenge = await createChallenge("difficulty-secret-0123456789", new Date(), 8);
      const solution = await solveChallenge(challenge, { maxCounter: POW_COUNTER_RANGE.max * 8 });
      expect(solution!.counter).toBeGreaterThanOrEqual(POW_COUNTER_RANGE.min * 8);
    }
  }, 60_000);
});

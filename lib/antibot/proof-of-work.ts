import { randomInt } from "node:crypto";
import { createChallenge as createAltchaChallenge, verifySolution as verifyAltchaSolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { z } from "zod";
import { purposeSecret } from "../security/purpose-secret";
import { POW_COUNTER_RANGE, POW_MAX_DIFFICULTY, type ChallengeJson } from "./solve";

export { POW_COUNTER_RANGE, POW_MAX_DIFFICULTY, type ChallengeJson } from "./solve";

export type VerifiedSolution = { ok: true; signature: string; expiresAt: Date };
export type RejectedSolution = { ok: false; reason: "missing" | "invalid" | "expired" };

export const CHALLENGE_TTL_MS = 15 * 60_000;

const ALGORITHM = "SHA-256";
const MAX_PAYLOAD_CHARS = 4_000;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const hex = z.string().regex(/^(?:[0-9a-f]{2})+$/);

const payloadSchema = z.object({
  challenge: z.object({
    // Loose: every parameter is covered by the signature, so none may be dropped.
    parameters: z.looseObject({
      algorithm: z.literal(ALGORITHM),
      cost: z.literal(1),
      nonce: hex,
      salt: hex,
      keyLength: z.literal(32),
      keyPrefix: hex,
      expiresAt: z.number().int().positive(),
    }),
    signature: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  solution: z.object({
    counter: z.number().int().min(0).max(0xffffffff),
    derivedKey: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

/**
 * How much harder than usual the proof of work is while `unconfirmedHolds`
 * bookings hold times without being confirmed: twice as hard for every 25, up to
 * POW_MAX_DIFFICULTY. A founder on a phone never notices the usual cost; a script
 * holding times for many at once pays more and more for each.
 */
export function powDifficulty(unconfirmedHolds: number): number {
  return Math.min(POW_MAX_DIFFICULTY, 2 ** Math.floor(Math.max(0, unconfirmedHolds) / 25));
}

export async function createChallenge(secret: string, now = new Date(), difficulty = 1): Promise<ChallengeJson> {
  const scale = Math.min(POW_MAX_DIFFICULTY, Math.max(1, Math.floor(difficulty)));
  const challenge = await createAltchaChallenge({
    algorithm: ALGORITHM,
    cost: 1,
    // Deterministic mode: see POW_COUNTER_RANGE.
    counter: randomInt(POW_COUNTER_RANGE.min * scale, POW_COUNTER_RANGE.max * scale + 1),
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    hmacSignatureSecret: purposeSecret(secret, "altcha"),
  });
  if (!challenge.signature) throw new Error("altcha-lib returned an unsigned challenge");
  return { parameters: challenge.parameters, signature: challenge.signature };
}

/**
 * Checks the `altcha` form field. Expiry is judged against `now`; altcha-lib also
 * checks it against the system clock, so `now` cannot extend a challenge's life.
 * A verified solution must still be spent (see `spendChallenge`) to stop replays.
 */
export async function verifySolution(payload: string | null | undefined, secret: string, now = new Date()): Promise<VerifiedSolution | RejectedSolution> {
  if (typeof payload !== "string" || payload.trim() === "") return { ok: false, reason: "missing" };
  try {
    const parsed = payloadSchema.safeParse(decodePayload(payload.trim()));
    if (!parsed.success) return { ok: false, reason: "invalid" };
    const { challenge, solution } = parsed.data;
    const expiresAt = new Date(challenge.parameters.expiresAt * 1000);
    if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
    const result = await verifyAltchaSolution({
      challenge,
      solution,
      deriveKey,
      hmacSignatureSecret: purposeSecret(secret, "altcha"),
    });
    if (result.expired) return { ok: false, reason: "expired" };
    if (!result.verified) return { ok: false, reason: "invalid" };
    return { ok: true, signature: challenge.signature, expiresAt };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}

function decodePayload(payload: string): unknown {
  if (payload.length > MAX_PAYLOAD_CHARS || !BASE64.test(payload)) return undefined;
  return JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
}

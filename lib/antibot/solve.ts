import type { ChallengeParameters, Solution } from "altcha-lib/types";

// Browser-safe: the proof-of-work field imports this module, so it may use only
// Web APIs and type-only imports.

/** An ALTCHA v2 challenge as the server hands it to the browser. */
export type ChallengeJson = { parameters: ChallengeParameters; signature: string };

export type { Solution };

/**
 * Difficulty. The server picks a secret counter in this range and publishes the
 * first 16 bytes of its key; the solver hashes counters 0, 1, 2… until it reaches
 * it. So the counter is exactly the number of SHA-256 hashes a browser does:
 * 27 500 on average, never more than 50 000.
 */
export const POW_COUNTER_RANGE = { min: 5_000, max: 50_000 } as const;

export type SolveOptions = {
  signal?: AbortSignal;
  /** Counters hashed concurrently before the results are checked. */
  batchSize?: number;
  /** Give up after this counter; the server never issues a larger one. */
  maxCounter?: number;
  subtle?: SubtleCrypto;
};

const UINT32_MAX = 0xffffffff;
const YIELD_EVERY_MS = 40;

/**
 * Finds the counter whose key, derived as ALTCHA v2 does (`cost` rounds of the
 * challenge's SHA digest over salt ‖ nonce ‖ uint32be(counter)), starts with the
 * challenge's key prefix. Returns null when aborted or when no counter up to
 * `maxCounter` matches.
 */
export async function solveChallenge(challenge: ChallengeJson, options: SolveOptions = {}): Promise<Solution | null> {
  const { signal, batchSize = 200, maxCounter = UINT32_MAX } = options;
  const subtle = options.subtle ?? globalThis.crypto?.subtle;
  if (!subtle) throw new Error("Web Crypto is unavailable; browsers offer it only on HTTPS pages and localhost");
  const { algorithm, salt, nonce, keyPrefix, cost, keyLength = 32 } = challenge.parameters;
  const prefix = keyPrefix.toLowerCase();
  const prefixBytes = Math.ceil(prefix.length / 2);
  const head = concat(hexToBytes(salt), hexToBytes(nonce));
  const started = performance.now();
  let lastYield = started;

  for (let first = 0; first <= maxCounter; first += batchSize) {
    if (signal?.aborted) return null;
    const last = Math.min(first + batchSize - 1, maxCounter);
    const counters = Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
    const keys = await Promise.all(counters.map((counter) => deriveKey(subtle, algorithm, cost, head, counter)));
    const index = keys.findIndex((key) => bytesToHex(key.subarray(0, prefixBytes)).startsWith(prefix));
    const key = keys[index];
    if (key) {
      return { counter: first + index, derivedKey: bytesToHex(key.subarray(0, keyLength)), time: Math.round(performance.now() - started) };
    }
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = performance.now();
    }
  }
  return null;
}

/** The `altcha` form field: base64 of the JSON the server's verifier reads. */
export function encodePayload(challenge: ChallengeJson, solution: Solution): string {
  const json = JSON.stringify({ challenge, solution });
  let binary = "";
  for (const byte of new TextEncoder().encode(json)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function deriveKey(subtle: SubtleCrypto, algorithm: string, cost: number, head: Uint8Array, counter: number) {
  const data = new Uint8Array(head.length + 4);
  data.set(head);
  new DataView(data.buffer).setUint32(head.length, counter, false);
  let key = new Uint8Array(await subtle.digest(algorithm, data));
  for (let round = 1; round < cost; round++) key = new Uint8Array(await subtle.digest(algorithm, key));
  return key;
}

function hexToBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(hex)) throw new Error("challenge holds malformed hex");
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function bytesToHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

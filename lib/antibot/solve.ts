import type { ChallengeParameters, Solution } from "altcha-lib/types";
import { sha256 } from "./sha256";

// Browser-safe: the proof-of-work field imports this module, so it may use only
// Web APIs, type-only imports and other browser-safe modules.

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

/** While unconfirmed holds pile up the range is scaled by up to this much (see powDifficulty). */
export const POW_MAX_DIFFICULTY = 16;

export type SolveOptions = {
  signal?: AbortSignal;
  /** Give up after this counter; the server never issues a larger one. */
  maxCounter?: number;
};

const UINT32_MAX = 0xffffffff;
// Hash in slices this long, then let the browser paint and handle input.
const SLICE_MS = 12;

/**
 * Finds the counter whose key, derived as ALTCHA v2 does (`cost` rounds of
 * SHA-256 over salt ‖ nonce ‖ uint32be(counter)), starts with the challenge's key
 * prefix. Returns null when aborted or when no counter up to `maxCounter` matches.
 */
export async function solveChallenge(challenge: ChallengeJson, options: SolveOptions = {}): Promise<Solution | null> {
  const { signal, maxCounter = UINT32_MAX } = options;
  const { algorithm, salt, nonce, keyPrefix, cost, keyLength = 32 } = challenge.parameters;
  if (algorithm !== "SHA-256") throw new Error(`unsupported proof-of-work algorithm ${algorithm}`);
  const matches = prefixMatcher(keyPrefix);
  const head = concat(hexToBytes(salt), hexToBytes(nonce));
  const data = new Uint8Array(head.length + 4);
  data.set(head);
  const started = performance.now();
  let sliceStart = started;
  if (signal?.aborted) return null;

  for (let counter = 0; counter <= maxCounter; counter++) {
    data[head.length] = counter >>> 24;
    data[head.length + 1] = counter >>> 16;
    data[head.length + 2] = counter >>> 8;
    data[head.length + 3] = counter;
    let key = sha256(data);
    for (let round = 1; round < cost; round++) key = sha256(key);
    if (matches(key)) {
      return { counter, derivedKey: bytesToHex(key.subarray(0, keyLength)), time: Math.round(performance.now() - started) };
    }
    if ((counter & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      if (signal?.aborted) return null;
      sliceStart = performance.now();
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

/** Unlike setTimeout(0), a message is not clamped to 4 ms when yields follow one another. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Odd-length prefixes end in half a byte, which is compared as the high nibble. */
function prefixMatcher(keyPrefix: string): (key: Uint8Array) => boolean {
  if (!/^[0-9a-f]+$/i.test(keyPrefix)) throw new Error("challenge has no usable key prefix");
  const whole = hexToBytes(keyPrefix.slice(0, keyPrefix.length - (keyPrefix.length % 2)));
  const nibble = keyPrefix.length % 2 ? parseInt(keyPrefix.slice(-1), 16) : null;
  return (key) => {
    for (let i = 0; i < whole.length; i++) if (key[i] !== whole[i]) return false;
    return nibble === null || key[whole.length]! >>> 4 === nibble;
  };
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

/** After this many failed attempts (about two days of retries) a message is left for an organiser to look at. */
export const MAX_DELIVERY_ATTEMPTS = 30;

/** How long a sender may hold a claimed message before another instance may take it over. */
export const CLAIM_MS = 2 * 60_000;

/** Exponential backoff: 30 s, 1 min, 2 min … capped at two hours. */
export function retryDelayMs(failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(30_000 * 2 ** exponent, 2 * 60 * 60_000);
}

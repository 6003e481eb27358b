import { createHash, randomBytes } from "node:crypto";

export const SIGN_IN_LINK_MINUTES = 30;

/** Sessions last 30 days from the last visit, their expiry moved on at most once a day. */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_S = 24 * 60 * 60;

/** How next-auth's email provider stores a token: SHA-256 of the token and the secret. */
export function hashSignInToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export function newSignInToken(): string {
  return randomBytes(32).toString("hex");
}

/**
 * The emailed link opens our own page with a button; only pressing it reaches
 * next-auth's callback. Mail scanners that fetch links would otherwise spend the
 * one-time token before the volunteer clicks.
 */
export function signInPageUrl(publicUrl: string, email: string, token: string, callbackPath: string): string {
  const params = new URLSearchParams({ email, token, next: callbackPath });
  return `${publicUrl}/signin/verify?${params}`;
}

/** Only paths on this site, never another origin, are followed after sign-in. */
export function safeCallbackPath(path: unknown, fallback = "/volunteer"): string {
  return typeof path === "string" && /^\/(?![/\\])[\w\-./?=&%]*$/.test(path) ? path : fallback;
}

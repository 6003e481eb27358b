import "server-only";
import { config } from "../config";
import { clientAddress } from "../http/client-address";
import { DEFAULT_LOCALE, intlLocale, type Locale } from "../i18n/languages";
import { consumeRateLimit } from "./mutations";
import { mailboxOf, networkOf, rateLimitKey } from "./rate-limit";

/** One counter to take a point from: `identifier` is hashed into the key, never stored. */
export interface LimitRule {
  scope: string;
  identifier: string;
  points: number;
  windowMs: number;
}

export type LimitOutcome = { ok: true } | { ok: false; retryAfterMs: number; scope: string };

/**
 * Takes a point from each rule's counter in order and stops at the first that is
 * spent. Counters live in the database, so they hold across instances.
 */
export async function consumeLimits(rules: LimitRule[], now = new Date()): Promise<LimitOutcome> {
  for (const { scope, identifier, ...rule } of rules) {
    const result = await consumeRateLimit(rateLimitKey(scope, identifier, config.secret), rule, now);
    if (!result.allowed) return { ok: false, retryAfterMs: result.retryAfterMs, scope };
  }
  return { ok: true };
}

/** The network the current request comes from, as counted for limits (an IPv4 address or an IPv6 /64). */
export async function requestNetwork(): Promise<string> {
  return networkOf(await clientAddress());
}

const HOUR = 60 * 60_000;

/** Per network and per inbox: what every form that sends an email to an address is limited by. */
export async function emailFormLimits(scope: string, email: string, perNetwork = 20, perEmail = 5): Promise<LimitRule[]> {
  return [
    { scope: `${scope}:ip`, identifier: await requestNetwork(), points: perNetwork, windowMs: HOUR },
    { scope: `${scope}:email`, identifier: mailboxOf(email), points: perEmail, windowMs: HOUR },
  ];
}

/**
 * Limits on what an emailed link can do, per network and per link: a leaked or
 * guessed-at link cannot be used to hammer what it acts on or the mail it sends.
 * Each kind of link ("booking", "waitlist", "my-data") has allowances of its own.
 */
export async function withinLinkLimits(kind: string, token: string): Promise<boolean> {
  const limit = await consumeLimits([
    { scope: `${kind}-link:ip`, identifier: await requestNetwork(), points: config.linkLimitPerIp, windowMs: HOUR },
    { scope: `${kind}-link:token`, identifier: token, points: 10, windowMs: HOUR },
  ]);
  return limit.ok;
}

/** "3 minutes", "1 minute" ("3 minutos", "3 分"): how long to wait, for messages in the reader's language. */
export function waitLabel(retryAfterMs: number, locale: Locale = DEFAULT_LOCALE): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new Intl.NumberFormat(intlLocale(locale), { style: "unit", unit: "minute", unitDisplay: "long" }).format(minutes);
}

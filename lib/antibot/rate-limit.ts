import { createHmac } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";
import { purposeSecret } from "../security/purpose-secret";

export { mailboxOf } from "../security/mailbox";

export type RateLimitRule = { points: number; windowMs: number };
export type RateLimitCounter = { points: number; expire: Date | null };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterMs: number };

/** What to do with a stored counter; the database applies it only if the counter is still in that state. */
export type RateLimitStep = { action: "create" | "restart"; expire: Date } | { action: "increment" } | { action: "deny"; result: RateLimitResult };

const HOUR = 60 * 60_000;

/** Key `perIp` by `networkOf(ip)` and `perEmail` by `mailboxOf(email)`. */
export const BOOKING_LIMITS = {
  perIp: { scope: "booking:ip", points: 10, windowMs: HOUR },
  perEmail: { scope: "booking:email", points: 5, windowMs: 24 * HOUR },
  // Its own count, so naming someone as a co-founder never uses up their own bookings.
  perCoFounder: { scope: "booking:co-founder", points: 5, windowMs: 24 * HOUR },
} as const satisfies Record<string, RateLimitRule & { scope: string }>;

/** A fixed window: the first point starts it, and it ends `windowMs` later. */
export function planConsumption(counter: RateLimitCounter | null, rule: RateLimitRule, now: Date): RateLimitStep {
  assertRule(rule);
  if (!counter) return { action: "create", expire: new Date(now.getTime() + rule.windowMs) };
  if (!counter.expire || counter.expire.getTime() <= now.getTime()) {
    return { action: "restart", expire: new Date(now.getTime() + rule.windowMs) };
  }
  if (counter.points < rule.points) return { action: "increment" };
  return { action: "deny", result: { allowed: false, remaining: 0, retryAfterMs: counter.expire.getTime() - now.getTime() } };
}

/** The result once a point was taken and the counter now reads `counter`. */
export function allowedResult(counter: RateLimitCounter, rule: RateLimitRule, now: Date): RateLimitResult {
  const remaining = Math.max(0, rule.points - counter.points);
  const untilReset = counter.expire ? Math.max(0, counter.expire.getTime() - now.getTime()) : 0;
  return { allowed: true, remaining, retryAfterMs: remaining > 0 ? 0 : untilReset };
}

/**
 * The stored key: the scope plus an HMAC of the identifier, so the table holds
 * no IP or email address and cannot be reversed by hashing every IPv4 address.
 */
export function rateLimitKey(scope: string, identifier: string, secret: string): string {
  const digest = createHmac("sha256", purposeSecret(secret, "rate-limit")).update(identifier, "utf8").digest("base64url");
  return `${scope}:${digest.slice(0, 32)}`;
}

/**
 * What to count per visitor: the IPv4 address, or the /64 of an IPv6 address,
 * since one IPv6 home or phone is handed a whole /64 to hop around in.
 */
export function networkOf(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address)) return address;
  const [left = "", right] = address.split("::");
  const groups = (part: string) => (part ? part.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group])) : []);
  const head = groups(left);
  const tail = right === undefined ? [] : groups(right);
  const all = [...head, ...Array<string>(Math.max(0, 8 - head.length - tail.length)).fill("0"), ...tail];
  return `${all
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

function assertRule(rule: RateLimitRule) {
  if (!Number.isInteger(rule.points) || rule.points < 1) throw new RangeError(`rate limit points must be a positive integer, got ${rule.points}`);
  if (!Number.isFinite(rule.windowMs) || rule.windowMs <= 0) throw new RangeError(`rate limit window must be positive, got ${rule.windowMs}`);
}

import "server-only";
import { consumeLimits, requestNetwork } from "../antibot/limits";

const HOUR = 60 * 60_000;

/**
 * Limits on what an emailed link can do, per network and per link: a leaked or
 * guessed-at link cannot be used to hammer a booking or the mail it sends.
 */
export async function withinLinkLimits(token: string): Promise<boolean> {
  const limit = await consumeLimits([
    { scope: "booking-link:ip", identifier: await requestNetwork(), points: 30, windowMs: HOUR },
    { scope: "booking-link:booking", identifier: token, points: 10, windowMs: HOUR },
  ]);
  return limit.ok;
}

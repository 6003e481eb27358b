import "server-only";
import { isWellFormedToken } from "../bookings/links";
import { findCoFounderSession } from "./data";

/** The session behind a co-founder's link; null for a malformed or unknown one (or one already used to leave). */
export async function loadCoFounderSession(token: string) {
  return isWellFormedToken(token) ? findCoFounderSession(token) : null;
}

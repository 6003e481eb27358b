import type { BookingStatus } from "../db/types";

/** Statuses that occupy a slot; the database's partial unique index lists the same four. */
export const ACTIVE_STATUSES = ["pending", "confirmed", "held", "no_show"] as const satisfies readonly BookingStatus[];

export const CANCELLED_STATUSES = ["cancelled_by_founder", "cancelled_by_mentor", "cancelled_by_organiser"] as const satisfies readonly BookingStatus[];

/** Bookings waiting for the founder to confirm by email: held ones, and requests that hold nothing. */
export const UNCONFIRMED_STATUSES = ["pending", "requested"] as const satisfies readonly BookingStatus[];

/** How long an unconfirmed booking holds its slot. */
export const HOLD_MINUTES = 30;

/** How long the confirmation link of a request that holds nothing works. */
export const REQUEST_MINUTES = 120;

/** Unconfirmed bookings one email address may have at once. */
export const MAX_UNCONFIRMED_PER_EMAIL = 2;

/**
 * Holds one mentor may have waiting at once. Past this, further bookings are
 * taken as requests that hold nothing, so scripts that solve the proof of work
 * and never read mail can keep at most this many of a mentor's times from others.
 */
export const MAX_HOLDS_PER_MENTOR = 2;

/** How many times a founder may move one session. */
export const MAX_MOVES = 3;

export function isCancelled(status: BookingStatus): boolean {
  return (CANCELLED_STATUSES as readonly string[]).includes(status);
}

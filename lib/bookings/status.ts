import type { BookingStatus } from "../db/types";

/** Statuses that occupy a slot; the database's partial unique index lists the same four. */
export const ACTIVE_STATUSES = ["pending", "confirmed", "held", "no_show"] as const satisfies readonly BookingStatus[];

export const CANCELLED_STATUSES = ["cancelled_by_founder", "cancelled_by_mentor", "cancelled_by_organiser"] as const satisfies readonly BookingStatus[];

/** How long an unconfirmed booking holds its slot. */
export const HOLD_MINUTES = 30;

/** Unconfirmed bookings one email address may hold at once. */
export const MAX_UNCONFIRMED_PER_EMAIL = 2;

export function isCancelled(status: BookingStatus): boolean {
  return (CANCELLED_STATUSES as readonly string[]).includes(status);
}

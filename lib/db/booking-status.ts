import type { BookingStatus } from "./types";

// Which booking statuses mean what. They sit beside the database because its
// partial unique index (prisma/constraints.sql) names the same active four.

/** Statuses that occupy a slot; the database's partial unique index lists the same four. */
export const ACTIVE_STATUSES = ["pending", "confirmed", "held", "no_show"] as const satisfies readonly BookingStatus[];

export const CANCELLED_STATUSES = ["cancelled_by_founder", "cancelled_by_mentor", "cancelled_by_organiser"] as const satisfies readonly BookingStatus[];

/** Bookings waiting for the founder to confirm by email: held ones, and requests that hold nothing. */
export const UNCONFIRMED_STATUSES = ["pending", "requested"] as const satisfies readonly BookingStatus[];

export function isCancelled(status: BookingStatus): boolean {
  return (CANCELLED_STATUSES as readonly string[]).includes(status);
}

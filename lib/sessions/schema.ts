import { z } from "zod";
import type { FormState } from "../forms";

export const REASON_MAX = 500;

/** Booking ids are UUIDs (cuids in old demo data); anything else is not worth a look-up. */
export const bookingIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const cancelSessionSchema = z.object({
  bookingId: bookingIdSchema,
  reason: z
    .string()
    .trim()
    // Keys of "sessions.errors".
    .min(1, "reasonMissing")
    .max(REASON_MAX, "reasonTooLong"),
});

export type CancelSessionState = FormState<"reason">;

/** What the calendar feed forms get back: the new address, once, right after it is made. */
export interface CalendarFeedState extends FormState {
  feedUrl?: string;
  webcalUrl?: string;
}

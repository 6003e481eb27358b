import type { BookingField } from "./schema";

/** What the booking action hands back to the form: one shape for every outcome but success. */
export interface BookingFormState {
  message?: string;
  errors?: Partial<Record<BookingField | "start", string>>;
  /** What the founder typed, so nothing is lost when the form comes back. */
  values?: { name?: string; email?: string; coFounders?: string; country?: string; topics?: string[]; stage?: string; message?: string; consent?: boolean };
  /** Set when the chosen time was just taken: other free times of the same mentor. */
  alternatives?: { start: string; label: string }[];
}

export const emptyBookingForm: BookingFormState = {};

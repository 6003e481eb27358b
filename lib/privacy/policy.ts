import type { createTranslator, Messages } from "next-intl";
import { HOLD_MINUTES } from "../bookings/status";
import type { RetentionDays } from "../retention/schedule";
import { KEEP_ENDED_MS, WAIT_MS } from "../waitlist/schema";

const DAY_MS = 86_400_000;

export interface RetentionRow {
  what: string;
  howLong: string;
}

/** The privacy page's words for these rows, in the reader's language. */
export type RetentionWords = ReturnType<typeof createTranslator<Messages, "privacy.retention">>;

/**
 * How long each kind of personal data is kept, in plain words, from the same
 * numbers the retention job uses: the privacy page cannot say one thing while
 * the job does another.
 */
export function retentionRows(retention: RetentionDays, dataLinkMinutes: number, t: RetentionWords): RetentionRow[] {
  return [
    { what: t("bookingWhat"), howLong: t("bookingHowLong", { days: retention.bookingDays }) },
    { what: t("unconfirmedWhat"), howLong: t("unconfirmedHowLong", { minutes: HOLD_MINUTES, days: retention.unconfirmedDays }) },
    { what: t("emailsWhat"), howLong: t("emailsHowLong", { days: retention.emailDays }) },
    {
      what: t("waitlistWhat"),
      howLong: t("waitlistHowLong", { waitDays: Math.round(WAIT_MS / DAY_MS), keepDays: Math.round(KEEP_ENDED_MS / DAY_MS) }),
    },
    { what: t("auditWhat"), howLong: t("auditHowLong") },
    { what: t("limitsWhat"), howLong: t("limitsHowLong") },
    { what: t("linkWhat"), howLong: t("linkHowLong", { minutes: dataLinkMinutes }) },
  ];
}

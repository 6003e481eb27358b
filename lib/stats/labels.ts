import type { BookingStatus } from "../db/types";

export const STATUS_LABELS: Record<BookingStatus, string> = {
  confirmed: "Confirmed",
  held: "Held",
  no_show: "Founder did not come",
  pending: "Awaiting the founder's confirmation",
  requested: "Asked for by email, not yet confirmed",
  cancelled_by_founder: "Cancelled by the founder",
  cancelled_by_mentor: "Cancelled by the volunteer",
  cancelled_by_organiser: "Cancelled by an organiser",
  expired: "Never confirmed (expired)",
};

/** The order the outcome table lists statuses in. */
export const STATUS_ORDER: BookingStatus[] = [
  "confirmed",
  "held",
  "no_show",
  "pending",
  "requested",
  "cancelled_by_founder",
  "cancelled_by_mentor",
  "cancelled_by_organiser",
  "expired",
];

/** 0.5625 → "56%"; null → "—". */
export function formatShare(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)}%`;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Lead times as people say them: "45 minutes", "42 hours", "6.5 days". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.round(ms / 60_000)} minutes`;
  if (hours < 48) return `${round1(hours)} ${round1(hours) === 1 ? "hour" : "hours"}`;
  return `${round1(hours / 24)} days`;
}

/** "2033-03-07" → "7 Mar 2033", read as a UTC date. */
export function formatWeek(week: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }).format(new Date(`${week}T00:00:00Z`));
}

export function formatPerWeek(perWeek: number): string {
  return String(round1(perWeek));
}

/** "2033-03-07" → "7 Mar", for crowded chart axes. */
export function formatWeekShort(week: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short" }).format(new Date(`${week}T00:00:00Z`));
}

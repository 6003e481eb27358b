import type { BookingStatus } from "../db/types";
import { DEFAULT_LOCALE, intlLocale, type Locale } from "../i18n/languages";

/** The statuses' names in the CSV exports, which stay in English; pages say them in the reader's language (stats.status.*). */
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

/** 0.5625 → "56%" (in the reader's language: "56 %" in Spanish); null → "—". */
export function formatShare(share: number | null, locale: Locale = DEFAULT_LOCALE): string {
  return share === null ? "—" : new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(share);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Lead times as people say them: 45 minutes, 42 hours, 6.5 days; the words are the page's (stats.duration). */
export function durationParts(ms: number | null): { unit: "minutes" | "hours" | "days"; count: number } | null {
  if (ms === null) return null;
  const hours = ms / 3_600_000;
  if (hours < 1) return { unit: "minutes", count: Math.round(ms / 60_000) };
  if (hours < 48) return { unit: "hours", count: round1(hours) };
  return { unit: "days", count: round1(hours / 24) };
}

const weekFormats = {
  long: { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" },
  short: { timeZone: "UTC", day: "numeric", month: "short" },
} as const;

/** "2033-03-07" → "7 Mar 2033" (es "7 mar 2033", ja "2033年3月7日"), read as a UTC date. */
export function formatWeek(week: string, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(intlLocale(locale), weekFormats.long).format(new Date(`${week}T00:00:00Z`));
}

export function formatPerWeek(perWeek: number, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(round1(perWeek));
}

/** "2033-03-07" → "7 Mar" (ja "3月7日"), for crowded chart axes. */
export function formatWeekShort(week: string, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(intlLocale(locale), weekFormats.short).format(new Date(`${week}T00:00:00Z`));
}

import { NEXT_STEP_LABELS, NEXT_STEPS, USEFULNESS_LABELS, USEFULNESS_SCORES } from "../format/feedback";
import { countryName } from "../format/names";
import type { CsvValue } from "./csv";
import type { ExportBooking } from "./data";
import { STATUS_LABELS, STATUS_ORDER } from "./labels";
import type { Period } from "./period";
import type { ProgrammeStats } from "./programme";

const HOUR_MS = 3_600_000;
const round4 = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);

/** The dashboard's figures as section, item, value, note rows: one table a spreadsheet can filter. */
export function summaryCsvRows(stats: ProgrammeStats, period: Period): CsvValue[][] {
  return [
    ["section", "item", "value", "note"],
    ["period", "from", period.from, "sessions starting on or after this UTC date"],
    ["period", "to", period.to, "up to the end of this UTC date"],
    ["totals", "requests", stats.requests, "every booking starting in the period"],
    ["totals", "booked sessions", stats.booked, "confirmed, held, no-show, or awaiting confirmation"],
    ...STATUS_ORDER.map((status) => ["outcome", STATUS_LABELS[status], stats.statuses[status], status]),
    ["fill rate", "booked slots", stats.fill.booked, "booked sessions of volunteers approved now"],
    ["fill rate", "offered slots", stats.fill.offered, `current availability of ${stats.fill.mentors} approved volunteers, capped weekly`],
    ["fill rate", "fill rate", round4(stats.fill.rate), "booked slots / offered slots"],
    ["lead time", "median hours", stats.leadTimeMs === null ? null : Math.round((stats.leadTimeMs / HOUR_MS) * 100) / 100, "from booking to session"],
    ["drop-off", "expired confirmations", stats.expired.count, "holds the founder never confirmed"],
    ["drop-off", "share of requests", round4(stats.expired.share), null],
    ["feedback", "founders asked", stats.feedback.asked, "sessions that took place or still await the volunteer's word"],
    ["feedback", "responses", stats.feedback.responses, null],
    ["feedback", "response rate", round4(stats.feedback.rate), "responses / founders asked"],
    ["feedback", "median usefulness", stats.feedback.medianUsefulness, "1 (not useful) to 5"],
    ...USEFULNESS_SCORES.map((score) => ["feedback usefulness", String(score), stats.feedback.usefulness[score] ?? 0, USEFULNESS_LABELS[score]]),
    ...NEXT_STEPS.map((step) => ["feedback next step", NEXT_STEP_LABELS[step], stats.feedback.nextSteps[step] ?? 0, step]),
    ["feedback", "quotable", stats.feedback.quotable, "answers whose words may be quoted"],
    ...stats.perWeek.map((row) => ["sessions per week", row.week, row.count, "week starting Monday (UTC)"]),
    ...stats.topics.map((row) => ["topics", row.name, row.count, null]),
    ...stats.countries.map((row) => ["founder countries", countryName(row.country), row.count, row.country]),
    ...(stats.otherCountries > 0 ? [["founder countries", "other countries", stats.otherCountries, null]] : []),
    ...stats.volunteers.map((row) => [
      "sessions per volunteer",
      row.name,
      row.sessions,
      [`${Math.round(row.perWeek * 10) / 10} a week, cap ${row.maxPerWeek}`, row.atCap && "at or above cap", row.topDecile && "busiest tenth"]
        .filter(Boolean)
        .join("; "),
    ]),
  ];
}

export function bookingCsvHeader(includeText: boolean): string[] {
  return [
    "id",
    "mentor",
    "status",
    "starts_at_utc",
    "created_at_utc",
    "founder_country",
    "coop_stage",
    "topics",
    "feedback_usefulness",
    "feedback_next_step",
    ...(includeText ? ["founder_name", "founder_email", "message", "cancel_reason", "feedback_comment", "feedback_quote_consent"] : []),
  ];
}

export function bookingCsvRow(booking: ExportBooking, includeText: boolean): CsvValue[] {
  const text = booking.freeText;
  return [
    booking.id,
    booking.mentorName,
    booking.status,
    booking.startsAt.toISOString(),
    booking.createdAt.toISOString(),
    booking.founderCountry,
    booking.coopStage,
    booking.topics.join("; "),
    booking.feedback?.usefulness ?? null,
    booking.feedback?.nextStep ?? null,
    ...(includeText
      ? [
          text?.founderName,
          text?.founderEmail,
          text?.message,
          text?.cancelReason,
          text?.feedbackComment,
          text?.quoteConsent === null ? null : text?.quoteConsent ? "yes" : "no",
        ]
      : []),
  ];
}

export function csvFileName(kind: "bookings" | "summary", period: Period): string {
  return `candle-${kind}-${period.from}-to-${period.to}.csv`;
}

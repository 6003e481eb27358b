import { DAY_MS, defaultPeriod, parseIsoDate, type Period } from "./period";

/** Two years: enough to compare, and bounded, since offered slots are expanded mentor by mentor. */
export const MAX_PERIOD_DAYS = 731;

const DEFAULT_SPAN_DAYS = 83;

/** Why a period was refused: `message` for the CSV routes' plain answers, `problem` for the page to say it in the reader's language (stats.period.errors). */
export type PeriodProblem = "badEnd" | "badStart" | "order" | "tooLong";

export type PeriodQuery = { ok: true; period: Period } | { ok: false; message: string; problem: PeriodProblem; period: Period };

function text(value: unknown): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return typeof single === "string" && single.trim() !== "" ? single.trim() : undefined;
}

/**
 * ?from=YYYY-MM-DD&to=YYYY-MM-DD. Either may be left out: no `to` means the end
 * of this week, no `from` twelve weeks before `to`. A bad query comes back with
 * a message and the default period, so a page can still show something.
 */
export function readPeriodQuery(params: { from?: unknown; to?: unknown }, now: Date): PeriodQuery {
  const fallback = defaultPeriod(now);
  const fromText = text(params.from);
  const toText = text(params.to);
  const to = toText === undefined ? parseIsoDate(fallback.to) : parseIsoDate(toText);
  if (!to) return { ok: false, message: "The end date must be a date like 2033-03-20.", problem: "badEnd", period: fallback };
  const from = fromText === undefined ? new Date(to.getTime() - DEFAULT_SPAN_DAYS * DAY_MS) : parseIsoDate(fromText);
  if (!from) return { ok: false, message: "The start date must be a date like 2033-03-07.", problem: "badStart", period: fallback };
  if (from > to) return { ok: false, message: "The start date must not be after the end date.", problem: "order", period: fallback };
  if ((to.getTime() - from.getTime()) / DAY_MS + 1 > MAX_PERIOD_DAYS) {
    return { ok: false, message: `Please choose a period of at most ${MAX_PERIOD_DAYS} days.`, problem: "tooLong", period: fallback };
  }
  return { ok: true, period: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) } };
}

/** Whether the founders' own words are wanted in the bookings export: only when asked for with text=1. */
export function wantsFreeText(value: unknown): boolean {
  return text(value) === "1";
}

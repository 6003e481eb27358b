import { z } from "zod";
import type { ErrorTranslator } from "../forms";
import { formatClock, parseClock } from "./clock";
import type { DatedRange, DayOffRange, WeeklyRange } from "./slots";

export const WEEKDAYS = [
  { weekday: 1, name: "Monday" },
  { weekday: 2, name: "Tuesday" },
  { weekday: 3, name: "Wednesday" },
  { weekday: 4, name: "Thursday" },
  { weekday: 5, name: "Friday" },
  { weekday: 6, name: "Saturday" },
  { weekday: 7, name: "Sunday" },
] as const;

export const SESSION_LENGTHS = [30, 45, 60, 90] as const;
/** Range rows the weekly form shows per day, unless a day already has more. */
export const RANGE_ROWS = 3;
export const MAX_RANGES_PER_DAY = 8;
export const LIMITS = {
  bufferMinutes: { min: 0, max: 60 },
  minNoticeHours: { min: 0, max: 336 },
  horizonDays: { min: 1, max: 180 },
  maxPerWeek: { min: 1, max: 20 },
} as const;
const MAX_DAYS_AHEAD = 366;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** YYYY-MM-DD plus whole days, on the calendar (no zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Minutes after midnight for "HH:MM"; as an end time, "00:00" (and "24:00") means midnight at the end of the day. */
function toMinute(text: string, asEnd: boolean): number | null {
  try {
    const minute = parseClock(text);
    return asEnd && minute === 0 ? 1440 : minute;
  } catch {
    return null;
  }
}

/** The value a time input shows for a stored minute; midnight at the end of a day is "00:00". */
export function clockValue(minute: number): string {
  return formatClock(minute % 1440);
}

// Messages here are keys of the "availability.errors" messages; the actions word them in the volunteer's language.

type RangeProblem = { field: "from" | "to"; message: string };

function checkRange(from: string, to: string): RangeProblem | { startMinute: number; endMinute: number } {
  if (!from) return { field: "from", message: "startMissing" };
  if (!to) return { field: "to", message: "endMissing" };
  const startMinute = toMinute(from, false);
  if (startMinute === null || startMinute >= 1440) return { field: "from", message: "startInvalid" };
  const endMinute = toMinute(to, true);
  if (endMinute === null) return { field: "to", message: "endInvalid" };
  if (endMinute <= startMinute) return { field: "to", message: "endBeforeStart" };
  return { startMinute, endMinute };
}

const rangeRow = z.object({ from: z.string().trim(), to: z.string().trim() });

/** Field name prefix of one range row of the weekly form: "w1-0" is Monday's first row. */
export const rowName = (weekday: number, row: number) => `w${weekday}-${row}`;
export const dayName = (weekday: number) => `w${weekday}`;
const ROW_FIELD = /^w([1-7])-(\d{1,2})-(from|to)$/;

/**
 * The weekly hours, one list of rows per weekday (index 0 is Monday). Blank rows
 * are skipped; errors are reported per row, and overlaps on the later row.
 */
export const weeklyHoursSchema = z.object({ days: z.array(z.array(rangeRow)).length(7) }).transform(({ days }, ctx): WeeklyRange[] => {
  const ranges: WeeklyRange[] = [];
  const fail = (path: (string | number)[], message: string, params?: Record<string, string | number>) =>
    ctx.issues.push({ code: "custom", message, input: days, path, params });
  days.forEach((rows, index) => {
    const weekday = index + 1;
    const day: (WeeklyRange & { row: number })[] = [];
    rows.forEach(({ from, to }, row) => {
      if (!from && !to) return;
      const checked = checkRange(from, to);
      if ("message" in checked) fail(["days", index, row], checked.message);
      else day.push({ weekday, ...checked, row });
    });
    if (day.length > MAX_RANGES_PER_DAY) fail(["days", index], "tooManyRanges", { max: MAX_RANGES_PER_DAY });
    const sorted = [...day].sort((a, b) => a.startMinute - b.startMinute);
    sorted.forEach((range, i) => {
      const before = sorted[i - 1];
      if (before && range.startMinute < before.endMinute) {
        const later = range.row > before.row ? range : before;
        const other = later === range ? before : range;
        fail(["days", index, later.row], "overlaps", { from: clockValue(other.startMinute), to: clockValue(other.endMinute) });
      }
    });
    ranges.push(...sorted.map(({ row: _row, ...range }) => range));
  });
  return ctx.issues.length ? z.NEVER : ranges;
});

export type WeeklyHoursInput = z.input<typeof weeklyHoursSchema>;

/** The weekly form's rows, from fields named w{weekday}-{row}-{from|to}. */
export function readWeeklyHoursForm(form: FormData): WeeklyHoursInput {
  const days: { from: string; to: string }[][] = WEEKDAYS.map(() => []);
  for (const [key, value] of form.entries()) {
    const match = ROW_FIELD.exec(key);
    if (!match || typeof value !== "string") continue;
    const row = Number(match[2]);
    if (row >= MAX_RANGES_PER_DAY * 2) continue;
    const rows = days[Number(match[1]) - 1]!;
    for (let i = rows.length; i <= row; i++) rows.push({ from: "", to: "" });
    rows[row]![match[3] as "from" | "to"] = value;
  }
  return { days };
}

/** Messages keyed by the form's names: "w1-0" for a row, "w1" for a whole day. */
export function weeklyHoursErrors(error: z.ZodError, translate?: ErrorTranslator): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const [, day, row] = issue.path;
    const key = typeof day !== "number" ? "form" : typeof row === "number" ? rowName(day + 1, row) : dayName(day + 1);
    const params = issue.code === "custom" ? ((issue.params as Record<string, string | number> | undefined) ?? {}) : {};
    errors[key] ??= translate ? translate(issue.message, params) : issue.message;
  }
  return errors;
}

/** Saved weekly rules as the weekly form's values, each day's ranges in order. */
export function weeklyHoursValues(rules: WeeklyRange[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { weekday } of WEEKDAYS) {
    const day = rules.filter((rule) => rule.weekday === weekday).sort((a, b) => a.startMinute - b.startMinute);
    day.forEach((rule, row) => {
      values[`${rowName(weekday, row)}-from`] = clockValue(rule.startMinute);
      values[`${rowName(weekday, row)}-to`] = clockValue(rule.endMinute);
    });
  }
  return values;
}

const dateField = (missing: "dateMissing" | "firstDayMissing") =>
  z.string({ error: missing }).trim().min(1, { message: missing, abort: true }).refine(isCalendarDate, "dateInvalid");

/** A one-off extra range; `today` is the volunteer's local date, so past dates are refused. */
export function extraSlotSchema(today: string) {
  return z
    .object({ date: dateField("dateMissing"), from: z.string().trim(), to: z.string().trim() })
    .transform((input, ctx): DatedRange => {
      const checked = checkRange(input.from, input.to);
      if ("message" in checked) {
        ctx.issues.push({ code: "custom", message: checked.message, input, path: [checked.field] });
        return z.NEVER;
      }
      return { date: input.date, ...checked };
    })
    .refine((slot) => slot.date >= today, { message: "dateInPast", path: ["date"] })
    .refine((slot) => slot.date <= addDays(today, MAX_DAYS_AHEAD), { message: "dateTooFar", path: ["date"] });
}

export type ExtraSlotInput = z.output<ReturnType<typeof extraSlotSchema>>;

/** Days off, inclusive; a blank last day means a single day. */
export function dayOffSchema(today: string) {
  return z
    .object({
      startDate: dateField("firstDayMissing"),
      endDate: z
        .string()
        .trim()
        .optional()
        .refine((value) => !value || isCalendarDate(value), "dateInvalid"),
      note: z
        .string()
        .trim()
        .max(100, "noteTooLong")
        .optional()
        .transform((value) => value || null),
    })
    .transform(({ startDate, endDate, note }): DayOffRange & { note: string | null } => ({ startDate, endDate: endDate || startDate, note }))
    .refine((off) => off.endDate >= off.startDate, { message: "lastDayBeforeFirst", path: ["endDate"] })
    .refine((off) => off.endDate >= today, { message: "daysOver", path: ["endDate"] })
    .refine((off) => off.endDate <= addDays(off.startDate, MAX_DAYS_AHEAD), { message: "daysTooMany", path: ["endDate"] });
}

export type DayOffInput = z.output<ReturnType<typeof dayOffSchema>>;

const wholeNumber = (field: "bufferMinutes" | "minNoticeHours" | "horizonDays" | "maxPerWeek", { min, max }: { min: number; max: number }) =>
  z
    .string({ error: `numbers.${field}.missing` })
    .trim()
    .min(1, { message: `numbers.${field}.missing`, abort: true })
    .regex(/^\d+$/, `numbers.${field}.whole`)
    .transform(Number)
    .pipe(z.number().refine((value) => value >= min && value <= max, { message: `numbers.${field}.range`, params: { min, max } }));

export const limitsSchema = z
  .object({
    sessionMinutes: z
      .string({ error: "sessionLength" })
      .transform(Number)
      .refine((value) => (SESSION_LENGTHS as readonly number[]).includes(value), "sessionLength"),
    bufferMinutes: wholeNumber("bufferMinutes", LIMITS.bufferMinutes),
    minNoticeHours: wholeNumber("minNoticeHours", LIMITS.minNoticeHours),
    horizonDays: wholeNumber("horizonDays", LIMITS.horizonDays),
    maxPerWeek: wholeNumber("maxPerWeek", LIMITS.maxPerWeek),
    pause: z.string().optional(),
  })
  .transform(({ pause, ...limits }) => ({ ...limits, acceptingBookings: !pause }))
  .refine((limits) => limits.horizonDays * 24 > limits.minNoticeHours, {
    message: "horizonBelowNotice",
    path: ["horizonDays"],
  });

export type LimitsInput = z.output<typeof limitsSchema>;
export type LimitsField = keyof z.input<typeof limitsSchema>;

export function readLimitsForm(form: FormData) {
  const value = (name: string) => form.get(name) ?? undefined;
  return {
    sessionMinutes: value("sessionMinutes"),
    bufferMinutes: value("bufferMinutes"),
    minNoticeHours: value("minNoticeHours"),
    horizonDays: value("horizonDays"),
    maxPerWeek: value("maxPerWeek"),
    pause: value("pause"),
  };
}

/** Saved limits as the limits form's values. */
export function limitsValues(limits: LimitsInput): Record<string, string> {
  const values: Record<string, string> = {
    sessionMinutes: String(limits.sessionMinutes),
    bufferMinutes: String(limits.bufferMinutes),
    minNoticeHours: String(limits.minNoticeHours),
    horizonDays: String(limits.horizonDays),
    maxPerWeek: String(limits.maxPerWeek),
  };
  if (!limits.acceptingBookings) values.pause = "yes";
  return values;
}

/** Remove buttons carry the id of what they remove. */
export const removeSchema = z.object({ remove: z.string().trim().min(1).max(40) });

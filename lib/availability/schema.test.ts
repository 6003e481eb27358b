import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import en from "../i18n/messages/en.json";
import {
  addDays,
  dayOffSchema,
  extraSlotSchema,
  isCalendarDate,
  limitsSchema,
  limitsValues,
  readLimitsForm,
  readWeeklyHoursForm,
  removeSchema,
  weeklyHoursErrors,
  weeklyHoursSchema,
  weeklyHoursValues,
} from "./schema";

// The schema's messages are keys; the volunteer reads them in their language, here English.
const english = createTranslator({ locale: "en", messages: en, namespace: "availability.errors" });
const say = (key: string, values: Record<string, string | number>) => english(key as never, values as never);
const sayIssue = (issue: z.core.$ZodIssue) => {
  const values: Record<string, string | number> = { ...(issue.code === "custom" ? (issue.params as Record<string, string | number>) : {}) };
  if (issue.code === "too_big") values.maximum = Number(issue.maximum);
  if (issue.code === "too_small") values.minimum = Number(issue.minimum);
  return say(issue.message, values);
};

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

function weekly(fields: Record<string, string>) {
  return weeklyHoursSchema.safeParse(readWeeklyHoursForm(form(fields)));
}

function weeklyErrors(fields: Record<string, string>) {
  const result = weekly(fields);
  expect(result.success).toBe(false);
  return weeklyHoursErrors(result.error!, say);
}

describe("weekly hours", () => {
  it("reads several ranges a day and skips blank rows", () => {
    const result = weekly({
      "w1-0-from": "09:00",
      "w1-0-to": "12:00",
      "w1-1-from": "",
      "w1-1-to": "",
      "w1-2-from": "18:00",
      "w1-2-to": "20:00",
      "w7-0-from": "10:30",
      "w7-0-to": "11:15",
      $ACTION_ID_abc: "",
    });
    expect(result.data).toEqual([
      { weekday: 1, startMinute: 540, endMinute: 720 },
      { weekday: 1, startMinute: 1080, endMinute: 1200 },
      { weekday: 7, startMinute: 630, endMinute: 675 },
    ]);
  });

  it("accepts an empty week (no weekly hours at all)", () => {
    expect(weekly({ "w1-0-from": "", "w1-0-to": "" }).data).toEqual([]);
    expect(weekly({}).data).toEqual([]);
  });

  it("takes an end of 00:00 (or 24:00) as midnight at the end of the day", () => {
    expect(weekly({ "w5-0-from": "20:00", "w5-0-to": "00:00" }).data).toEqual([{ weekday: 5, startMinute: 1200, endMinute: 1440 }]);
    expect(weekly({ "w5-0-from": "00:00", "w5-0-to": "24:00" }).data).toEqual([{ weekday: 5, startMinute: 0, endMinute: 1440 }]);
  });

  it("asks for both times of a half-filled row", () => {
    expect(weeklyErrors({ "w2-0-from": "09:00", "w2-0-to": "" })).toEqual({ "w2-0": "Please enter an end time, or clear both times." });
    expect(weeklyErrors({ "w2-1-from": "", "w2-1-to": "10:00" })).toEqual({ "w2-1": "Please enter a start time, or clear both times." });
  });

  it("refuses times that are not HH:MM", () => {
    expect(weeklyErrors({ "w3-0-from": "9am", "w3-0-to": "10:00" })).toEqual({ "w3-0": "Please enter a start time like 09:00." });
    expect(weeklyErrors({ "w3-0-from": "09:00", "w3-0-to": "25:00" })).toEqual({ "w3-0": "Please enter an end time like 17:30." });
    expect(weeklyErrors({ "w3-0-from": "09:60", "w3-0-to": "10:00" })).toEqual({ "w3-0": "Please enter a start time like 09:00." });
    expect(weeklyErrors({ "w3-0-from": "24:00", "w3-0-to": "00:00" })).toEqual({ "w3-0": "Please enter a start time like 09:00." });
  });

  it("wants the end after the start", () => {
    expect(weeklyErrors({ "w4-0-from": "12:00", "w4-0-to": "09:00" })).toEqual({ "w4-0": "The end time must be after the start time." });
    expect(weeklyErrors({ "w4-0-from": "12:00", "w4-0-to": "12:00" })).toEqual({ "w4-0": "The end time must be after the start time." });
  });

  it("reports overlapping ranges on the later row, and lets ranges touch", () => {
    expect(weeklyErrors({ "w1-0-from": "09:00", "w1-0-to": "12:00", "w1-1-from": "11:00", "w1-1-to": "13:00" })).toEqual({
      "w1-1": "This overlaps 09:00–12:00.",
    });
    expect(weeklyErrors({ "w1-0-from": "11:00", "w1-0-to": "13:00", "w1-1-from": "09:00", "w1-1-to": "12:00" })).toEqual({
      "w1-1": "This overlaps 11:00–13:00.",
    });
    expect(weeklyErrors({ "w1-0-from": "09:00", "w1-0-to": "17:00", "w1-1-from": "10:00", "w1-1-to": "11:00" })).toEqual({
      "w1-1": "This overlaps 09:00–17:00.",
    });
    expect(weekly({ "w1-0-from": "09:00", "w1-0-to": "12:00", "w1-1-from": "12:00", "w1-1-to": "13:00" }).success).toBe(true);
    expect(weekly({ "w1-0-from": "09:00", "w1-0-to": "12:00", "w2-0-from": "10:00", "w2-0-to": "11:00" }).success).toBe(true);
  });

  it("reports every bad row at once", () => {
    expect(weeklyErrors({ "w1-0-from": "10:00", "w1-0-to": "09:00", "w6-2-from": "x", "w6-2-to": "y" })).toEqual({
      "w1-0": "The end time must be after the start time.",
      "w6-2": "Please enter a start time like 09:00.",
    });
  });

  it("limits the ranges of one day", () => {
    const fields: Record<string, string> = {};
    for (let row = 0; row < 9; row++) {
      fields[`w1-${row}-from`] = `${String(row + 8).padStart(2, "0")}:00`;
      fields[`w1-${row}-to`] = `${String(row + 8).padStart(2, "0")}:30`;
    }
    expect(weeklyErrors(fields)).toEqual({ w1: "Please use at most 8 ranges a day." });
  });

  it("ignores fields that are not rows of the grid", () => {
    expect(
      readWeeklyHoursForm(form({ "w8-0-from": "09:00", "w1-x-from": "09:00", "w1-99-from": "09:00", other: "1" })).days.every((day) => day.length === 0),
    ).toBe(true);
  });

  it("turns saved rules back into the grid's values, each day in order", () => {
    const values = weeklyHoursValues([
      { weekday: 2, startMinute: 1080, endMinute: 1440 },
      { weekday: 2, startMinute: 540, endMinute: 720 },
    ]);
    expect(values).toEqual({ "w2-0-from": "09:00", "w2-0-to": "12:00", "w2-1-from": "18:00", "w2-1-to": "00:00" });
    expect(weekly(values).data).toEqual([
      { weekday: 2, startMinute: 540, endMinute: 720 },
      { weekday: 2, startMinute: 1080, endMinute: 1440 },
    ]);
  });
});

describe("dates", () => {
  it("knows real calendar dates", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2027-13-01")).toBe(false);
    expect(isCalendarDate("2027-1-01")).toBe(false);
    expect(isCalendarDate("01/02/2027")).toBe(false);
  });

  it("adds calendar days whatever the process zone", () => {
    expect(addDays("2027-03-27", 1)).toBe("2027-03-28");
    expect(addDays("2027-03-28", 1)).toBe("2027-03-29");
    expect(addDays("2027-12-31", 366)).toBe("2028-12-31");
  });
});

describe("extra slots", () => {
  const schema = extraSlotSchema("2027-03-10");
  const errors = (input: Record<string, unknown>) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    return Object.fromEntries(result.error!.issues.reverse().map((issue) => [issue.path[0], sayIssue(issue)]));
  };

  it("parses a date and a range", () => {
    expect(schema.parse({ date: "2027-03-10", from: "09:00", to: "10:30" })).toEqual({ date: "2027-03-10", startMinute: 540, endMinute: 630 });
    expect(schema.parse({ date: " 2027-04-01 ", from: "22:00", to: "00:00" })).toEqual({ date: "2027-04-01", startMinute: 1320, endMinute: 1440 });
  });

  it("explains each problem on its field", () => {
    expect(errors({ date: "", from: "09:00", to: "10:00" })).toEqual({ date: "Please choose a date." });
    expect(errors({ date: null, from: "09:00", to: "10:00" })).toEqual({ date: "Please choose a date." });
    expect(errors({ date: "2027-02-30", from: "09:00", to: "10:00" })).toEqual({ date: "Please enter a date like 2026-03-31." });
    expect(errors({ date: "2027-03-11", from: "", to: "10:00" })).toEqual({ from: "Please enter a start time, or clear both times." });
    expect(errors({ date: "2027-03-11", from: "10:00", to: "09:00" })).toEqual({ to: "The end time must be after the start time." });
    expect(errors({ date: "2027-03-11", from: "10:00", to: "nine" })).toEqual({ to: "Please enter an end time like 17:30." });
  });

  it("refuses past dates and dates more than a year ahead", () => {
    expect(errors({ date: "2027-03-09", from: "09:00", to: "10:00" })).toEqual({ date: "Please choose today or a later date." });
    expect(schema.safeParse({ date: "2028-03-10", from: "09:00", to: "10:00" }).success).toBe(true);
    expect(errors({ date: "2028-03-11", from: "09:00", to: "10:00" })).toEqual({ date: "Please choose a date within the next year." });
  });
});

describe("days off", () => {
  const schema = dayOffSchema("2027-03-10");
  const errors = (input: Record<string, unknown>) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    return Object.fromEntries(result.error!.issues.reverse().map((issue) => [issue.path[0], sayIssue(issue)]));
  };

  it("takes a range, a single day when the last day is blank, and an optional note", () => {
    expect(schema.parse({ startDate: "2027-04-01", endDate: "2027-04-05", note: " Easter " })).toEqual({
      startDate: "2027-04-01",
      endDate: "2027-04-05",
      note: "Easter",
    });
    expect(schema.parse({ startDate: "2027-04-01", endDate: "", note: "" })).toEqual({ startDate: "2027-04-01", endDate: "2027-04-01", note: null });
    expect(schema.parse({ startDate: "2027-04-01" })).toEqual({ startDate: "2027-04-01", endDate: "2027-04-01", note: null });
  });

  it("allows days off that began already but are not over", () => {
    expect(schema.safeParse({ startDate: "2027-03-01", endDate: "2027-03-10" }).success).toBe(true);
    expect(errors({ startDate: "2027-03-01", endDate: "2027-03-09" })).toEqual({ endDate: "These days are already over." });
  });

  it("explains each problem on its field", () => {
    expect(errors({ startDate: "", endDate: "" })).toEqual({ startDate: "Please choose the first day." });
    expect(errors({ startDate: "2027-04-31" })).toEqual({ startDate: "Please enter a date like 2026-03-31." });
    expect(errors({ startDate: "2027-04-01", endDate: "soon" })).toEqual({ endDate: "Please enter a date like 2026-03-31." });
    expect(errors({ startDate: "2027-04-05", endDate: "2027-04-01" })).toEqual({ endDate: "The last day must be on or after the first day." });
    expect(errors({ startDate: "2027-04-01", endDate: "2028-04-02" })).toEqual({ endDate: "Please add at most a year at a time." });
    expect(errors({ startDate: "2027-04-01", note: "x".repeat(101) })).toEqual({ note: "Please keep the note under 100 characters." });
  });
});

describe("limits", () => {
  const valid = { sessionMinutes: "45", bufferMinutes: "10", minNoticeHours: "24", horizonDays: "42", maxPerWeek: "3" };
  const errors = (input: Record<string, unknown>) => {
    const result = limitsSchema.safeParse(input);
    expect(result.success).toBe(false);
    return Object.fromEntries(result.error!.issues.reverse().map((issue) => [issue.path[0], sayIssue(issue)]));
  };

  it("parses numbers and the pause switch", () => {
    expect(limitsSchema.parse(valid)).toEqual({
      sessionMinutes: 45,
      bufferMinutes: 10,
      minNoticeHours: 24,
      horizonDays: 42,
      maxPerWeek: 3,
      acceptingBookings: true,
    });
    expect(limitsSchema.parse({ ...valid, pause: "yes" }).acceptingBookings).toBe(false);
  });

  it("reads the form, an unticked box being absent", () => {
    const data = form({ ...valid, pause: "yes" });
    expect(limitsSchema.parse(readLimitsForm(data)).acceptingBookings).toBe(false);
    data.delete("pause");
    expect(limitsSchema.parse(readLimitsForm(data)).acceptingBookings).toBe(true);
  });

  it("offers only the listed session lengths", () => {
    for (const minutes of ["30", "45", "60", "90"]) expect(limitsSchema.safeParse({ ...valid, sessionMinutes: minutes }).success).toBe(true);
    expect(errors({ ...valid, sessionMinutes: "50" })).toEqual({ sessionMinutes: "Please choose a session length." });
    expect(errors({ ...valid, sessionMinutes: undefined })).toEqual({ sessionMinutes: "Please choose a session length." });
  });

  it("keeps each number within sensible bounds", () => {
    expect(errors({ ...valid, bufferMinutes: "61" })).toEqual({ bufferMinutes: "Please enter the break between sessions from 0 to 60." });
    expect(limitsSchema.safeParse({ ...valid, bufferMinutes: "0", minNoticeHours: "0" }).success).toBe(true);
    expect(errors({ ...valid, minNoticeHours: "337" })).toEqual({ minNoticeHours: "Please enter the notice you need from 0 to 336." });
    expect(errors({ ...valid, horizonDays: "0" })).toEqual({ horizonDays: "Please enter how far ahead founders can book from 1 to 180." });
    expect(errors({ ...valid, horizonDays: "181" })).toEqual({ horizonDays: "Please enter how far ahead founders can book from 1 to 180." });
    expect(errors({ ...valid, maxPerWeek: "0" })).toEqual({ maxPerWeek: "Please enter the sessions a week from 1 to 20." });
  });

  it("wants whole numbers, not blanks or decimals", () => {
    expect(errors({ ...valid, bufferMinutes: "" })).toEqual({ bufferMinutes: "Please enter the break between sessions." });
    expect(errors({ ...valid, bufferMinutes: "7.5" })).toEqual({ bufferMinutes: "Please enter the break between sessions as a whole number." });
    expect(errors({ ...valid, maxPerWeek: "-1" })).toEqual({ maxPerWeek: "Please enter the sessions a week as a whole number." });
  });

  it("wants the horizon beyond the notice", () => {
    expect(errors({ ...valid, minNoticeHours: "48", horizonDays: "2" })).toEqual({
      horizonDays: "Founders must be able to book further ahead than the notice you need.",
    });
  });

  it("turns saved limits back into form values", () => {
    const saved = limitsSchema.parse({ ...valid, pause: "yes" });
    expect(limitsValues(saved)).toEqual({ ...valid, pause: "yes" });
    expect(limitsSchema.parse(limitsValues({ ...saved, acceptingBookings: true })).acceptingBookings).toBe(true);
  });
});

describe("remove buttons", () => {
  it("carry an id", () => {
    expect(removeSchema.safeParse({ remove: "ckabc" }).success).toBe(true);
    expect(removeSchema.safeParse({ remove: "" }).success).toBe(false);
    expect(removeSchema.safeParse({ remove: null }).success).toBe(false);
  });
});

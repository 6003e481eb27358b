"use server";

import { getTranslations } from "next-intl/server";
import { requireVolunteer } from "../auth/session";
import { fieldErrors, formValues, type FormState } from "../forms";
import { errorTranslator } from "../i18n/errors";
import { availabilityMessage } from "./coverage";
import { loadVolunteerToday } from "./loaders";
import { addDayOff, addExtraSlot, removeDayOff, removeExtraSlot, saveLimits, saveWeeklyHours } from "./mutations";
import {
  dayOffSchema,
  extraSlotSchema,
  limitsSchema,
  readLimitsForm,
  readWeeklyHoursForm,
  removeSchema,
  WEEKDAYS,
  weeklyHoursErrors,
  weeklyHoursSchema,
} from "./schema";
import { stateAction } from "../safe-action";

const PAGE = "/volunteer/availability";

async function translations() {
  const t = await getTranslations("availability.actions");
  return { t, outside: (done: string, count: number) => availabilityMessage(done, count, (count) => t("outside", { count })) };
}

export const submitWeeklyHours = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const volunteer = await requireVolunteer(PAGE);
  const { t, outside: withOutside } = await translations();
  // The grid always sends each day's first row, empty or not: a post without them is not the form, and must not clear the week.
  if (!WEEKDAYS.every(({ weekday }) => form.has(`w${weekday}-0-from`) && form.has(`w${weekday}-0-to`))) {
    return { message: t("incomplete") };
  }
  const parsed = weeklyHoursSchema.safeParse(readWeeklyHoursForm(form));
  if (!parsed.success)
    return { message: t("correctFields"), errors: weeklyHoursErrors(parsed.error, await errorTranslator("availability.errors")), values: formValues(form) };
  const { outside } = await saveWeeklyHours(volunteer.mentor.id, parsed.data);
  return { saved: true, message: withOutside(t("weeklySaved"), outside), values: formValues(form) };
});

export const submitLimits = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const volunteer = await requireVolunteer(PAGE);
  const { t } = await translations();
  const parsed = limitsSchema.safeParse(readLimitsForm(form));
  if (!parsed.success)
    return { message: t("correctFields"), errors: fieldErrors(parsed.error, await errorTranslator("availability.errors")), values: formValues(form) };
  const { upcoming } = await saveLimits(volunteer.mentor.id, parsed.data);
  const message = parsed.data.acceptingBookings ? t("settingsSaved") : upcoming > 0 ? t("pausedKept", { count: upcoming }) : t("paused");
  return { saved: true, message, values: formValues(form) };
});

/** Adds an extra time, or removes one when a Remove button (name="remove") sent the form. */
export const changeExtraSlots = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const volunteer = await requireVolunteer(PAGE);
  const { t, outside: withOutside } = await translations();
  if (form.has("remove")) {
    const parsed = removeSchema.safeParse({ remove: form.get("remove") });
    const result = parsed.success ? await removeExtraSlot(volunteer.mentor.id, parsed.data.remove) : null;
    if (!result?.removed) return { message: t("extraGone") };
    return { saved: true, message: withOutside(t("extraRemoved"), result.outside) };
  }
  const parsed = extraSlotSchema(await loadVolunteerToday(volunteer.mentor.id)).safeParse({
    date: form.get("date"),
    from: form.get("from"),
    to: form.get("to"),
  });
  if (!parsed.success)
    return { message: t("correctFields"), errors: fieldErrors(parsed.error, await errorTranslator("availability.errors")), values: formValues(form) };
  await addExtraSlot(volunteer.mentor.id, parsed.data);
  return { saved: true, message: t("extraAdded") };
});

/** Adds days off, or removes some when a Remove button (name="remove") sent the form. */
export const changeDaysOff = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const volunteer = await requireVolunteer(PAGE);
  const { t, outside: withOutside } = await translations();
  if (form.has("remove")) {
    const parsed = removeSchema.safeParse({ remove: form.get("remove") });
    const result = parsed.success ? await removeDayOff(volunteer.mentor.id, parsed.data.remove) : null;
    if (!result?.removed) return { message: t("daysOffGone") };
    return { saved: true, message: t("daysOffRemoved") };
  }
  const input = { startDate: form.get("startDate"), endDate: form.get("endDate") ?? undefined, note: form.get("note") ?? undefined };
  const parsed = dayOffSchema(await loadVolunteerToday(volunteer.mentor.id)).safeParse(input);
  if (!parsed.success)
    return { message: t("correctFields"), errors: fieldErrors(parsed.error, await errorTranslator("availability.errors")), values: formValues(form) };
  const { outside } = await addDayOff(volunteer.mentor.id, parsed.data);
  return { saved: true, message: withOutside(t("daysOffAdded"), outside) };
});

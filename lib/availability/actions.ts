"use server";

import { revalidatePath } from "next/cache";
import { requireVolunteer, type Volunteer } from "../auth/session";
import { fieldErrors, formValues, type FormState } from "../forms";
import { availabilityMessage } from "./coverage";
import { loadVolunteerToday } from "./loaders";
import { addDayOff, addExtraSlot, removeDayOff, removeExtraSlot, saveLimits, saveWeeklyHours } from "./mutations";
import { dayOffSchema, extraSlotSchema, limitsSchema, readLimitsForm, readWeeklyHoursForm, removeSchema, weeklyHoursErrors, weeklyHoursSchema } from "./schema";

const PAGE = "/volunteer/availability";
const FIX = "Please correct the fields marked below.";

function refreshPages(volunteer: Volunteer) {
  revalidatePath(PAGE);
  revalidatePath(`/mentors/${volunteer.mentor.slug}`, "layout");
  revalidatePath("/mentors");
}

export async function submitWeeklyHours(_previous: FormState, form: FormData): Promise<FormState> {
  const volunteer = await requireVolunteer(PAGE);
  const parsed = weeklyHoursSchema.safeParse(readWeeklyHoursForm(form));
  if (!parsed.success) return { message: FIX, errors: weeklyHoursErrors(parsed.error), values: formValues(form) };
  const { outside } = await saveWeeklyHours(volunteer.mentor.id, parsed.data);
  refreshPages(volunteer);
  return { saved: true, message: availabilityMessage("Your weekly hours are saved.", outside), values: formValues(form) };
}

export async function submitLimits(_previous: FormState, form: FormData): Promise<FormState> {
  const volunteer = await requireVolunteer(PAGE);
  const parsed = limitsSchema.safeParse(readLimitsForm(form));
  if (!parsed.success) return { message: FIX, errors: fieldErrors(parsed.error), values: formValues(form) };
  const { upcoming } = await saveLimits(volunteer.mentor.id, parsed.data);
  refreshPages(volunteer);
  const kept = upcoming === 1 ? " Your 1 upcoming session stays booked." : upcoming > 1 ? ` Your ${upcoming} upcoming sessions stay booked.` : "";
  const message = parsed.data.acceptingBookings ? "Your session settings are saved." : `Bookings are paused: founders see no free times until you resume.${kept}`;
  return { saved: true, message, values: formValues(form) };
}

/** Adds an extra time, or removes one when a Remove button (name="remove") sent the form. */
export async function changeExtraSlots(_previous: FormState, form: FormData): Promise<FormState> {
  const volunteer = await requireVolunteer(PAGE);
  if (form.has("remove")) {
    const parsed = removeSchema.safeParse({ remove: form.get("remove") });
    const result = parsed.success ? await removeExtraSlot(volunteer.mentor.id, parsed.data.remove) : null;
    refreshPages(volunteer);
    if (!result?.removed) return { message: "That extra time was already removed." };
    return { saved: true, message: availabilityMessage("Extra time removed.", result.outside) };
  }
  const parsed = extraSlotSchema(await loadVolunteerToday(volunteer.mentor.id)).safeParse({ date: form.get("date"), from: form.get("from"), to: form.get("to") });
  if (!parsed.success) return { message: FIX, errors: fieldErrors(parsed.error), values: formValues(form) };
  await addExtraSlot(volunteer.mentor.id, parsed.data);
  refreshPages(volunteer);
  return { saved: true, message: "Extra time added." };
}

/** Adds days off, or removes some when a Remove button (name="remove") sent the form. */
export async function changeDaysOff(_previous: FormState, form: FormData): Promise<FormState> {
  const volunteer = await requireVolunteer(PAGE);
  if (form.has("remove")) {
    const parsed = removeSchema.safeParse({ remove: form.get("remove") });
    const result = parsed.success ? await removeDayOff(volunteer.mentor.id, parsed.data.remove) : null;
    refreshPages(volunteer);
    if (!result?.removed) return { message: "Those days off were already removed." };
    return { saved: true, message: "Days off removed." };
  }
  const input = { startDate: form.get("startDate"), endDate: form.get("endDate") ?? undefined, note: form.get("note") ?? undefined };
  const parsed = dayOffSchema(await loadVolunteerToday(volunteer.mentor.id)).safeParse(input);
  if (!parsed.success) return { message: FIX, errors: fieldErrors(parsed.error), values: formValues(form) };
  const { outside } = await addDayOff(volunteer.mentor.id, parsed.data);
  refreshPages(volunteer);
  return { saved: true, message: availabilityMessage("Days off added.", outside) };
}

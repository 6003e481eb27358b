"use server";

import { requireVolunteer } from "../auth/session";
import { fieldErrors, formValues, type FormState } from "../forms";
import { updateProfile } from "./mutations";
import { profileSchema, readProfileForm } from "./profile-schema";
import { stateAction } from "../safe-action";

/** The profile editor's action: the signed-in volunteer's own profile, never one named by the form. */
export const saveProfile = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const volunteer = await requireVolunteer("/volunteer/profile");
  const parsed = profileSchema.safeParse(readProfileForm(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", errors: fieldErrors(parsed.error), values: formValues(form) };
  const result = await updateProfile(volunteer.mentor.id, parsed.data);
  if (!result.ok) return { message: "Please correct the fields marked below.", errors: result.errors, values: formValues(form) };
  const listed = volunteer.mentor.status === "approved";
  return { saved: true, message: listed ? "Your profile is saved and public." : "Your profile is saved. Founders will see it once an organiser approves you." };
});

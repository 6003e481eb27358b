"use server";

import { getTranslations } from "next-intl/server";
import { requireVolunteer } from "../auth/session";
import { fieldErrors, formValues, type FormState } from "../forms";
import { errorTranslator } from "../i18n/errors";
import { updateProfile } from "./mutations";
import { profileLanguageSchema, profileSchema, readProfileForm, readProfileLanguageForm } from "./profile-schema";
import { stateAction } from "../safe-action";

/** The profile editor's action: the signed-in volunteer's own profile, never one named by the form. */
export const saveProfile = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const volunteer = await requireVolunteer("/volunteer/profile");
  const [t, translate] = await Promise.all([getTranslations("profile.actions"), errorTranslator("profile.errors")]);
  const parsed = profileSchema.safeParse(readProfileForm(form));
  const languages = profileLanguageSchema.safeParse(readProfileLanguageForm(form));
  if (!parsed.success || !languages.success) {
    const errors = { ...(languages.success ? {} : fieldErrors(languages.error, translate)), ...(parsed.success ? {} : fieldErrors(parsed.error, translate)) };
    return { message: t("correctFields"), errors, values: formValues(form) };
  }
  const result = await updateProfile(volunteer.mentor.id, parsed.data, undefined, languages.data);
  if (!result.ok) return { message: t("correctFields"), errors: { topics: translate(result.errors.topics, {}) }, values: formValues(form) };
  // Saved in another language, the page answers in it.
  const after = languages.data.locale ? await getTranslations({ locale: languages.data.locale, namespace: "profile.actions" }) : t;
  return { saved: true, message: volunteer.mentor.status === "approved" ? after("savedListed") : after("savedPending") };
});

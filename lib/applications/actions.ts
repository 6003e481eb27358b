"use server";

import type { Route } from "next";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { consumeLimits, emailFormLimits } from "../antibot/limits";
import { flushOutbox } from "../email/sender";
import { fieldErrors, formValues, type FormState } from "../forms";
import { loadActiveTopics } from "../mentors/loaders";
import { applicationSchema, readProfileForm } from "../mentors/profile-schema";
import { stateAction } from "../safe-action";
import { applyAsVolunteer } from "./mutations";

export const applyToVolunteer = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const parsed = applicationSchema.safeParse(readProfileForm(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", errors: fieldErrors(parsed.error), values: formValues(form) };
  const activeTopics = new Set((await loadActiveTopics()).map((topic) => topic.id));
  if (parsed.data.topics.some((topic) => !activeTopics.has(topic))) {
    return { message: "Please correct the fields marked below.", errors: { topics: "Please choose from the topics listed." }, values: formValues(form) };
  }
  if (!(await consumeLimits(await emailFormLimits("apply", parsed.data.email))).ok)
    return { message: "Too many applications from here for now. Please try again later.", values: formValues(form) };
  await applyAsVolunteer(parsed.data);
  after(flushOutbox);
  redirect("/join/thanks" as Route);
});

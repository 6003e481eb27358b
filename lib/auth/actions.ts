"use server";

import type { Route } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { consumeLimits, emailFormLimits } from "../antibot/limits";
import { flushOutbox } from "../email/sender";
import { fieldErrors, formValues, type FormState } from "../forms";
import { loadActiveTopics } from "../mentors/loaders";
import { applicationSchema, readProfileForm } from "../mentors/profile-schema";
import { SESSION_COOKIES } from "./session";
import { applyAsVolunteer, endSession } from "./mutations";
import { requestSignInLink } from "./sign-in";
import { stateAction } from "../safe-action";

export const requestSignIn = stateAction(async (_previous: FormState, form: FormData): Promise<FormState<"email">> => {
  const result = await requestSignInLink(form.get("email"), form.get("next"));
  if (result.outcome === "invalid") return { errors: { email: result.message }, values: formValues(form) };
  if (result.outcome === "limited") return { message: "Too many sign-in emails for now. Please try again in an hour.", values: formValues(form) };
  redirect("/signin/check-email");
});

export const applyToVolunteer = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const parsed = applicationSchema.safeParse(readProfileForm(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", errors: fieldErrors(parsed.error), values: formValues(form) };
  const activeTopics = new Set((await loadActiveTopics()).map((topic) => topic.id));
  if (parsed.data.topics.some((topic) => !activeTopics.has(topic))) {
    return { message: "Please correct the fields marked below.", errors: { topics: "Please choose from the topics listed." }, values: formValues(form) };
  }
  if (!(await consumeLimits(await emailFormLimits("apply", parsed.data.email))).ok) return { message: "Too many applications from here for now. Please try again later.", values: formValues(form) };
  await applyAsVolunteer(parsed.data);
  after(flushOutbox);
  redirect("/join/thanks" as Route);
});

export async function signOut() {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (value) await endSession(value);
    jar.delete(name);
  }
  redirect("/");
}

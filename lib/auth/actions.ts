"use server";

import type { Route } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { consumeRateLimit } from "../antibot/mutations";
import { mailboxOf, networkOf, rateLimitKey } from "../antibot/rate-limit";
import { config } from "../config";
import { flushOutbox } from "../email/sender";
import { fieldErrors, formValues, type FormState } from "../forms";
import { clientAddress } from "../http/client-address";
import { loadActiveTopics } from "../mentors/loaders";
import { applicationSchema, readProfileForm } from "../mentors/profile-schema";
import { safeCallbackPath } from "./links";
import { SESSION_COOKIES } from "./session";
import { applyAsVolunteer, endSession, issueSignInLink } from "./mutations";

const HOUR = 3_600_000;

async function allowed(scope: string, email: string) {
  const now = new Date();
  const checks = [
    { scope: `${scope}:ip`, identifier: networkOf(await clientAddress()), points: 20, windowMs: HOUR },
    { scope: `${scope}:email`, identifier: mailboxOf(email), points: 5, windowMs: HOUR },
  ];
  for (const { scope: name, identifier, ...rule } of checks) {
    if (!(await consumeRateLimit(rateLimitKey(name, identifier, config.secret), rule, now)).allowed) return false;
  }
  return true;
}

const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email("Please enter an email address like name@example.org."));

export async function requestSignIn(_previous: FormState, form: FormData): Promise<FormState<"email">> {
  const email = emailSchema.safeParse(form.get("email"));
  if (!email.success) return { errors: { email: email.error.issues[0]!.message }, values: formValues(form) };
  if (!(await allowed("sign-in", email.data))) return { message: "Too many sign-in emails for now. Please try again in an hour.", values: formValues(form) };
  await issueSignInLink(email.data, safeCallbackPath(form.get("next")));
  after(flushOutbox);
  redirect("/signin/check-email");
}

export async function applyToVolunteer(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = applicationSchema.safeParse(readProfileForm(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", errors: fieldErrors(parsed.error), values: formValues(form) };
  const activeTopics = new Set((await loadActiveTopics()).map((topic) => topic.id));
  if (parsed.data.topics.some((topic) => !activeTopics.has(topic))) {
    return { message: "Please correct the fields marked below.", errors: { topics: "Please choose from the topics listed." }, values: formValues(form) };
  }
  if (!(await allowed("apply", parsed.data.email))) return { message: "Too many applications from here for now. Please try again later.", values: formValues(form) };
  await applyAsVolunteer(parsed.data);
  after(flushOutbox);
  redirect("/join/thanks" as Route);
}

export async function signOut() {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (value) await endSession(value);
    jar.delete(name);
  }
  redirect("/");
}

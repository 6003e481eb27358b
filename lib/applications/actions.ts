"use server";

import type { Route } from "next";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { consumeLimits, emailFormLimits } from "../antibot/limits";
import { flushOutbox } from "../email/sender";
import { getTranslations } from "next-intl/server";
import { fieldErrors, formValues, type FormState } from "../forms";
import { accountLocale } from "../locale/account";
import { errorTranslator } from "../i18n/errors";
import { loadActiveTopics } from "../mentors/loaders";
import { applicationSchema, readProfileForm } from "../mentors/profile-schema";
import { stateAction } from "../safe-action";
import { applyAsVolunteer } from "./mutations";

export const applyToVolunteer = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const [t, translate] = await Promise.all([getTranslations("join.actions"), errorTranslator("profile.errors")]);
  const parsed = applicationSchema.safeParse(readProfileForm(form));
  if (!parsed.success) return { message: t("correctFields"), errors: fieldErrors(parsed.error, translate), values: formValues(form) };
  const activeTopics = new Set((await loadActiveTopics()).map((topic) => topic.id));
  if (parsed.data.topics.some((topic) => !activeTopics.has(topic))) {
    return { message: t("correctFields"), errors: { topics: translate("topicsUnknown", {}) }, values: formValues(form) };
  }
  if (!(await consumeLimits(await emailFormLimits("apply", parsed.data.email))).ok) return { message: t("tooMany"), values: formValues(form) };
  // The application is written in the page's language: the account keeps it for its pages and mail.
  await applyAsVolunteer({ ...parsed.data, locale: await accountLocale() });
  after(flushOutbox);
  redirect("/join/thanks" as Route);
});

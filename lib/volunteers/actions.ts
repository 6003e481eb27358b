"use server";

import { getLocale, getTranslations } from "next-intl/server";
import type { Route } from "next";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { organiserActor } from "../audit/actor";
import { requireOrganiser, requireVolunteer } from "../auth/session";
import { flushOutbox } from "../email/sender";
import { fieldErrors, formValues, type FormState } from "../forms";
import { errorTranslator } from "../i18n/errors";
import { changeVolunteerStatus, deleteVolunteerAccount, inviteVolunteer } from "./mutations";
import { deleteAccountSchema, inviteSchema, volunteerActionSchema } from "./schema";
import { formAction, stateAction } from "../safe-action";

const PAGE = "/organiser/volunteers";

/** Approve, decline, pause, resume or retire: the pressed button (name "change") says which. */
export const changeVolunteerStatusAction = formAction(async (form: FormData): Promise<void> => {
  const viewer = await requireOrganiser(PAGE);
  const parsed = volunteerActionSchema.safeParse({ mentorId: form.get("mentorId"), action: form.get("change") });
  if (!parsed.success) redirect(`${PAGE}?problem=not-found#notice` as Route);
  const { mentorId, action } = parsed.data;
  const result = await changeVolunteerStatus(mentorId, action, organiserActor(viewer));
  after(flushOutbox);
  const params = result.ok
    ? new URLSearchParams({ done: action, mentor: mentorId, cancelled: String(result.cancelled) })
    : new URLSearchParams({ problem: result.reason, mentor: mentorId });
  redirect(`${PAGE}?${params}#notice` as Route);
});

export const inviteVolunteerAction = stateAction(async (_previous: FormState<"email">, form: FormData): Promise<FormState<"email">> => {
  const viewer = await requireOrganiser(PAGE);
  const parsed = inviteSchema.safeParse({ email: form.get("email") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error, await errorTranslator("organiserVolunteers.invite.errors")), values: formValues(form) };
  // The invitation is written in the inviting organiser's language: the invitee's is not known yet.
  const locale = await getLocale();
  const outcome = await inviteVolunteer(parsed.data.email, organiserActor(viewer), new Date(), locale);
  after(flushOutbox);
  const t = await getTranslations("organiserVolunteers.invite.outcome");
  return { saved: true, message: t(outcome, { email: parsed.data.email }) };
});

const ACCOUNT_PAGE = "/volunteer/account";

/** The volunteer's own "delete my account": their sessions to come are cancelled and each founder told. */
export const deleteOwnAccountAction = formAction(async (form: FormData): Promise<void> => {
  const volunteer = await requireVolunteer(ACCOUNT_PAGE);
  if (!deleteAccountSchema.safeParse({ confirm: form.get("confirm") }).success) redirect(`${ACCOUNT_PAGE}?done=confirm` as Route);
  const result = await deleteVolunteerAccount(volunteer.id);
  if (!result.ok) redirect(`${ACCOUNT_PAGE}?done=${result.reason}` as Route);
  after(flushOutbox);
  redirect("/account-deleted" as Route);
});

"use server";

import type { Route } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { checkFormToken, type FormTokenAge } from "../antibot/form-token";
import { HONEYPOT_FIELD, isHoneypotTripped } from "../antibot/honeypot";
import { consumeLimits, emailFormLimits, withinLinkLimits } from "../antibot/limits";
import { findBookingIdByManageToken } from "../bookings/data";
import { isWellFormedToken } from "../bookings/links";
import { config } from "../config";
import { flushOutbox } from "../email/sender";
import { formValues, type FormState } from "../forms";
import { formAction, stateAction } from "../safe-action";
import { loadMyDataAddress, myDataFormToken } from "./loaders";
import { eraseFounderData, openDataLink, requestDataLink } from "./mutations";
import { eraseConfirmSchema, MY_DATA_COOKIE, MY_DATA_FORM_SUBJECT, myDataRequestSchema } from "./schema";

export type MyDataFormState = FormState<"email"> & { formToken?: string };

const FORM_AGE: FormTokenAge = { minAgeMs: 2_000, maxAgeMs: 24 * 3_600_000 };
const CHECK_EMAIL = "/my-data/check-email" as Route;
const ERASED = "/my-data/erased" as Route;

/**
 * Whether or not the address is known, the answer is "check your email"; only a
 * known one is sent a link. The look-up and the writes happen after the answer,
 * so a known address is not answered more slowly than an unknown one.
 */
export const requestMyDataLinkAction = stateAction(async (_previous: MyDataFormState, form: FormData): Promise<MyDataFormState> => {
  const now = new Date();
  const values = formValues(form);
  const parsed = myDataRequestSchema.safeParse({ email: form.get("email") ?? "" });
  if (!parsed.success) return { errors: { email: parsed.error.issues[0]?.message }, values };
  if (isHoneypotTripped(form.get(HONEYPOT_FIELD))) redirect(CHECK_EMAIL);
  const token = form.get("formToken");
  const check = checkFormToken(typeof token === "string" ? token : undefined, config.secret, MY_DATA_FORM_SUBJECT, now, FORM_AGE);
  if (check === "too-fast") return { message: "That was very quick. Please check your email address and send the form again.", values };
  if (check !== "ok") return { message: "This form could not be verified. Please send it again.", values, formToken: myDataFormToken() };
  const { email } = parsed.data;
  if (!(await consumeLimits(await emailFormLimits("my-data", email, 10, 3), now)).ok) {
    return { message: "Too many requests from here for now. Please try again later.", values };
  }
  after(async () => {
    if (await requestDataLink(email)) await flushOutbox();
  });
  redirect(CHECK_EMAIL);
});

/** The emailed link's button: the link is spent, and a short session in a cookie opens the data. */
export const openMyDataAction = formAction(async (form: FormData) => {
  const token = form.get("token");
  if (typeof token !== "string" || !isWellFormedToken(token)) redirect("/my-data" as Route);
  if (!(await withinLinkLimits("my-data", token))) redirect(`/my-data/open/${token}?done=busy` as Route);
  const session = await openDataLink(token);
  if (!session) redirect(`/my-data/open/${token}?done=expired` as Route);
  (await cookies()).set(MY_DATA_COOKIE, session, {
    path: "/my-data",
    maxAge: Math.round(config.dataLinkMs / 1000),
    httpOnly: true,
    sameSite: "lax",
    secure: config.publicUrl.startsWith("https:"),
  });
  redirect("/my-data/view" as Route);
});

export const eraseMyDataAction = formAction(async (form: FormData) => {
  const email = await loadMyDataAddress();
  if (!email) redirect("/my-data/view" as Route);
  if (!eraseConfirmSchema.safeParse({ confirm: form.get("confirm") }).success) redirect("/my-data/view?done=confirm" as Route);
  await eraseFounderData(email);
  (await cookies()).delete({ name: MY_DATA_COOKIE, path: "/my-data" });
  after(flushOutbox);
  redirect(ERASED);
});

/** From a booking's manage link: the link itself is the founder's proof. */
export const eraseFromManageLinkAction = formAction(async (form: FormData) => {
  const token = form.get("token");
  if (typeof token !== "string" || !isWellFormedToken(token)) redirect("/mentors");
  if (!eraseConfirmSchema.safeParse({ confirm: form.get("confirm") }).success) redirect(`/bookings/manage/${token}?done=confirm-erase#your-data` as Route);
  if (!(await withinLinkLimits("my-data", token))) redirect(`/bookings/manage/${token}?done=busy` as Route);
  const found = await findBookingIdByManageToken(token);
  if (!found) redirect(ERASED);
  await eraseFounderData(found.founderEmail);
  after(flushOutbox);
  redirect(ERASED);
});

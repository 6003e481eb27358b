"use server";

import { cookies } from "next/headers";
import { after } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { checkFormToken, type FormTokenAge } from "../antibot/form-token";
import { HONEYPOT_FIELD, isHoneypotTripped } from "../antibot/honeypot";
import { consumeLimits, emailFormLimits, withinLinkLimits } from "../antibot/limits";
import { findBookingIdByManageToken } from "../bookings/data";
import { isWellFormedToken } from "../bookings/links";
import { config } from "../config";
import { flushOutbox } from "../email/sender";
import { fieldErrors, formValues, type FormState } from "../forms";
import { errorTranslator } from "../i18n/errors";
import { redirectInLanguage as redirect } from "../i18n/navigation";
import { formAction, stateAction } from "../safe-action";
import { loadMyDataAddress, myDataFormToken } from "./loaders";
import { eraseFounderData, openDataLink, requestDataLink } from "./mutations";
import { eraseConfirmSchema, MY_DATA_COOKIE, MY_DATA_FORM_SUBJECT, myDataRequestSchema } from "./schema";

export type MyDataFormState = FormState<"email"> & { formToken?: string };

const FORM_AGE: FormTokenAge = { minAgeMs: 2_000, maxAgeMs: 24 * 3_600_000 };
const CHECK_EMAIL = "/my-data/check-email";
const ERASED = "/my-data/erased";

/** One of the founder's pages, in the language they are reading. */
/**
 * Whether or not the address is known, the answer is "check your email"; only a
 * known one is sent a link. The look-up and the writes happen after the answer,
 * so a known address is not answered more slowly than an unknown one.
 */
export const requestMyDataLinkAction = stateAction(async (_previous: MyDataFormState, form: FormData): Promise<MyDataFormState> => {
  const now = new Date();
  const locale = await getLocale();
  const t = await getTranslations("myData.actions");
  const values = formValues(form);
  const parsed = myDataRequestSchema.safeParse({ email: form.get("email") ?? "" });
  if (!parsed.success) return { errors: { email: fieldErrors(parsed.error, await errorTranslator("myData.errors")).email }, values };
  if (isHoneypotTripped(form.get(HONEYPOT_FIELD))) redirect(CHECK_EMAIL, locale);
  const token = form.get("formToken");
  const check = checkFormToken(typeof token === "string" ? token : undefined, config.secret, MY_DATA_FORM_SUBJECT, now, FORM_AGE);
  if (check === "too-fast") return { message: t("tooFast"), values };
  if (check !== "ok") return { message: t("unverified"), values, formToken: myDataFormToken() };
  const { email } = parsed.data;
  if (!(await consumeLimits(await emailFormLimits("my-data", email, 10, 3), now)).ok) {
    return { message: t("tooMany"), values };
  }
  after(async () => {
    if (await requestDataLink(email, new Date(), locale)) await flushOutbox();
  });
  redirect(CHECK_EMAIL, locale);
});

/** The emailed link's button: the link is spent, and a short session in a cookie opens the data. */
export const openMyDataAction = formAction(async (form: FormData) => {
  const locale = await getLocale();
  const token = form.get("token");
  if (typeof token !== "string" || !isWellFormedToken(token)) redirect("/my-data", locale);
  if (!(await withinLinkLimits("my-data", token))) redirect(`/my-data/open/${token}?done=busy`, locale);
  const session = await openDataLink(token);
  if (!session) redirect(`/my-data/open/${token}?done=expired`, locale);
  (await cookies()).set(MY_DATA_COOKIE, session, {
    // Every path, so the data stays open when the founder switches language (/my-data, /es/my-data…);
    // it is HttpOnly, short-lived and read only by the My data pages.
    path: "/",
    maxAge: Math.round(config.dataLinkMs / 1000),
    httpOnly: true,
    sameSite: "lax",
    secure: config.publicUrl.startsWith("https:"),
  });
  redirect("/my-data/view", locale);
});

export const eraseMyDataAction = formAction(async (form: FormData) => {
  const locale = await getLocale();
  const email = await loadMyDataAddress();
  if (!email) redirect("/my-data/view", locale);
  if (!eraseConfirmSchema.safeParse({ confirm: form.get("confirm") }).success) redirect("/my-data/view?done=confirm", locale);
  await eraseFounderData(email);
  (await cookies()).delete({ name: MY_DATA_COOKIE, path: "/" });
  after(flushOutbox);
  redirect(ERASED, locale);
});

/** From a booking's manage link: the link itself is the founder's proof. */
export const eraseFromManageLinkAction = formAction(async (form: FormData) => {
  const locale = await getLocale();
  const token = form.get("token");
  if (typeof token !== "string" || !isWellFormedToken(token)) redirect("/mentors", locale);
  if (!eraseConfirmSchema.safeParse({ confirm: form.get("confirm") }).success) redirect(`/bookings/manage/${token}?done=confirm-erase#your-data`, locale);
  if (!(await withinLinkLimits("my-data", token))) redirect(`/bookings/manage/${token}?done=busy`, locale);
  const found = await findBookingIdByManageToken(token);
  if (!found) redirect(ERASED, locale);
  await eraseFounderData(found.founderEmail);
  after(flushOutbox);
  redirect(ERASED, locale);
});

"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formValues, type FormState } from "../forms";
import { errorTranslator } from "../i18n/errors";
import { stateAction } from "../safe-action";
import { endSession } from "./mutations";
import { SESSION_COOKIES } from "./session";
import { requestSignInLink } from "./sign-in";

export const requestSignIn = stateAction(async (_previous: FormState, form: FormData): Promise<FormState<"email">> => {
  const result = await requestSignInLink(form.get("email"), form.get("next"));
  if (result.outcome === "invalid") return { errors: { email: (await errorTranslator("signIn.errors"))(result.message, {}) }, values: formValues(form) };
  if (result.outcome === "limited") return { message: (await getTranslations("signIn.errors"))("tooMany"), values: formValues(form) };
  redirect("/signin/check-email");
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

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FormAlert } from "@/components/form-alert";
import { TextField } from "./text-field";

interface Props {
  action: (state: FormState<"email">, form: FormData) => Promise<FormState<"email">>;
  next: string;
}

export function SignInForm({ action, next }: Props) {
  const t = useTranslations("signIn");
  const [state, submit, pending] = useActionState(action, {});
  return (
    <form action={submit} className="form" noValidate>
      <FormAlert message={state.message} />
      <input type="hidden" name="next" value={next} />
      <TextField
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={typeof state.values?.email === "string" ? state.values.email : undefined}
        error={state.errors?.email}
      />
      <button type="submit" className="button" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FieldError } from "./field-error";
import { ProfileFields, type ProfileFieldOptions } from "./profile-fields";
import { FormAlert } from "@/components/form-alert";
import { PrivacyNote } from "./privacy-note";
import { TextField } from "./text-field";

interface Props {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  options: ProfileFieldOptions;
  defaultZone: string;
}

export function ApplicationForm({ action, options, defaultZone }: Props) {
  const t = useTranslations("join");
  const [state, submit, pending] = useActionState(action, {});
  const values = state.values ?? { timeZone: defaultZone, languages: ["en"] };
  const errors = state.errors ?? {};
  return (
    <form action={submit} className="form" noValidate>
      <FormAlert message={state.message} />
      <TextField
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        defaultValue={typeof values.email === "string" ? values.email : undefined}
        error={errors.email}
      />
      <ProfileFields values={values} errors={errors} options={options} />
      <div className="field">
        <label htmlFor="application">{t("why")}</label>
        <textarea
          id="application"
          name="application"
          rows={4}
          maxLength={2000}
          defaultValue={typeof values.application === "string" ? values.application : undefined}
          aria-invalid={errors.application ? true : undefined}
          aria-describedby="application-hint application-error"
        />
        <p id="application-hint" className="hint">
          {t("whyHint")}
        </p>
        <FieldError id="application-error" message={errors.application} />
      </div>
      <PrivacyNote />
      <button type="submit" className="button" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}

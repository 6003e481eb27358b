"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/form-alert";
import { HoneypotField } from "@/components/honeypot-field";
import { PrivacyNote } from "@/components/privacy-note";
import { TextField } from "@/components/text-field";
import type { MyDataFormState } from "@/lib/my-data/actions";

/** The form's words, already in the founder's language. */
export interface MyDataFormLabels {
  title: string;
  hint: string;
  email: string;
  submit: string;
}

interface Props {
  action: (state: MyDataFormState, form: FormData) => Promise<MyDataFormState>;
  formToken: string;
  labels: MyDataFormLabels;
}

/** A plain form that works without JavaScript: the address to send a one-time link to. */
export function MyDataForm({ action, formToken, labels }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  return (
    <form action={submit} className="form" noValidate aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">{labels.title}</h2>
      <p className="hint">{labels.hint}</p>
      <FormAlert message={state.message} />
      <input type="hidden" name="formToken" value={state.formToken ?? (typeof state.values?.formToken === "string" ? state.values.formToken : formToken)} />
      <TextField
        id="my-data-email"
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        required
        defaultValue={typeof state.values?.email === "string" ? state.values.email : undefined}
        error={state.errors?.email}
      />
      <HoneypotField />
      <PrivacyNote />
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/form-alert";
import { HoneypotField } from "@/components/honeypot-field";
import { PrivacyNote } from "@/components/privacy-note";
import { TextField } from "@/components/text-field";
import type { MyDataFormState } from "@/lib/my-data/actions";

interface Props {
  action: (state: MyDataFormState, form: FormData) => Promise<MyDataFormState>;
  formToken: string;
}

/** A plain form that works without JavaScript: the address to send a one-time link to. */
export function MyDataForm({ action, formToken }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  return (
    <form action={submit} className="form" noValidate aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">Email me a link to my data</h2>
      <p className="hint">We send a link that works once, for a short while, to this address only.</p>
      <FormAlert message={state.message} />
      <input type="hidden" name="formToken" value={state.formToken ?? (typeof state.values?.formToken === "string" ? state.values.formToken : formToken)} />
      <TextField
        id="my-data-email"
        name="email"
        type="email"
        label="Your email"
        autoComplete="email"
        required
        defaultValue={typeof state.values?.email === "string" ? state.values.email : undefined}
        error={state.errors?.email}
      />
      <HoneypotField />
      <PrivacyNote />
      <button type="submit" className="button" disabled={pending}>
        Send me the link
      </button>
    </form>
  );
}

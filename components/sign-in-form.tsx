"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FieldError } from "./field-error";
import { FormAlert } from "@/components/form-alert";

interface Props {
  action: (state: FormState<"email">, form: FormData) => Promise<FormState<"email">>;
  next: string;
}

export function SignInForm({ action, next }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  return (
    <form action={submit} className="form" noValidate>
      <FormAlert message={state.message} />
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={typeof state.values?.email === "string" ? state.values.email : undefined}
          aria-invalid={state.errors?.email ? true : undefined}
          aria-describedby="email-error"
        />
        <FieldError id="email-error" message={state.errors?.email} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Email me a sign-in link
      </button>
    </form>
  );
}

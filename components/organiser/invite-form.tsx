"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import type { FormState } from "@/lib/forms";

interface Props {
  action: (state: FormState<"email">, form: FormData) => Promise<FormState<"email">>;
  /** Already in the organiser's language: passed in so the browser needs no messages. */
  labels: { email: string; hint: string; send: string };
}

export function InviteForm({ action, labels }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  const error = state.errors?.email;
  return (
    <form action={submit} className="form" noValidate>
      {state.message ? (
        <p className="form-alert" role="status">
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="invite-email">{labels.email}</label>
        <input
          id="invite-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          defaultValue={typeof state.values?.email === "string" ? state.values.email : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby="invite-email-hint invite-email-error"
        />
        <p id="invite-email-hint" className="hint">
          {labels.hint}
        </p>
        <FieldError id="invite-email-error" message={error} />
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {labels.send}
        </button>
      </div>
    </form>
  );
}

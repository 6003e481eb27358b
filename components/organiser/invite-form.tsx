"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import type { FormState } from "@/lib/forms";

interface Props {
  action: (state: FormState<"email">, form: FormData) => Promise<FormState<"email">>;
}

export function InviteForm({ action }: Props) {
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
        <label htmlFor="invite-email">Email address</label>
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
          We email them a link to the application form. Someone who already has an account gets a sign-in link instead.
        </p>
        <FieldError id="invite-email-error" message={error} />
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          Send the invitation
        </button>
      </div>
    </form>
  );
}

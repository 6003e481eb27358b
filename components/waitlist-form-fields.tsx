"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/form-alert";
import { HoneypotField } from "./honeypot-field";
import type { WaitlistFormState } from "@/lib/waitlist/actions";
import { PrivacyNote } from "./privacy-note";
import { TextField } from "./text-field";

/** The form's words, already in the founder's language. */
export interface WaitlistFormLabels {
  hint: string;
  email: string;
  submit: string;
}

export interface WaitlistFormProps {
  action: (state: WaitlistFormState, form: FormData) => Promise<WaitlistFormState>;
  /** What the founder waits for: a mentor's slug, or a search's topic slug and/or language. */
  target: { mentor: string } | { topic?: string; language?: string };
  formToken: string;
  zone: string;
  /** "Tell me when Rosa has free time". */
  heading: string;
  /** Its place in the page's outline. */
  headingLevel: 2 | 3;
}

/** A plain form that works without JavaScript: an email address, and the rest hidden. */
export function WaitlistFormFields({ action, target, formToken, zone, heading, headingLevel, labels }: WaitlistFormProps & { labels: WaitlistFormLabels }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [state, submit, pending] = useActionState(action, {});
  const hidden = Object.entries(target).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "");
  return (
    <form action={submit} className="form waitlist-form" noValidate aria-labelledby="waitlist-heading">
      <Heading id="waitlist-heading">{heading}</Heading>
      <p className="hint">{labels.hint}</p>
      <FormAlert message={state.message} />
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="tz" value={zone} />
      {/* The token sent keeps its age when the form comes back with an error (re-rendered, without JavaScript). */}
      <input type="hidden" name="formToken" value={state.formToken ?? (typeof state.values?.formToken === "string" ? state.values.formToken : formToken)} />
      <TextField
        id="waitlist-email"
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

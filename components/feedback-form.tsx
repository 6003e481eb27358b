"use client";

import { useActionState } from "react";
import { NEXT_STEP_LABELS, NEXT_STEPS, USEFULNESS_LABELS, USEFULNESS_SCORES } from "@/lib/format/feedback";
import { COMMENT_MAX, type FeedbackFormState } from "@/lib/feedback/schema";
import { ChoiceGroup } from "./choice-group";
import { FieldError } from "./field-error";
import { FormAlert } from "./form-alert";

interface Props {
  action: (state: FeedbackFormState, form: FormData) => Promise<FeedbackFormState>;
  token: string;
  mentorName: string;
  /** The score the founder picked in the email, if any. */
  usefulness?: number;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Two questions and an optional word for the volunteer; works without JavaScript. */
export function FeedbackForm({ action, token, mentorName, usefulness }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const score = one(values.usefulness) ?? (usefulness ? String(usefulness) : undefined);
  const step = one(values.nextStep);
  return (
    <form action={submit} className="form" noValidate>
      <FormAlert message={state.message} />
      <input type="hidden" name="token" value={token} />
      <ChoiceGroup
        name="usefulness"
        type="radio"
        legend={`How useful was the session with ${mentorName}?`}
        choices={USEFULNESS_SCORES.map((value) => ({ value: String(value), label: `${value} – ${USEFULNESS_LABELS[value]}` }))}
        checked={score ? [score] : []}
        error={errors.usefulness}
        required
      />
      <ChoiceGroup
        name="nextStep"
        type="radio"
        legend="What happens next for your co-op?"
        choices={NEXT_STEPS.map((value) => ({ value, label: NEXT_STEP_LABELS[value] }))}
        checked={step ? [step] : []}
        error={errors.nextStep}
        required
      />
      <div className="field">
        <label htmlFor="comment">Anything you would like to tell {mentorName}? (optional)</label>
        <textarea
          id="comment"
          name="comment"
          rows={4}
          maxLength={COMMENT_MAX}
          defaultValue={one(values.comment)}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby="comment-hint comment-error"
        />
        <p id="comment-hint" className="hint">
          {mentorName} sees these words. The programme&apos;s organisers can read them too, and quote them only if you allow it below.
        </p>
        <FieldError id="comment-error" message={errors.comment} />
      </div>
      <div className="field">
        <label className="choice">
          <input type="checkbox" name="quoteConsent" value="yes" defaultChecked={one(values.quoteConsent) === "yes"} />
          The programme may quote my words, without my name, to show what these sessions do.
        </label>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Sending…" : "Send feedback"}
        </button>
      </div>
    </form>
  );
}
